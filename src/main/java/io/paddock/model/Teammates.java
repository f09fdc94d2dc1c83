package io.paddock.model;

import java.util.List;

/**
 * Who raced with a driver: co-drivers (shared a car) and team-mates (same team and event, another car), kept apart.
 *
 * @param driver         the driver asked about
 * @param coDrivers      co-drivers, most shared events first
 * @param teamMates      team-mates, most shared events first
 * @param unknownCrews   events where a crew involved is not fully named by the sources, so the lists may be
 *                       missing people: "unknown", not "none"
 * @param sources        provenance of every fact in the answer
 */
public record Teammates(Ref driver, List<Partner> coDrivers, List<Partner> teamMates, List<EventRef> unknownCrews,
                        List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param driver         the driver asked about
     * @param coDrivers      co-drivers, most shared events first
     * @param teamMates      team-mates, most shared events first
     * @param unknownCrews   event ids where a crew involved is not fully named by the sources, so the lists may be
     *                       missing people: "unknown", not "none"
     * @param sources        provenance of every fact in the answer
     */
    public Teammates {
        coDrivers = List.copyOf(coDrivers);
        teamMates = List.copyOf(teamMates);
        unknownCrews = List.copyOf(unknownCrews);
        sources = List.copyOf(sources);
    }

    /**
     * @return the same answer without the shared events, as {@code PaddockQueries.teammateCounts} reads it
     */
    public TeammateCounts counts() {
        return new TeammateCounts(driver, count(coDrivers), count(teamMates), unknownCrews, sources);
    }

    private static List<PartnerCount> count(List<Partner> partners) {
        return partners.stream().map(p -> new PartnerCount(p.driver(), p.events(), p.sources())).toList();
    }
}
