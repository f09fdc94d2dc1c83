package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.model.HolderKind;
import io.paddock.model.RecordBasis;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import io.paddock.model.Ref;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Records: wins, poles, streaks, closest finishes, lap records, titles, starts and stated totals, one
 * {@code records-*.cypher} file each. Every file returns the same columns (holderKind, holderId, holder, value,
 * unit, detail, basis, sources; optionally rankedWithin), best row first, so one mapping serves them all and the
 * ranks are worked out here.
 */
final class RecordQueries {

    /**
     * Which file answers a kind, with which scope, whether the file takes a {@code $holder}, and whether it can be
     * narrowed to one event (titles and stated totals belong to seasons, a streak spans events).
     */
    private record Question(String query, String scope, boolean takesHolder, boolean takesEvent) {
    }

    private static final Map<RecordKind, Question> QUESTIONS = new EnumMap<>(Map.ofEntries(
            Map.entry(RecordKind.WINS, new Question("records-wins", "overall", true, true)),
            Map.entry(RecordKind.CLASS_WINS, new Question("records-wins", "class", true, true)),
            Map.entry(RecordKind.POLES, new Question("records-poles", "overall", true, true)),
            Map.entry(RecordKind.CLASS_POLES, new Question("records-poles", "class", true, true)),
            Map.entry(RecordKind.CLASS_WIN_STREAKS, new Question("records-class-win-streaks", null, false, false)),
            Map.entry(RecordKind.CLOSEST_FINISHES, new Question("records-closest-finishes", null, false, true)),
            Map.entry(RecordKind.LAP_RECORDS, new Question("records-lap-records", null, false, true)),
            Map.entry(RecordKind.LAP_RECORD_IMPROVEMENTS,
                    new Question("records-lap-record-improvements", null, false, true)),
            Map.entry(RecordKind.TITLES, new Question("records-titles", null, true, false)),
            Map.entry(RecordKind.STARTS, new Question("records-starts", null, true, true)),
            Map.entry(RecordKind.STATED_TOTALS, new Question("records-stated-totals", null, true, false))));

    private final QueryContext context;

    RecordQueries(QueryContext context) {
        this.context = context;
    }

    List<RecordRow> records(RecordKind kind, HolderKind holder, QueryFilter filter) {
        Objects.requireNonNull(kind, "kind");
        HolderKind counted = holderFor(kind, holder);
        Question question = QUESTIONS.get(kind);
        QueryFilter effective = filter == null ? QueryFilter.all() : filter;
        if (effective.event() != null && !question.takesEvent()) {
            // Dropping the filter silently would answer a different question than the one asked.
            throw new PaddockException("The " + kind.key() + " record has no event filter: "
                    + "it spans seasons, not one event");
        }
        Map<String, Object> parameters = new HashMap<>();
        if (question.scope() != null) {
            parameters.put("scope", question.scope());
        }
        if (question.takesHolder()) {
            parameters.put("holder", counted == null ? null : counted.key());
        }
        List<Record> rows = context.run(question.query(), parameters, effective);
        return ranked(kind, rows);
    }

    private static HolderKind holderFor(RecordKind kind, HolderKind asked) {
        if (asked == null) {
            return kind.defaultHolder();
        }
        if (!kind.holders().contains(asked)) {
            String possible = kind.holders().isEmpty()
                    ? "it belongs to its event"
                    : "it is counted per "
                            + kind.holders().stream().map(HolderKind::key).collect(Collectors.joining(" or "));
            throw new PaddockException("The " + kind.key() + " record cannot be counted per " + asked.key() + ": "
                    + possible);
        }
        return asked;
    }

    /**
     * Competition ranking ("1, 1, 3") over rows that arrive best first, restarted for every {@code rankedWithin}
     * group; a row without a value cannot tie, so it ranks by its position.
     */
    private static List<RecordRow> ranked(RecordKind kind, List<Record> rows) {
        List<RecordRow> ranked = new ArrayList<>();
        String group = null;
        BigDecimal previous = null;
        int position = 0;
        int rank = 0;
        for (Record row : rows) {
            String rowGroup = row.containsKey("rankedWithin") ? Columns.text(row.get("rankedWithin")) : null;
            if (position == 0 || !Objects.equals(rowGroup, group)) {
                group = rowGroup;
                position = 0;
                previous = null;
            }
            position++;
            BigDecimal value = decimal(row.get("value"));
            if (value == null || previous == null || value.compareTo(previous) != 0) {
                rank = position;
            }
            previous = value;
            Ref holder = new Ref(row.get("holderKind").asString(), row.get("holderId").asString(),
                    row.get("holder").asString());
            ranked.add(new RecordRow(kind, rank, holder, value, row.get("unit").asString(), detail(row.get("detail")),
                    RecordBasis.valueOf(row.get("basis").asString()), Columns.sources(row)));
        }
        return ranked;
    }

    /** Counts arrive as integers, margins and lap times as floats; BigDecimal keeps both exactly as printed. */
    private static BigDecimal decimal(Value value) {
        if (value == null || value.isNull()) {
            return null;
        }
        Object number = value.asObject();
        if (number instanceof Long count) {
            return BigDecimal.valueOf(count);
        }
        return BigDecimal.valueOf(value.asDouble());
    }

    /** The files give the context as a list of short phrases (or one string); a row shows them as one line. */
    private static String detail(Value value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.asObject() instanceof List<?>) {
            return String.join("; ", value.asList(Value::asString));
        }
        return value.asString();
    }
}
