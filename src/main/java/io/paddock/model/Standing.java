package io.paddock.model;

import java.util.List;
import java.util.Optional;

/**
 * A championship position: a title when it is final and first.
 *
 * @param championshipId championship id (e.g. {@code alms-2007-lmp2-drivers})
 * @param championship   championship name
 * @param kind           a {@link ChampionshipKind} graph value: {@code DRIVERS}, {@code TEAMS}, {@code MANUFACTURERS} or {@code CARS}
 * @param season         season year, or null when not known
 * @param carClass       class the championship is for, or null for an overall one
 * @param holder         who holds the position (a driver, team or manufacturer)
 * @param position       the position
 * @param finalStanding  true for the final standing of the season; false for one reported during it
 * @param title          true for a final position 1
 * @param asOf           for a standing during the season: the event it was reported after; else null
 * @param clinchedAt     the event where a final position was settled, where stated; else null
 * @param inferred       why it was worked out rather than printed, or null
 * @param sources        provenance
 */
public record Standing(String championshipId, String championship, String kind, Integer season, Ref carClass,
                       Ref holder, int position, boolean finalStanding, boolean title, EventRef asOf,
                       EventRef clinchedAt, String inferred, List<String> sources) {

    /**
     * Defensive copy.
     *
     * @param championshipId championship id (e.g. {@code alms-2007-lmp2-drivers})
     * @param championship   championship name
     * @param kind           a {@link ChampionshipKind} graph value: {@code DRIVERS}, {@code TEAMS}, {@code MANUFACTURERS} or {@code CARS}
     * @param season         season year, or null when not known
     * @param carClass       class the championship is for, or null for an overall one
     * @param holder         who holds the position (a driver, team or manufacturer)
     * @param position       the position
     * @param finalStanding  true for the final standing of the season; false for one reported during it
     * @param title          true for a final position 1
     * @param asOf           for a standing during the season: the event it was reported after; else null
     * @param clinchedAt     the event where a final position was settled, where stated; else null
     * @param inferred       why it was worked out rather than printed, or null
     * @param sources        provenance
     */
    public Standing {
        sources = List.copyOf(sources);
    }

    /**
     * @return the {@code kind} as a type; empty for a value this version does not know (one another tool wrote)
     */
    public Optional<ChampionshipKind> championshipKind() {
        return ChampionshipKind.ofGraphValue(kind);
    }
}
