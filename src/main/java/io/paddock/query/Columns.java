package io.paddock.query;

import io.paddock.model.EventRef;
import io.paddock.model.Ref;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.List;

/**
 * Reading result columns where the data may be silent: a missing value stays {@code null} (unknown), a missing
 * list stays empty.
 */
final class Columns {

    private Columns() {
    }

    static String text(Value v) {
        return v == null || v.isNull() ? null : v.asString();
    }

    static Integer integer(Value v) {
        return v == null || v.isNull() ? null : v.asNumber().intValue();
    }

    static Double decimal(Value v) {
        return v == null || v.isNull() ? null : v.asNumber().doubleValue();
    }

    static List<String> strings(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(Value::asString);
    }

    static List<Integer> integers(Value v) {
        return v == null || v.isNull() ? List.of() : v.asList(x -> x.asNumber().intValue());
    }

    /** A series from its id and name columns; null when the event has none. */
    static Ref series(Value id, Value name) {
        return id == null || id.isNull() ? null : new Ref("series", id.asString(), text(name));
    }

    /**
     * The {@code sources} column every query returns, in reading order: the order the query collected them in depends
     * on its plan, and an answer must not change when only the way it is computed does (ADR 0041).
     */
    static List<String> sources(Record r) {
        return QueryContext.sources(List.of(strings(r.get("sources"))));
    }

    /** An event from an {@code {id, name, season, round, date}} map; null for a null map. */
    static EventRef eventRef(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return new EventRef(v.get("id").asString(), text(v.get("name")),
                v.get("season").isNull() ? null : v.get("season").asInt(),
                v.get("round").isNull() ? null : v.get("round").asInt(),
                v.get("date").isNull() ? null : v.get("date").asLocalDate());
    }
}
