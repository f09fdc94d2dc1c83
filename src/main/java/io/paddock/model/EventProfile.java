package io.paddock.model;

import java.util.List;

/**
 * Everything the graph knows about one race meeting. Null fields are not stated by the sources.
 *
 * @param event        the event (name, season, round, date)
 * @param series       the series, or null when not known
 * @param seasonRounds number of rounds in the season, or null when not stated
 * @param format       race format as described (e.g. {@code 1000 miles}), or null
 * @param edition      edition of the event, or null
 * @param seasonFinale true or false where stated, else null
 * @param circuit      where it was held, or null when not known
 * @param sessions     qualifying and race, each with results ordered by position, then class position
 * @param entries      every entry: number, class, team, car and crew (a crew may be partly unknown)
 * @param standings    championship positions clinched at this event, and standings reported as of it
 * @param statedTotals totals the articles state as of this event
 * @param reportedIn   ids of the source articles that report this event
 * @param inferred     why a fact about the event (e.g. its year) was worked out rather than printed, or null
 * @param sources      provenance of every fact in the profile
 */
public record EventProfile(EventRef event, Ref series, Integer seasonRounds, String format, Integer edition,
                           Boolean seasonFinale, Ref circuit, List<SessionLine> sessions, List<EntryLine> entries,
                           List<Standing> standings, List<StatedTotal> statedTotals, List<String> reportedIn,
                           String inferred, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param event        the event (name, season, round, date)
     * @param series       the series, or null when not known
     * @param seasonRounds number of rounds in the season, or null when not stated
     * @param format       race format as described (e.g. {@code 1000 miles}), or null
     * @param edition      edition of the event, or null
     * @param seasonFinale true or false where stated, else null
     * @param circuit      where it was held, or null when not known
     * @param sessions     qualifying and race, each with results ordered by position, then class position
     * @param entries      every entry: number, class, team, car and crew (a crew may be partly unknown)
     * @param standings    championship positions clinched at this event, and standings reported as of it
     * @param statedTotals totals the articles state as of this event
     * @param reportedIn   ids of the source articles that report this event
     * @param inferred     why a fact about the event (e.g. its year) was worked out rather than printed, or null
     * @param sources      provenance of every fact in the profile
     */
    public EventProfile {
        sessions = List.copyOf(sessions);
        entries = List.copyOf(entries);
        standings = List.copyOf(standings);
        statedTotals = List.copyOf(statedTotals);
        reportedIn = List.copyOf(reportedIn);
        sources = List.copyOf(sources);
    }

    /**
     * @return the titles decided at this event: final first places clinched here
     */
    public List<Standing> titlesClinched() {
        return standings.stream()
                .filter(s -> s.title() && s.clinchedAt() != null && s.clinchedAt().id().equals(event.id()))
                .toList();
    }
}
