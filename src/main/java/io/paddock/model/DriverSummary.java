package io.paddock.model;

import java.util.List;

/**
 * {@link DriverProfile} without the event-by-event lines: who the driver is, what the lines add up to, standings and
 * titles, lap records, stated totals and roles, read without the lines ({@code PaddockQueries.driverSummary}). Equal
 * to {@link DriverProfile#summary()} of the same driver.
 *
 * @param driver        the driver
 * @param aliases       other printed spellings of the name
 * @param nationality   ISO country code, or null when not stated
 * @param hometown      hometown, or null when not stated
 * @param worksDriverOf manufacturers the driver is a works driver of, where stated
 * @param teams         teams of the driver's entries
 * @param cars          car models of the driver's entries
 * @param classes       classes of the driver's entries
 * @param seasons       season years with an entry
 * @param entryTotals   what the entry lines add up to: counted results, and whether some leave team, car or class
 *                      unknown
 * @param standings     championship positions; titles are {@link Standing#title()}
 * @param statedTotals  totals the articles state about the driver (alone or in a pair)
 * @param lapRecords    record laps the driver set
 * @param roles         roles other than driving
 * @param inferred      why a personal fact (e.g. nationality) was worked out rather than printed, or null
 * @param sources       provenance of every fact behind the summary, the counted results' included
 */
public record DriverSummary(Ref driver, List<String> aliases, String nationality, String hometown,
                            List<Ref> worksDriverOf, List<Ref> teams, List<Ref> cars, List<Ref> classes,
                            List<Integer> seasons, EntryTotals entryTotals, List<Standing> standings,
                            List<StatedTotal> statedTotals, List<LapRecord> lapRecords, List<Role> roles,
                            String inferred, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param driver        the driver
     * @param aliases       other printed spellings of the name
     * @param nationality   ISO country code, or null when not stated
     * @param hometown      hometown, or null when not stated
     * @param worksDriverOf manufacturers the driver is a works driver of, where stated
     * @param teams         teams of the driver's entries
     * @param cars          car models of the driver's entries
     * @param classes       classes of the driver's entries
     * @param seasons       season years with an entry
     * @param entryTotals   what the entry lines add up to
     * @param standings     championship positions
     * @param statedTotals  totals the articles state about the driver
     * @param lapRecords    record laps the driver set
     * @param roles         roles other than driving
     * @param inferred      why a personal fact was worked out rather than printed, or null
     * @param sources       provenance of every fact behind the summary
     */
    public DriverSummary {
        aliases = List.copyOf(aliases);
        worksDriverOf = List.copyOf(worksDriverOf);
        teams = List.copyOf(teams);
        cars = List.copyOf(cars);
        classes = List.copyOf(classes);
        seasons = List.copyOf(seasons);
        standings = List.copyOf(standings);
        statedTotals = List.copyOf(statedTotals);
        lapRecords = List.copyOf(lapRecords);
        roles = List.copyOf(roles);
        sources = List.copyOf(sources);
    }

    /**
     * @return the championships won: final standings in first place
     */
    public List<Standing> titles() {
        return standings.stream().filter(Standing::title).toList();
    }
}
