package io.paddock.model;

import java.util.List;

/**
 * Everything the graph knows about one driver. Null fields are not stated by the sources ("unknown", not "none").
 *
 * @param driver         the driver
 * @param aliases        other printed spellings of the name
 * @param nationality    ISO country code, or null when not stated
 * @param hometown       hometown, or null when not stated
 * @param worksDriverOf  manufacturers the driver is a works driver of, where stated
 * @param teams          teams of the driver's entries
 * @param cars           car models of the driver's entries
 * @param classes        classes of the driver's entries
 * @param seasons        season years with an entry
 * @param entries        every event with the driver's entry and its results, oldest first
 * @param counted        wins and poles counted from those results
 * @param standings      championship positions; titles are {@link Standing#title()}
 * @param statedTotals   totals the articles state about the driver (alone or in a pair)
 * @param lapRecords     record laps the driver set
 * @param roles          roles other than driving
 * @param inferred       why a personal fact (e.g. nationality) was worked out rather than printed, or null
 * @param sources        provenance of every fact in the profile ({@code <source id>#p<paragraph>})
 */
public record DriverProfile(Ref driver, List<String> aliases, String nationality, String hometown,
                            List<Ref> worksDriverOf, List<Ref> teams, List<Ref> cars, List<Ref> classes,
                            List<Integer> seasons, List<EntryLine> entries, CountedResults counted,
                            List<Standing> standings, List<StatedTotal> statedTotals, List<LapRecord> lapRecords,
                            List<Role> roles, String inferred, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param driver         the driver
     * @param aliases        other printed spellings of the name
     * @param nationality    ISO country code, or null when not stated
     * @param hometown       hometown, or null when not stated
     * @param worksDriverOf  manufacturers the driver is a works driver of, where stated
     * @param teams          teams of the driver's entries
     * @param cars           car models of the driver's entries
     * @param classes        classes of the driver's entries
     * @param seasons        season years with an entry
     * @param entries        every event with the driver's entry and its results, oldest first
     * @param counted        wins and poles counted from those results
     * @param standings      championship positions; titles are {@link Standing#title()}
     * @param statedTotals   totals the articles state about the driver (alone or in a pair)
     * @param lapRecords     record laps the driver set
     * @param roles          roles other than driving
     * @param inferred       why a personal fact (e.g. nationality) was worked out rather than printed, or null
     * @param sources        provenance of every fact in the profile ({@code <source id>#p<paragraph>})
     */
    public DriverProfile {
        aliases = List.copyOf(aliases);
        worksDriverOf = List.copyOf(worksDriverOf);
        teams = List.copyOf(teams);
        cars = List.copyOf(cars);
        classes = List.copyOf(classes);
        seasons = List.copyOf(seasons);
        entries = List.copyOf(entries);
        standings = List.copyOf(standings);
        statedTotals = List.copyOf(statedTotals);
        lapRecords = List.copyOf(lapRecords);
        roles = List.copyOf(roles);
        sources = List.copyOf(sources);
    }

    /**
     * @return the same profile without its entry lines, as {@code PaddockQueries.driverSummary} reads it
     */
    public DriverSummary summary() {
        return new DriverSummary(driver, aliases, nationality, hometown, worksDriverOf, teams, cars, classes, seasons,
                EntryTotals.of(entries), standings, statedTotals, lapRecords, roles, inferred, sources);
    }

    /**
     * @return the championships won: final standings in first place
     */
    public List<Standing> titles() {
        return standings.stream().filter(Standing::title).toList();
    }
}
