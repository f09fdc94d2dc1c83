package io.paddock.model;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of session the graph holds ({@code Session.type}). Articles and the seed have qualifying and the race;
 * the Ergast importer adds sprints; the F1DB importer adds the other sessions of a Grand Prix weekend (pre-qualifying,
 * the two qualifying days of the 1990s, sprint qualifying, free practice, warm-up). The Cypher files compare the same
 * values as string literals ({@code 'RACE'}); {@code SessionTypeTests} checks each literal they use is a value here.
 */
public enum SessionType {

    /** Qualifying, or the one that set the grid where there were several (F1DB's {@code qualifying-results}). */
    QUALIFYING,
    /** The race. */
    RACE,
    /** A sprint race (Formula One since 2021). */
    SPRINT,
    /** Sprint qualifying (the sprint shoot-out). */
    SPRINT_QUALIFYING,
    /** Pre-qualifying (Formula One, late 1980s and early 1990s). */
    PRE_QUALIFYING,
    /** The first of two qualifying sessions. */
    QUALIFYING_1,
    /** The second of two qualifying sessions. */
    QUALIFYING_2,
    /** Free practice 1. */
    PRACTICE_1,
    /** Free practice 2. */
    PRACTICE_2,
    /** Free practice 3. */
    PRACTICE_3,
    /** Free practice 4. */
    PRACTICE_4,
    /** The warm-up on race morning. */
    WARM_UP;

    /**
     * @return what the graph holds in {@code Session.type} and what answers print, e.g. {@code SPRINT_QUALIFYING}:
     *         the constant's name, so that the loader (which writes an enum by its name) and Jackson (which prints
     *         one by its name) need no mapping
     */
    public String graphValue() {
        return name();
    }

    /**
     * @param value a {@code Session.type} as read from the graph or the seed, e.g. {@code RACE}
     * @return the session type, or empty for a value this version does not know (one another tool wrote)
     */
    public static Optional<SessionType> ofGraphValue(String value) {
        return Optional.ofNullable(value == null ? null : BY_GRAPH_VALUE.get(value));
    }

    /**
     * A map, not a search: profiles and head-to-heads ask this once per result line (hundreds per answer), where the
     * string comparison it replaced cost nothing.
     */
    private static final Map<String, SessionType> BY_GRAPH_VALUE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(SessionType::graphValue, t -> t));
}
