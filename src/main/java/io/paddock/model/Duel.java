package io.paddock.model;

import java.util.List;
import java.util.Optional;

/**
 * One session both sides of a head-to-head took part in. For teams and manufacturers each side's best car counts.
 *
 * @param eventId        event id
 * @param event          event name
 * @param season         season year
 * @param session        a {@link SessionType} graph value: {@code QUALIFYING}, {@code RACE}, {@code SPRINT} …
 * @param positionA      overall position of side A's best car, null when it has none (see {@code outcomeA})
 * @param positionB      overall position of side B's best car, or null
 * @param aheadOverall   {@code A}, {@code B}, or null when not counted ({@code aheadRule} says why)
 * @param classDuels     comparisons inside each class both sides ran in
 * @param marginSeconds  gap between the two, where a source states it; null otherwise
 * @param sources        provenance
 * @param series         the event's series
 * @param outcomeA       how side A's best car ended the session: status, the source's reason, laps
 * @param outcomeB       how side B's best car ended the session
 * @param aheadRule      the part of {@link AheadRule} that decided {@code aheadOverall}, or why it is not counted
 * @param seriesHasClasses whether the series races in classes at all (Formula 1 does not): without, no class duels
 */
public record Duel(String eventId, String event, int season, String session, Integer positionA, Integer positionB,
                   String aheadOverall, List<ClassDuel> classDuels, Double marginSeconds, List<String> sources,
                   Ref series, Outcome outcomeA, Outcome outcomeB, AheadRule aheadRule, boolean seriesHasClasses) {

    /**
     * Defensive copies.
     *
     * @param eventId        event id
     * @param event          event name
     * @param season         season year
     * @param session        a {@link SessionType} graph value: {@code QUALIFYING}, {@code RACE}, {@code SPRINT} …
     * @param positionA      overall position of side A's best car, null when it has none (see {@code outcomeA})
     * @param positionB      overall position of side B's best car, or null
     * @param aheadOverall   {@code A}, {@code B}, or null when not counted ({@code aheadRule} says why)
     * @param classDuels     comparisons inside each class both sides ran in
     * @param marginSeconds  gap between the two, where a source states it; null otherwise
     * @param sources        provenance
     * @param series         the event's series
     * @param outcomeA       how side A's best car ended the session: status, the source's reason, laps
     * @param outcomeB       how side B's best car ended the session
     * @param aheadRule      the part of {@link AheadRule} that decided {@code aheadOverall}, or why it is not counted
     * @param seriesHasClasses whether the series races in classes at all (Formula 1 does not): without, no class duels
     */
    public Duel {
        classDuels = List.copyOf(classDuels);
        sources = List.copyOf(sources);
    }

    /**
     * @return the {@code session} as a type; empty for a value this version does not know (one another tool wrote)
     */
    public Optional<SessionType> sessionType() {
        return SessionType.ofGraphValue(session);
    }

    /**
     * @return side A as a table prints it: its position, else its status with the source's reason, e.g.
     *         {@code retired (Engine)}
     */
    public String shownA() {
        return outcomeA == null ? new Outcome(null, null, null).text(positionA) : outcomeA.text(positionA);
    }

    /**
     * @return side B as a table prints it (see {@link #shownA()})
     */
    public String shownB() {
        return outcomeB == null ? new Outcome(null, null, null).text(positionB) : outcomeB.text(positionB);
    }

    /**
     * A comparison inside one class, decided by the same {@link AheadRule} with the class positions.
     *
     * @param className      the class
     * @param classPositionA class position of side A's best car in the class, or null
     * @param classPositionB class position of side B's best car in the class, or null
     * @param ahead          {@code A}, {@code B}, or null when not counted
     */
    public record ClassDuel(String className, Integer classPositionA, Integer classPositionB, String ahead) {
    }
}
