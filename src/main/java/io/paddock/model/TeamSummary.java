package io.paddock.model;

import java.util.List;

/**
 * {@link TeamProfile} without the entry lines: the team, what its lines add up to, standings and titles and stated
 * totals, read without the lines ({@code PaddockQueries.teamSummary}). Equal to {@link TeamProfile#summary()} of the
 * same team.
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
 * @param entryTotals  what the entry lines add up to: counted results, and whether some leave car, class or crew
 *                     unknown
 * @param standings    championship positions of the team itself; titles are {@link Standing#title()}
 * @param statedTotals totals the articles state about the team
 * @param inferred     why a fact about the team was worked out rather than printed, or null
 * @param sources      provenance of every fact behind the summary, the counted results' included
 */
public record TeamSummary(Ref team, List<String> aliases, String country, List<Ref> supportedBy, List<Integer> seasons,
                          List<EventRef> events, List<Ref> drivers, List<Ref> cars, List<Ref> classes,
                          EntryTotals entryTotals, List<Standing> standings, List<StatedTotal> statedTotals,
                          String inferred, List<String> sources) {

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
     * @param entryTotals  what the entry lines add up to
     * @param standings    championship positions of the team itself
     * @param statedTotals totals the articles state about the team
     * @param inferred     why a fact about the team was worked out rather than printed, or null
     * @param sources      provenance of every fact behind the summary
     */
    public TeamSummary {
        aliases = List.copyOf(aliases);
        supportedBy = List.copyOf(supportedBy);
        seasons = List.copyOf(seasons);
        events = List.copyOf(events);
        drivers = List.copyOf(drivers);
        cars = List.copyOf(cars);
        classes = List.copyOf(classes);
        standings = List.copyOf(standings);
        statedTotals = List.copyOf(statedTotals);
        sources = List.copyOf(sources);
    }

    /**
     * @return the championships won: final standings in first place
     */
    public List<Standing> titles() {
        return standings.stream().filter(Standing::title).toList();
    }
}
