package io.paddock.internal.cypher;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.neo4j.driver.types.Path;
import org.neo4j.driver.types.Relationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns driver values into plain Java values (maps, lists, strings, numbers, dates) that print as a table
 * and serialise as JSON: a node becomes its properties plus {@code _labels}, a relationship its properties
 * plus {@code _type}.
 */
public final class PlainValues {

    private PlainValues() {
    }

    /**
     * @param record a result record
     * @return its columns in order, as plain values
     */
    public static Map<String, Object> row(Record record) {
        Map<String, Object> row = new LinkedHashMap<>();
        record.keys().forEach(key -> row.put(key, plain(record.get(key))));
        return row;
    }

    /**
     * @param value a driver value
     * @return the plain Java equivalent
     */
    public static Object plain(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        Object object = value.asObject();
        return plainObject(object);
    }

    private static Object plainObject(Object object) {
        if (object instanceof Node node) {
            Map<String, Object> map = new LinkedHashMap<>();
            List<String> labels = new ArrayList<>();
            node.labels().forEach(labels::add);
            map.put("_labels", labels);
            node.asMap(PlainValues::plain).forEach(map::put);
            return map;
        }
        if (object instanceof Relationship relationship) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("_type", relationship.type());
            relationship.asMap(PlainValues::plain).forEach(map::put);
            return map;
        }
        if (object instanceof Path path) {
            List<Object> parts = new ArrayList<>();
            path.nodes().forEach(n -> parts.add(plainObject(n)));
            return parts;
        }
        if (object instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plainObject(v)));
            return copy;
        }
        if (object instanceof List<?> list) {
            return list.stream().map(PlainValues::plainObject).toList();
        }
        return object;
    }
}
