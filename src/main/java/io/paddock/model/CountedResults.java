package io.paddock.model;

/**
 * Totals counted from the results in the graph. The sources report only some sessions, so these are lower
 * bounds of what happened, not career totals; what an article claims is in {@link StatedTotal}.
 *
 * @param events       distinct events entered
 * @param raceResults  race results reported
 * @param overallWins  race results with overall position 1
 * @param classWins    race results with class position 1
 * @param overallPoles qualifying results with overall position 1
 * @param classPoles   qualifying results with class position 1
 */
public record CountedResults(int events, int raceResults, int overallWins, int classWins, int overallPoles,
                             int classPoles) {
}
