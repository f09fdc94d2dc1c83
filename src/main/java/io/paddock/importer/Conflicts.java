package io.paddock.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The values two sources' mappings give differently for the same facts (same ids): results (status, position,
 * laps, grid, points, time), drivers (date of birth, nationality) and standings (position, points). Read from the
 * mappings, before and without a database; the preferred source is the one with the higher precedence.
 */
final class Conflicts {

    private record Kind(String name, String statement, List<String> fields, Function<Map<String, Object>, String> id) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("result", "results", List.of("status", "position", "laps", "grid", "points", "timeSeconds"),
                    row -> (String) row.get("id")),
            new Kind("driver", "drivers", List.of("birthDate", "nationality"), row -> (String) row.get("id")),
            new Kind("standing", "standings", List.of("position", "points"),
                    row -> row.get("championship") + "/" + row.get("holderId") + "/" + Objects.requireNonNullElse(row.get("asOfEvent"), "final")));

    private Conflicts() {
    }

    static List<Conflict> between(Mapping a, Mapping b) {
        Mapping preferred = a.precedence >= b.precedence ? a : b;
        Mapping other = preferred == a ? b : a;
        List<Conflict> conflicts = new ArrayList<>();
        for (Kind kind : KINDS) {
            Map<String, Map<String, Object>> theirs = new HashMap<>();
            other.rows.of(kind.statement()).forEach(row -> theirs.putIfAbsent(kind.id().apply(row), row));
            for (Map<String, Object> mine : preferred.rows.of(kind.statement())) {
                Map<String, Object> their = theirs.get(kind.id().apply(mine));
                if (their == null || mine.get("inferred") != null || their.get("inferred") != null) {
                    continue;
                }
                for (String field : kind.fields()) {
                    Object kept = mine.get(field);
                    Object otherValue = their.get(field);
                    if (kept != null && otherValue != null && !same(kept, otherValue)) {
                        conflicts.add(new Conflict(kind.name(), kind.id().apply(mine), field, text(kept), preferred.dataset,
                                text(otherValue), other.dataset));
                    }
                }
            }
        }
        return conflicts;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Math.abs(x.doubleValue() - y.doubleValue()) < 1e-9;
        }
        return a.toString().equals(b.toString());
    }

    private static String text(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return String.valueOf(d.longValue());
        }
        return value.toString();
    }
}
