package io.paddock.query;

/**
 * Optional filters shared by the facade's questions. Start from {@link #all()} and narrow it:
 * {@code QueryFilter.all().season(2007).inClass("LMP2").limit(10)}. Series, class and event are given by name,
 * alias or id and resolved like any other name.
 *
 * @param season    one season year, or null
 * @param fromYear  first season year of a range, or null
 * @param toYear    last season year of a range, or null
 * @param series    series name or id, or null
 * @param className class name or id, or null
 * @param event     event name or id, or null
 * @param limit     most rows to return, or null for the facade's default
 */
public record QueryFilter(Integer season, Integer fromYear, Integer toYear, String series, String className,
                          String event, Integer limit) {

    /**
     * Refuses what cannot be meant: a limit below one, a range that ends before it starts.
     *
     * @param season    one season year, or null
     * @param fromYear  first season year of a range, or null
     * @param toYear    last season year of a range, or null
     * @param series    series name or id, or null
     * @param className class name or id, or null
     * @param event     event name or id, or null
     * @param limit     most rows to return (at least 1), or null for the facade's default
     * @throws IllegalArgumentException for such a filter
     */
    public QueryFilter {
        if (limit != null && limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, not " + limit);
        }
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new IllegalArgumentException("the seasons " + fromYear + " to " + toYear + " end before they start");
        }
    }

    /**
     * @return no filter at all
     */
    public static QueryFilter all() {
        return new QueryFilter(null, null, null, null, null, null, null);
    }

    /**
     * @param year a season year
     * @return this filter for one season
     */
    public QueryFilter season(Integer year) {
        return new QueryFilter(year, fromYear, toYear, series, className, event, limit);
    }

    /**
     * @param from first season year, or null
     * @param to   last season year, or null
     * @return this filter for a range of seasons
     */
    public QueryFilter between(Integer from, Integer to) {
        return new QueryFilter(season, from, to, series, className, event, limit);
    }

    /**
     * @param name series name, alias or id (e.g. {@code ALMS})
     * @return this filter for one series
     */
    public QueryFilter series(String name) {
        return new QueryFilter(season, fromYear, toYear, name, className, event, limit);
    }

    /**
     * @param name class name or id (e.g. {@code LMP2})
     * @return this filter for one class
     */
    public QueryFilter inClass(String name) {
        return new QueryFilter(season, fromYear, toYear, series, name, event, limit);
    }

    /**
     * @param name event name or id (e.g. {@code Petit Le Mans 2007})
     * @return this filter for one event
     */
    public QueryFilter event(String name) {
        return new QueryFilter(season, fromYear, toYear, series, className, name, limit);
    }

    /**
     * @param rows most rows to return
     * @return this filter with a limit
     */
    public QueryFilter limit(Integer rows) {
        return new QueryFilter(season, fromYear, toYear, series, className, event, rows);
    }

    /**
     * @param fallback the default
     * @return the limit, or the default when none is set
     */
    public int limitOr(int fallback) {
        return limit == null ? fallback : limit;
    }
}
