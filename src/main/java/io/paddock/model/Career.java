package io.paddock.model;

import java.util.List;

/**
 * A driver's career across series.
 *
 * @param driver  the driver
 * @param seasons one line per series and season, series in the order the driver first raced in them, seasons
 *                oldest first
 * @param totals  one line per series (season null), in the same order
 * @param sources provenance
 */
public record Career(Ref driver, List<CareerLine> seasons, List<CareerLine> totals, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param driver  the driver
     * @param seasons one line per series and season, series in the order the driver first raced in them, seasons
     *                oldest first
     * @param totals  one line per series (season null), in the same order
     * @param sources provenance
     */
    public Career {
        seasons = List.copyOf(seasons);
        totals = List.copyOf(totals);
        sources = List.copyOf(sources);
    }
}
