package io.paddock.importer;

import io.paddock.Paddock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole graph as sorted lines — every node with its labels and properties, every relationship with its ends
 * and properties — so two graphs compare for equality in a test (the migrations' own nodes and their links left out). List properties (sources, aliases) are sets
 * in the model and are compared sorted.
 */
public final class GraphExport {

    private GraphExport() {
    }

    public static List<String> of(Paddock paddock) {
        List<String> lines = new ArrayList<>();
        paddock.cypher("""
                MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__')
                RETURN labels(n) AS labels, properties(n) AS props""", Map.of())
                .forEach(r -> lines.add("node " + sorted(r.get("labels")) + " " + canonical(r.get("props"))));
        paddock.cypher("""
                MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__')
                RETURN labels(a)[0] + ':' + a.id AS from, type(r) AS type, labels(b)[0] + ':' + b.id AS to, properties(r) AS props""", Map.of())
                .forEach(r -> lines.add("rel " + r.get("from") + " -" + r.get("type") + "-> " + r.get("to") + " " + canonical(r.get("props"))));
        lines.sort(String::compareTo);
        return lines;
    }

    @SuppressWarnings("unchecked")
    private static String canonical(Object props) {
        Map<String, Object> sorted = new TreeMap<>();
        ((Map<String, Object>) props).forEach((k, v) -> sorted.put(k, v instanceof Collection<?> c ? sorted(c) : String.valueOf(v)));
        return sorted.toString();
    }

    private static List<String> sorted(Object list) {
        return ((Collection<?>) list).stream().map(String::valueOf).sorted().toList();
    }
}
