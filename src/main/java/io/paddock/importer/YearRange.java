package io.paddock.importer;

/**
 * Which seasons an import takes: all of them, or a slice ({@code 2008–2010}) for a quick look or a test.
 *
 * @param from first season, or null for no lower bound
 * @param to   last season, or null for no upper bound
 */
public record YearRange(Integer from, Integer to) {

    /**
     * Refuses a range that ends before it starts.
     *
     * @param from first season, or null for the first there is
     * @param to   last season, or null for the last there is
     * @throws IllegalArgumentException for such a range
     */
    public YearRange {
        if (from != null && to != null && from > to) {
            throw new IllegalArgumentException("the seasons " + from + " to " + to + " end before they start");
        }
    }

    /**
     * @return every season
     */
    public static YearRange all() {
        return new YearRange(null, null);
    }

    /**
     * @param year a season
     * @return whether the range takes it
     */
    public boolean contains(int year) {
        return (from == null || year >= from) && (to == null || year <= to);
    }

    /**
     * @return e.g. {@code 2008–2010}, or {@code all seasons}
     */
    public String describe() {
        if (from == null && to == null) {
            return "all seasons";
        }
        return (from == null ? "…" : from) + "–" + (to == null ? "…" : to);
    }
}
