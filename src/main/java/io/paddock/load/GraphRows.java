package io.paddock.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows a source maps onto the writer's statements ({@code cypher/load/graph.cypher}): per statement name,
 * one map per {@code UNWIND} row. Every loader — the seed, the Ergast import, the Le Mans import — produces one of
 * these and hands it to the one {@link GraphWriter}; none writes Cypher of its own.
 */
public final class GraphRows {

    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

    /**
     * @param statement a statement name of {@code graph.cypher}, e.g. {@code entries}
     * @param row       the row's fields; {@code null} values are allowed
     */
    public void add(String statement, Map<String, Object> row) {
        rows.computeIfAbsent(statement, k -> new ArrayList<>()).add(row);
    }

    /**
     * @param statement a statement name
     * @return its rows, in the order added
     */
    public List<Map<String, Object>> of(String statement) {
        return Collections.unmodifiableList(rows.getOrDefault(statement, List.of()));
    }

    /**
     * @return the statement names that have rows
     */
    public java.util.Set<String> statements() {
        return Collections.unmodifiableSet(rows.keySet());
    }

    /**
     * @return rows over all statements
     */
    public long size() {
        return rows.values().stream().mapToLong(List::size).sum();
    }
}
