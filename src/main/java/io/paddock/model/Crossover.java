package io.paddock.model;

import java.util.List;

/**
 * A driver who raced (or won) in more than one series.
 *
 * @param driver    the driver
 * @param series    what they did in each series that counts, in the order they first raced there
 * @param wins      overall race wins in those series
 * @param classWins class race wins in those series
 * @param sources   provenance
 */
public record Crossover(Ref driver, List<InSeries> series, int wins, int classWins, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param driver    the driver
     * @param series    what they did in each series that counts, in the order they first raced there
     * @param wins      overall race wins in those series
     * @param classWins class race wins in those series
     * @param sources   provenance
     */
    public Crossover {
        series = List.copyOf(series);
        sources = List.copyOf(sources);
    }

    /**
     * A driver's figures in one series.
     *
     * @param series      the series
     * @param events      events entered
     * @param starts      race results
     * @param wins        overall race wins
     * @param classWins   class race wins
     * @param firstSeason first season year there
     * @param lastSeason  last season year there
     */
    public record InSeries(Ref series, int events, int starts, int wins, int classWins, int firstSeason, int lastSeason) {
    }
}
