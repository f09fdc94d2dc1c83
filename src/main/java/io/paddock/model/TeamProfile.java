package io.paddock.model;

import java.util.List;

/**
 * Everything the graph knows about one team. Null fields are not stated by the sources.
 *
 * @param team         the team
 * @param aliases      other printed spellings of the name
 * @param country      ISO country code, or null when not stated
 * @param supportedBy  manufacturers supporting the team, where stated
 * @param seasons      season years with an entry
 * @param events       events the team entered, oldest first
 * @param drivers      drivers of its entries
 * @param cars         car models of its entries
 * @param classes      classes of its entries
 * @param entries      its entries with crews and results, oldest first
 * @param counted      wins and poles counted from those results
 * @param standings    championship positions of the team itself; titles are {@link Standing#title()}
 * @param statedTotals totals the articles state about the team
 * @param inferred     why a fact about the team was worked out rather than printed, or null
 * @param sources      provenance of every fact in the profile
 */
public record TeamProfile(Ref team, List<String> aliases, String country, List<Ref> supportedBy, List<Integer> seasons,
                          List<EventRef> events, List<Ref> drivers, List<Ref> cars, List<Ref> classes,
                          List<EntryLine> entries, CountedResults counted, List<Standing> standings,
                          List<StatedTotal> statedTotals, String inferred, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param team         the team
     * @param aliases      other printed spellings of the name
     * @param country      ISO country code, or null when not stated
     * @param supportedBy  manufacturers supporting the team, where stated
     * @param seasons      season years with an entry
     * @param events       events the team entered, oldest first
     * @param drivers      drivers of its entries
     * @param cars         car models of its entries
     * @param classes      classes of its entries
     * @param entries      its entries with crews and results, oldest first
     * @param counted      wins and poles counted from those results
     * @param standings    championship positions of the team itself; titles are {@link Standing#title()}
     * @param statedTotals totals the articles state about the team
     * @param inferred     why a fact about the team was worked out rather than printed, or null
     * @param sources      provenance of every fact in the profile
     */
    public TeamProfile {
        aliases = List.copyOf(aliases);
        supportedBy = List.copyOf(supportedBy);
        seasons = List.copyOf(seasons);
        events = List.copyOf(events);
        drivers = List.copyOf(drivers);
        cars = List.copyOf(cars);
        classes = List.copyOf(classes);
        entries = List.copyOf(entries);
        standings = List.copyOf(standings);
        statedTotals = List.copyOf(statedTotals);
        sources = List.copyOf(sources);
    }

    /**
     * @return the same profile without its entry lines, as {@code PaddockQueries.teamSummary} reads it
     */
    public TeamSummary summary() {
        return new TeamSummary(team, aliases, country, supportedBy, seasons, events, drivers, cars, classes,
                EntryTotals.of(entries), standings, statedTotals, inferred, sources);
    }

    /**
     * @return the championships won: final standings in first place
     */
    public List<Standing> titles() {
        return standings.stream().filter(Standing::title).toList();
    }
}
