package io.paddock.model;

import java.util.List;

/**
 * A family of drivers in the driver network: a community found by the Leiden algorithm, drivers linked more among
 * themselves than with the rest.
 *
 * @param rank        1 for the largest community
 * @param size        its drivers
 * @param members     its best-connected members (most co-drivers and team-mates in the network first)
 * @param firstSeason the first season any member raced (within the network's filters)
 * @param lastSeason  the last one
 * @param teams       the teams most common among the members' cars (within the filters), with how many members
 *                    drove for each
 * @param makers      the car makers most common among the members' cars, likewise
 */
public record DriverCommunity(int rank, int size, List<Ref> members, Integer firstSeason, Integer lastSeason,
                              List<Tally> teams, List<Tally> makers) {

    /**
     * Defensive copies.
     *
     * @param rank        1 for the largest
     * @param size        its drivers
     * @param members     its best-linked members
     * @param firstSeason first season of any member
     * @param lastSeason  last season of any member
     * @param teams       the most common teams
     * @param makers      the most common makers
     */
    public DriverCommunity {
        members = List.copyOf(members);
        teams = List.copyOf(teams);
        makers = List.copyOf(makers);
    }

    /**
     * A team or maker and how many members of the community drove for it.
     *
     * @param holder  the team or maker
     * @param drivers members who drove one of its cars
     */
    public record Tally(Ref holder, int drivers) {
    }
}
