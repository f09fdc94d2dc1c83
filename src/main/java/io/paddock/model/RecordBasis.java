package io.paddock.model;

/**
 * Where a record's figure comes from. A figure the graph counts and a figure a source states are never mixed:
 * the seed holds only some results of a season, so a count can be far below a stated total for the same thing.
 */
public enum RecordBasis {

    /** Counted or ranked from the Result nodes (race and qualifying results) the graph holds. */
    COUNTED_FROM_RESULTS("counted from results"),
    /** Counted from final championship standings in first place. */
    COUNTED_FROM_STANDINGS("counted from final standings"),
    /** A record lap as a source reports it (LapRecord nodes). */
    REPORTED_LAP_RECORD("lap record as reported"),
    /** A total a source states (StatedTotal nodes); the graph need not hold the results behind it. */
    STATED_BY_SOURCE("stated by a source");

    private final String description;

    RecordBasis(String description) {
        this.description = description;
    }

    /**
     * @return a few words for a table cell, e.g. {@code counted from results}
     */
    public String description() {
        return description;
    }

    /**
     * @return true when Paddock worked the figure out from the graph, false when a source reports it
     */
    public boolean counted() {
        return this == COUNTED_FROM_RESULTS || this == COUNTED_FROM_STANDINGS;
    }
}
