package io.paddock.internal.load;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rows a source maps onto the writer's statements ({@code cypher/load/graph.cypher}), as typed
 * {@link WriteRow}s. Every loader — the seed and each dataset import — produces one of these and hands it to the
 * one {@link GraphWriter}; none writes Cypher of its own.
 */
public final class GraphRows {

    private static final Map<java.lang.Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

    private final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();

    /**
     * @param row one row; its record type names the statement
     */
    public void add(WriteRow row) {
        rows.computeIfAbsent(row.statement(), k -> new ArrayList<>()).add(parameters((Record) row));
    }

    /**
     * @param statement a statement name
     * @return its rows as the statement's {@code $rows} parameter, in the order added
     */
    public List<Map<String, Object>> of(String statement) {
        return Collections.unmodifiableList(rows.getOrDefault(statement, List.of()));
    }

    /**
     * @return the statement names that have rows
     */
    public Set<String> statements() {
        return Collections.unmodifiableSet(rows.keySet());
    }

    /**
     * @return rows over all statements
     */
    public long size() {
        return rows.values().stream().mapToLong(List::size).sum();
    }

    /**
     * The field name a record component stands for in Cypher ({@code class_} is {@code row.class}).
     *
     * @param component a component of a {@link WriteRow} record
     * @return its field name
     */
    static String fieldName(RecordComponent component) {
        String name = component.getName();
        return name.endsWith("_") ? name.substring(0, name.length() - 1) : name;
    }

    /** A record as the driver's parameter map: nested records (a stated total's subjects) become maps too. */
    private static Map<String, Object> parameters(Record row) {
        RecordComponent[] components = COMPONENTS.computeIfAbsent(row.getClass(), java.lang.Class::getRecordComponents);
        Map<String, Object> map = new HashMap<>(components.length * 2);
        for (RecordComponent component : components) {
            map.put(fieldName(component), plain(value(component, row)));
        }
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Record nested) {
            return parameters(nested);
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Record) {
            return list.stream().map(GraphRows::plain).toList();
        }
        return value;
    }

    private static Object value(RecordComponent component, Record row) {
        try {
            return component.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of " + row.getClass(), e);
        }
    }
}
