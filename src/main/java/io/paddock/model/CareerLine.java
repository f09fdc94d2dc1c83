package io.paddock.model;

import java.util.List;

/**
 * A driver's figures in one season of a series, or (with {@code season} null) over all their seasons there.
 * Counted from the results in the graph: where the sources report only some sessions, these are lower bounds.
 *
 * @param series          the series
 * @param season          the season year; null in a series total
 * @param seasons         seasons counted (1 for a season line)
 * @param events          events entered
 * @param starts          race results
 * @param wins            races won overall
 * @param podiums         races finished in the first three overall
 * @param poles           qualifying sessions with overall position 1
 * @param classPoles      qualifying sessions with class position 1
 * @param classWins       races won in class
 * @param bestFinish      best overall race position, or null when none is known
 * @param bestClassFinish best class race position, or null when none is known
 * @param teams           teams driven for
 * @param cars            car models driven
 * @param classes         classes raced in
 * @param sources         provenance
 */
public record CareerLine(Ref series, Integer season, int seasons, int events, int starts, int wins, int podiums,
                         int poles, int classPoles, int classWins, Integer bestFinish, Integer bestClassFinish,
                         List<String> teams, List<String> cars, List<String> classes, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param series          the series
     * @param season          the season year; null in a series total
     * @param seasons         seasons counted (1 for a season line)
     * @param events          events entered
     * @param starts          race results
     * @param wins            races won overall
     * @param podiums         races finished in the first three overall
     * @param poles           qualifying sessions with overall position 1
     * @param classPoles      qualifying sessions with class position 1
     * @param classWins       races won in class
     * @param bestFinish      best overall race position, or null when none is known
     * @param bestClassFinish best class race position, or null when none is known
     * @param teams           teams driven for
     * @param cars            car models driven
     * @param classes         classes raced in
     * @param sources         provenance
     */
    public CareerLine {
        teams = List.copyOf(teams);
        cars = List.copyOf(cars);
        classes = List.copyOf(classes);
        sources = List.copyOf(sources);
    }
}
