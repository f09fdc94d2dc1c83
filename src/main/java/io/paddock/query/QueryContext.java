package io.paddock.query;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What every question needs: the driver, the target database, name resolution, and the query files (read once).
 */
final class QueryContext {

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final NameSearch names;
    private final Map<String, NamedQuery> queries = new ConcurrentHashMap<>();

    QueryContext(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.names = new NameSearch(this);
    }

    NameSearch names() {
        return names;
    }

    /** One query in its own managed read transaction. */
    List<Record> run(String query, Map<String, ?> parameters) {
        return read(reads -> reads.run(query, parameters));
    }

    /** One query with the shared filters (names resolved first) in its own managed read transaction. */
    List<Record> run(String query, Map<String, ?> parameters, QueryFilter filter) {
        Map<String, Object> filterParameters = filterParameters(filter);
        return read(reads -> reads.run(query, parameters, filterParameters));
    }

    /**
     * Several queries that make up one answer, in one managed read transaction: one consistent view and one
     * round of transaction set-up. Resolve names before, not inside: resolution runs its own reads.
     */
    <T> T read(Function<Reads, T> work) {
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> work.apply(new Reads(tx)));
        }
    }

    /** The named queries, bound to one read transaction. */
    final class Reads {

        private final TransactionContext tx;

        private Reads(TransactionContext tx) {
            this.tx = tx;
        }

        List<Record> run(String query, Map<String, ?> parameters) {
            return run(query, parameters, Map.of());
        }

        List<Record> run(String query, Map<String, ?> parameters, Map<String, ?> filterParameters) {
            return queries.computeIfAbsent(query, NamedQuery::load).run(tx, parameters, filterParameters);
        }
    }

    /** The shared filter parameters, names resolved to ids: season, fromYear, toYear, seriesId, classId, eventId, limit. */
    Map<String, Object> filterParameters(QueryFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("season", filter.season());
        parameters.put("fromYear", filter.fromYear());
        parameters.put("toYear", filter.toYear());
        parameters.put("seriesId", names.resolveId(filter.series(), "series"));
        parameters.put("classId", names.resolveId(filter.className(), "class"));
        parameters.put("eventId", names.resolveId(filter.event(), "event"));
        parameters.put("limit", filter.limit());
        return parameters;
    }

    /** A source's locator after {@code #}: {@code p12} (an article paragraph) or {@code results.csv:23378} (a dataset row). */
    private static final java.util.regex.Pattern LOCATOR = java.util.regex.Pattern.compile("(.*?)(\\d{1,18})");

    /**
     * Sources in reading order: by source, then by locator kind (paragraph, or file of a dataset), then by paragraph
     * or line number; the plain text breaks any remaining tie, so two different strings never compare equal.
     */
    static final java.util.Comparator<String> READING_ORDER = java.util.Comparator
            .comparing((String s) -> s.indexOf('#') < 0 ? s : s.substring(0, s.indexOf('#')))
            .thenComparing(s -> locator(s)[0])
            .thenComparingLong(s -> Long.parseLong(locator(s)[1]))
            .thenComparing(java.util.Comparator.naturalOrder());

    /** The locator's text part and number: {@code p12} → {@code [p, 12]}; a locator without a number → {@code [it, -1]}. */
    private static String[] locator(String source) {
        String locator = source.indexOf('#') < 0 ? "" : source.substring(source.indexOf('#') + 1);
        java.util.regex.Matcher m = LOCATOR.matcher(locator);
        return m.matches() ? new String[]{m.group(1), m.group(2)} : new String[]{locator, "-1"};
    }

    /** A union of source lists, without duplicates, in reading order. */
    static List<String> sources(Iterable<? extends List<String>> lists) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>(READING_ORDER);
        lists.forEach(all::addAll);
        return List.copyOf(all);
    }
}
