package io.paddock.model;

import java.util.List;
import java.util.Optional;

/**
 * A session of an event with its results.
 *
 * @param id               session id
 * @param type             a {@link SessionType} graph value: {@code QUALIFYING}, {@code RACE}, {@code SPRINT} …
 * @param laps             laps of the winner, or null when not given
 * @param durationMinutes  duration in minutes, or null when not given
 * @param safetyCarPeriods number of safety-car periods, or null when not given
 * @param results          results ordered by overall position, then class position (unknown positions last)
 * @param inferred         why the session was worked out rather than printed, or null
 * @param sources          provenance of the session and its results
 * @param unknownPlaces    places overall or in a class that someone took but the sources do not say who (a later
 *                         place is reported), in order: overall first, then per class
 */
public record SessionLine(String id, String type, Integer laps, Double durationMinutes, Integer safetyCarPeriods,
                          List<ResultLine> results, String inferred, List<String> sources,
                          List<UnknownPlaces> unknownPlaces) {

    /**
     * Defensive copies.
     *
     * @param id               session id
     * @param type             a {@link SessionType} graph value: {@code QUALIFYING}, {@code RACE}, {@code SPRINT} …
     * @param laps             laps of the winner, or null when not given
     * @param durationMinutes  duration in minutes, or null when not given
     * @param safetyCarPeriods number of safety-car periods, or null when not given
     * @param results          results ordered by overall position, then class position (unknown positions last)
     * @param inferred         why the session was worked out rather than printed, or null
     * @param sources          provenance of the session and its results
     * @param unknownPlaces places overall or in a class that someone took but the sources do not say who (a later
     *                              place is reported), in order: overall first, then per class
     */
    public SessionLine {
        results = List.copyOf(results);
        sources = List.copyOf(sources);
        unknownPlaces = List.copyOf(unknownPlaces);
    }

    /**
     * @return the {@code type} as a type; empty for a value this version does not know (one another tool wrote)
     */
    public Optional<SessionType> sessionType() {
        return SessionType.ofGraphValue(type);
    }
}
