package io.paddock.model;

import java.util.List;

/**
 * A record lap.
 *
 * @param id                 record id
 * @param kind               {@code CIRCUIT_RECORD} or {@code PERSONAL_BEST}
 * @param driver             who set it
 * @param circuit            where
 * @param event              at which event, or null when not known
 * @param session            in which session type ({@code QUALIFYING}, {@code RACE}), or null
 * @param entryId            in which entry (car), or null when not known
 * @param lapTimeSeconds     the lap time, or null when not given
 * @param improvementSeconds by how much it beat the previous best, or null when not given
 * @param inferred           why it was worked out rather than printed, or null
 * @param sources            provenance
 */
public record LapRecord(String id, String kind, Ref driver, Ref circuit, EventRef event, String session, String entryId,
                        Double lapTimeSeconds, Double improvementSeconds, String inferred, List<String> sources) {

    /**
     * Defensive copy.
     *
     * @param id                 record id
     * @param kind               {@code CIRCUIT_RECORD} or {@code PERSONAL_BEST}
     * @param driver             who set it
     * @param circuit            where
     * @param event              at which event, or null when not known
     * @param session            in which session type ({@code QUALIFYING}, {@code RACE}), or null
     * @param entryId            in which entry (car), or null when not known
     * @param lapTimeSeconds     the lap time, or null when not given
     * @param improvementSeconds by how much it beat the previous best, or null when not given
     * @param inferred           why it was worked out rather than printed, or null
     * @param sources            provenance
     */
    public LapRecord {
        sources = List.copyOf(sources);
    }
}
