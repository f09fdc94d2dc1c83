package io.paddock.model;

import java.util.List;

/**
 * {@link Teammates} without the shared events: who raced with a driver and how often, read without the event lists
 * ({@code PaddockQueries.teammateCounts}). Equal to {@link Teammates#counts()} of the same question.
 *
 * @param driver       the driver asked about
 * @param coDrivers    co-drivers, most shared events first
 * @param teamMates    team-mates, most shared events first
 * @param unknownCrews events where a crew involved is not fully named by the sources, so the counts may be missing
 *                     people: "unknown", not "none"
 * @param sources      provenance of every count
 */
public record TeammateCounts(Ref driver, List<PartnerCount> coDrivers, List<PartnerCount> teamMates,
                             List<EventRef> unknownCrews, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param driver       the driver asked about
     * @param coDrivers    co-drivers, most shared events first
     * @param teamMates    team-mates, most shared events first
     * @param unknownCrews events where a crew involved is not fully named by the sources
     * @param sources      provenance of every count
     */
    public TeammateCounts {
        coDrivers = List.copyOf(coDrivers);
        teamMates = List.copyOf(teamMates);
        unknownCrews = List.copyOf(unknownCrews);
        sources = List.copyOf(sources);
    }
}
