package io.paddock.importer;

import io.paddock.Paddock;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A whole graph as sorted lines — every node with its labels and properties, every relationship with its ends
 * and properties — so two graphs compare for equality in a test (the migrations' own nodes and their links left out). List properties (sources, aliases) are sets
 * in the model and are compared sorted. The record tallies (ADR 0043) are left out: they are derived from the rest,
 * and {@code TalliesFullDataIT} compares what they answer with the count from the results instead.
 */
public final class GraphExport {

    private GraphExport() {
    }

    public static List<String> of(Paddock paddock) {
        List<String> lines = new ArrayList<>();
        paddock.cypher("""
                MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__' OR l IN ['Tally', 'Tallies'])
                RETURN labels(n) AS labels, properties(n) AS props""", Map.of())
                .forEach(r -> lines.add("node " + sorted(r.get("labels")) + " " + canonical(r.get("props"))));
        paddock.cypher("""
                MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__' OR l IN ['Tally', 'Tallies'])
                RETURN labels(a)[0] + ':' + a.id AS from, type(r) AS type, labels(b)[0] + ':' + b.id AS to, properties(r) AS props""", Map.of())
                .forEach(r -> lines.add("rel " + r.get("from") + " -" + r.get("type") + "-> " + r.get("to") + " " + canonical(r.get("props"))));
        lines.sort(String::compareTo);
        return lines;
    }

    /**
     * The record tallies (ADR 0043) as sorted lines, one per tally: holder kind, scope, series, season, class, holder,
     * wins/podiums (poles/fastest in qualifying) and its lines' sort keys in order, so two rebuilds compare for equality.
     */
    public static List<String> tallies(Paddock paddock) {
        return paddock.cypher("""
                MATCH (t:Tally)-[:OF_HOLDER]->(h)
                RETURN t.holderKind + ' ' + t.scope + ' ' + t.seriesId + ' ' + t.year + ' ' + coalesce(t.classId, '-') + ' '
                       + h.id + ' ' + coalesce(t.wins, t.poles) + '/' + coalesce(t.podiums, t.fastest) + ' '
                       + reduce(s = '', k IN t.keys | s + k + ';') AS tally
                ORDER BY tally""", Map.of()).stream().map(r -> (String) r.get("tally")).toList();
    }

    /**
     * The SHA-256 of an export as a file of lines (each ended by a line feed), in hex: what {@code sha256sum} prints
     * for the file {@code AnyOrder} writes, so a whole graph compares by one short line.
     */
    public static String sha256(List<String> lines) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
