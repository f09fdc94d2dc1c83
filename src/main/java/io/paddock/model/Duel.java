package io.paddock.model;

import java.util.List;

/**
 * One session both sides of a head-to-head took part in. For teams and manufacturers each side's best car counts.
 *
 * @param eventId        event id
 * @param event          event name
 * @param season         season year
 * @param session        {@code RACE} or {@code QUALIFYING}
 * @param positionA      best overall position of side A, null when the sources do not give it
 * @param positionB      best overall position of side B, or null
 * @param aheadOverall   {@code A}, {@code B}, or null when it cannot be told from the data
 * @param classDuels     comparisons inside each class both sides ran in
 * @param marginSeconds  gap between the two, where a source states it; null otherwise
 * @param sources        provenance
 * @param series         the event's series
 */
public record Duel(String eventId, String event, int season, String session, Integer positionA, Integer positionB,
                   String aheadOverall, List<ClassDuel> classDuels, Double marginSeconds, List<String> sources,
                   Ref series) {

    /**
     * Defensive copies.
     *
     * @param eventId        event id
     * @param event          event name
     * @param season         season year
     * @param session        {@code RACE} or {@code QUALIFYING}
     * @param positionA      best overall position of side A, null when the sources do not give it
     * @param positionB      best overall position of side B, or null
     * @param aheadOverall   {@code A}, {@code B}, or null when it cannot be told from the data
     * @param classDuels     comparisons inside each class both sides ran in
     * @param marginSeconds  gap between the two, where a source states it; null otherwise
     * @param sources        provenance
     * @param series         the event's series
     */
    public Duel {
        classDuels = List.copyOf(classDuels);
        sources = List.copyOf(sources);
    }

    /**
     * A comparison inside one class.
     *
     * @param className      the class
     * @param classPositionA best class position of side A, or null
     * @param classPositionB best class position of side B, or null
     * @param ahead          {@code A}, {@code B}, or null when unknown
     */
    public record ClassDuel(String className, Integer classPositionA, Integer classPositionB, String ahead) {
    }
}
