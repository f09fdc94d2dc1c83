package io.paddock.model;

/**
 * Two team-mates' figures over the events they shared as team-mates (one season, or a whole partnership). Scores are
 * A first.
 *
 * @param events     events at which they drove different cars of one team
 * @param races      those of the events at which both have a race result
 * @param classified races in which both were classified: the better position is ahead (overall where both have one,
 *                   else in class where both ran in one class)
 * @param ahead      every race under the head-to-head's rule ({@link AheadRule#TEXT}): the better position; where one
 *                   is missing, classified ahead of retired or not classified, both ahead of disqualified; of two
 *                   retirements the one with more laps; else the race is not counted ({@link #notCounted()})
 * @param qualifying qualifying sessions in which both have a position (overall, else in one class): the better is ahead
 * @param pointsA    A's race and sprint points at those events; null where the graph holds no points (Le Mans, ALMS)
 * @param pointsB    B's, or null
 */
public record BattleScore(int events, int races, Score classified, Score ahead, Score qualifying, Double pointsA,
                          Double pointsB) {

    /**
     * @return races the ahead rule cannot decide: two retirements with equal or unknown laps, or a result without
     *         position or status
     */
    public int notCounted() {
        return races - ahead.played();
    }

    /**
     * @return whether the graph holds points for these events
     */
    public boolean pointsHeld() {
        return pointsA != null || pointsB != null;
    }

    /**
     * @return the same figures with B first
     */
    public BattleScore swapped() {
        return new BattleScore(events, races, new Score(classified.b(), classified.a()), new Score(ahead.b(), ahead.a()),
                new Score(qualifying.b(), qualifying.a()), pointsB, pointsA);
    }
}
