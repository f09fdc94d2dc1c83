package io.paddock.model;

import java.util.Comparator;

/**
 * The one rule a head-to-head uses to say who was ahead in a session, overall or in a class ({@link #TEXT} states it;
 * tables and JSON print it). Each constant is the part of the rule that decided a comparison, or why none was counted.
 * For teams and manufacturers each side is represented by its best car under the same rule ({@link #bestFirst}).
 */
public enum AheadRule {
    /** Both have a position: the better one is ahead. */
    BETTER_POSITION("better position", true),
    /** A classified car is ahead of one that retired or was not classified, and both of a disqualified one. */
    STATUS("classified ahead of retired or not classified, ahead of disqualified", true),
    /** Two cars that retired or were not classified: the one with more laps is ahead. */
    MORE_LAPS("more laps", true),
    /** The same position, or two cars without a position that completed the same number of laps. */
    LEVEL("level", false),
    /** Two disqualified cars, or a car that did not start: the rule does not rank them. */
    NOT_RANKED("not ranked", false),
    /** The sources leave a position, a status or the laps the rule needs open. */
    UNKNOWN("unknown", false);

    /** The rule, as tables and JSON state it. */
    public static final String TEXT = "Ahead: the better position; where a position is missing, a classified car is "
            + "ahead of one that retired or was not classified, and both are ahead of a disqualified one; of two that "
            + "retired or were not classified, the one with more laps. Not counted: the same position or laps, two "
            + "disqualified cars, a car that did not start, and a position, status or laps the sources do not give.";

    private final String words;
    private final boolean counted;

    AheadRule(String words, boolean counted) {
        this.words = words;
        this.counted = counted;
    }

    /**
     * @return the part of the rule in a few words, e.g. {@code more laps}
     */
    public String words() {
        return words;
    }

    /**
     * @return whether a comparison decided this way counts in the score
     */
    public boolean counted() {
        return counted;
    }

    /**
     * Who was ahead, and by which part of the rule.
     *
     * @param ahead {@code A}, {@code B}, or null when not counted
     * @param rule  the part of the rule that decided it, or why it was not counted
     */
    public record Verdict(String ahead, AheadRule rule) {
    }

    /** The rule's ranks: 0 a position, 1 classified without one, 2 retired or not classified, 3 disqualified, 4 none. */
    private static int tier(Integer position, Outcome outcome) {
        if (position != null) {
            return 0;
        }
        ResultStatus status = outcome == null ? null : outcome.status();
        if (status == null) {
            return 4;
        }
        return switch (status) {
            case CLASSIFIED -> 1;
            case RETIRED, NOT_CLASSIFIED -> 2;
            case DISQUALIFIED -> 3;
            default -> 4;
        };
    }

    /**
     * Orders one side's cars best first under the rule: a position (the better first), then a classified car without
     * one, then retired or not classified (more laps first), then disqualified, then the rest.
     *
     * @param <T> a car
     * @param position its position in the comparison
     * @param outcome  how it ended the session
     * @return the order
     */
    public static <T> Comparator<T> bestFirst(java.util.function.Function<T, Integer> position,
                                              java.util.function.Function<T, Outcome> outcome) {
        Comparator<T> byTier = Comparator.comparingInt(t -> tier(position.apply(t), outcome.apply(t)));
        return byTier
                .thenComparing(position, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(t -> outcome.apply(t) == null ? null : outcome.apply(t).laps(),
                        Comparator.nullsLast(Comparator.reverseOrder()));
    }

    /**
     * Decides one comparison.
     *
     * @param positionA side A's position in the comparison (overall or in class), or null
     * @param a         how side A ended the session, or null
     * @param positionB side B's position, or null
     * @param b         how side B ended the session, or null
     * @return who was ahead and why, or why it is not counted
     */
    public static Verdict decide(Integer positionA, Outcome a, Integer positionB, Outcome b) {
        if (positionA != null && positionB != null) {
            int c = Integer.compare(positionA, positionB);
            return c == 0 ? new Verdict(null, LEVEL) : new Verdict(c < 0 ? "A" : "B", BETTER_POSITION);
        }
        int tierA = tier(positionA, a);
        int tierB = tier(positionB, b);
        if (tierA == 4 || tierB == 4) {
            boolean notStarted = notStarted(a) || notStarted(b);
            return new Verdict(null, notStarted ? NOT_RANKED : UNKNOWN);
        }
        if (tierA == 0 && tierB == 1 || tierA == 1 && tierB == 0) {
            return new Verdict(null, UNKNOWN); // both classified, one position not given
        }
        if (tierA != tierB) {
            return new Verdict(tierA < tierB ? "A" : "B", STATUS);
        }
        if (tierA == 1) {
            return new Verdict(null, UNKNOWN);
        }
        if (tierA == 3) {
            return new Verdict(null, NOT_RANKED);
        }
        Integer lapsA = a.laps();
        Integer lapsB = b.laps();
        if (lapsA == null || lapsB == null) {
            return new Verdict(null, UNKNOWN);
        }
        int c = Integer.compare(lapsB, lapsA);
        return c == 0 ? new Verdict(null, LEVEL) : new Verdict(c < 0 ? "A" : "B", MORE_LAPS);
    }

    private static boolean notStarted(Outcome outcome) {
        return outcome != null && outcome.status() != null && !outcome.status().started();
    }
}
