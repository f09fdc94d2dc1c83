package io.paddock.query;

import io.paddock.internal.cypher.TransactionTag;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    /** The read transaction this thread has open, if any: a facade call is one transaction. */
    private final ThreadLocal<Reads> current = new ThreadLocal<>();

    QueryContext(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.names = new NameSearch(this);
    }

    NameSearch names() {
        return names;
    }

    /** One query in a managed read transaction: the one this thread has open, else its own. */
    List<Record> run(String query, Map<String, ?> parameters) {
        return read(reads -> reads.run(query, parameters));
    }

    /** One query with the shared filters (names resolved first), in the open read transaction or its own. */
    List<Record> run(String query, Map<String, ?> parameters, QueryFilter filter) {
        Map<String, Object> filterParameters = filterParameters(filter);
        return read(reads -> reads.run(query, parameters, filterParameters));
    }

    /**
     * Several queries that make up one answer, in one managed read transaction: one consistent view and one
     * round of transaction set-up. A read asked while this thread already has one open (a facade call resolving its
     * names, then asking its question) joins that transaction instead of opening another.
     */
    <T> T read(Function<Reads, T> work) {
        Reads open = current.get();
        return open != null ? work.apply(open) : readApart(work);
    }

    /** Whether this thread has a read transaction open (a facade call is one). */
    boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * A read in a transaction of its own even while this thread has one open: for the clean-up after a failure,
     * which the failed transaction no longer takes.
     */
    <T> T readApart(Function<Reads, T> work) {
        Reads outer = current.get();
        try (var session = driver.session(sessionConfig)) {
            return session.executeRead(tx -> {
                Reads reads = new Reads(tx);
                current.set(reads);
                try {
                    return work.apply(reads);
                } finally {
                    if (outer == null) {
                        current.remove();
                    } else {
                        current.set(outer);
                    }
                }
            }, TransactionTag.config());
        }
    }

    /** The named queries, bound to one read transaction. */
    final class Reads {

        private final TransactionContext tx;
        /** Name searches already run in this transaction, by Lucene query and labels ({@link NameSearch#prefetch}). */
        private final Map<NameSearch.Search, List<Record>> searched = new HashMap<>();

        private Reads(TransactionContext tx) {
            this.tx = tx;
        }

        List<Record> searched(NameSearch.Search search) {
            return searched.get(search);
        }

        void searched(NameSearch.Search search, List<Record> hits) {
            searched.put(search, hits);
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

    /**
     * Sources in reading order: by source id, then by the part after '#' with runs of digits compared as
     * numbers. Curated facts cite an article paragraph ({@code <article>#p<n>}), imported ones a file line
     * ({@code ergast-f1-csv#results.csv:124}); both sort as a reader would look them up, p2 before p10. Different
     * texts never compare equal ({@code p01} and {@code p1} are the same number, but both are kept). Compared in place,
     * without copying parts of the texts: a team's head-to-head sorts tens of thousands of file lines.
     */
    static final Comparator<String> READING_ORDER = QueryContext::inReadingOrder;

    private static int inReadingOrder(String a, String b) {
        int hashA = a.indexOf('#');
        int hashB = b.indexOf('#');
        int idEndA = hashA < 0 ? a.length() : hashA;
        int idEndB = hashB < 0 ? b.length() : hashB;
        int byId = plainly(a, 0, idEndA, b, 0, idEndB);
        if (byId != 0) {
            return byId;
        }
        int byPart = naturally(a, hashA < 0 ? a.length() : hashA + 1, b, hashB < 0 ? b.length() : hashB + 1);
        return byPart != 0 ? byPart : a.compareTo(b);
    }

    /** {@link String#compareTo} of two regions. */
    private static int plainly(String a, int fromA, int toA, String b, int fromB, int toB) {
        int length = Math.min(toA - fromA, toB - fromB);
        for (int k = 0; k < length; k++) {
            char x = a.charAt(fromA + k);
            char y = b.charAt(fromB + k);
            if (x != y) {
                return x - y;
            }
        }
        return (toA - fromA) - (toB - fromB);
    }

    /**
     * The texts from {@code i} and {@code j} on, numbers compared by value: {@code p2 < p10},
     * {@code results.csv:9 < results.csv:124}; equal values of different spelling ({@code 01}, {@code 1}) then by
     * the plain order of the rest.
     */
    private static int naturally(String a, int i, String b, int j) {
        int fromA = i;
        int fromB = j;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = byValue(a, i, endA, b, j, endB);
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : plainly(a, fromA, a.length(), b, fromB, b.length());
    }

    /** Two runs of digits by the numbers they spell, however long: leading zeros skipped, then more digits is more. */
    private static int byValue(String a, int fromA, int endA, String b, int fromB, int endB) {
        while (fromA < endA && Character.digit(a.charAt(fromA), 10) == 0) {
            fromA++;
        }
        while (fromB < endB && Character.digit(b.charAt(fromB), 10) == 0) {
            fromB++;
        }
        int byDigits = Integer.compare(endA - fromA, endB - fromB);
        for (int k = 0; byDigits == 0 && k < endA - fromA; k++) {
            byDigits = Integer.compare(Character.digit(a.charAt(fromA + k), 10), Character.digit(b.charAt(fromB + k), 10));
        }
        return byDigits;
    }

    private static int digitsEnd(String s, int from) {
        int end = from;
        while (end < s.length() && Character.isDigit(s.charAt(end))) {
            end++;
        }
        return end;
    }

    /** A union of source lists, without duplicates, in reading order. */
    static List<String> sources(Iterable<? extends List<String>> lists) {
        // Duplicates dropped first (most of a long answer's sources come twice or more), then one sort.
        Set<String> distinct = new HashSet<>();
        lists.forEach(distinct::addAll);
        String[] ordered = distinct.toArray(String[]::new);
        Arrays.sort(ordered, READING_ORDER);
        return List.of(ordered);
    }
}
