package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.model.HolderKind;
import io.paddock.model.RecordBasis;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import io.paddock.model.RecordTable;
import io.paddock.model.RecordTable.StatedVersusCounted;
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
import java.util.Optional;
import java.util.Set;
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
    private record Question(String query, String scope, boolean takesHolder, boolean takesEvent, Integer top) {

        Question(String query, String scope, boolean takesHolder, boolean takesEvent) {
            this(query, scope, takesHolder, takesEvent, null);
        }
    }

    /**
     * The stated-total metrics that speak of the same thing as a counted record ({@code classed}: true for totals
     * within a class, false for those without, null for both). Records without an entry have no stated counterpart.
     */
    private record StatedCounterpart(List<String> metrics, Boolean classed) {
    }

    private static final Map<RecordKind, StatedCounterpart> STATED = new EnumMap<>(Map.of(
            RecordKind.WINS, new StatedCounterpart(List.of("OVERALL_WINS"), null),
            RecordKind.CLASS_WINS, new StatedCounterpart(List.of("CLASS_WINS"), null),
            RecordKind.PODIUMS, new StatedCounterpart(List.of("PODIUMS"), false),
            RecordKind.CLASS_PODIUMS, new StatedCounterpart(List.of("PODIUMS"), true),
            RecordKind.POLES, new StatedCounterpart(List.of("OVERALL_POLES"), null),
            RecordKind.CLASS_POLES, new StatedCounterpart(List.of("CLASS_POLES"), null),
            RecordKind.CLASS_WIN_STREAKS, new StatedCounterpart(List.of("CONSECUTIVE_CLASS_WINS", "CONSECUTIVE_WINS"), null),
            RecordKind.TITLES, new StatedCounterpart(List.of("TITLES", "TITLES_DEFENDED"), null),
            RecordKind.STARTS, new StatedCounterpart(List.of("STARTS"), null)));

    /** Which counted record a stated metric can be checked against; the rest (streaks, titles defended) are not. */
    private static RecordKind countedKindOf(String metric, boolean inClass) {
        return switch (metric) {
            case "OVERALL_WINS" -> RecordKind.WINS;
            case "CLASS_WINS" -> RecordKind.CLASS_WINS;
            case "PODIUMS" -> inClass ? RecordKind.CLASS_PODIUMS : RecordKind.PODIUMS;
            case "OVERALL_POLES" -> RecordKind.POLES;
            case "CLASS_POLES" -> RecordKind.CLASS_POLES;
            case "TITLES" -> RecordKind.TITLES;
            case "STARTS" -> RecordKind.STARTS;
            default -> null;
        };
    }

    private static final Map<RecordKind, Question> QUESTIONS = new EnumMap<>(Map.ofEntries(
            Map.entry(RecordKind.WINS, new Question("records-wins", "overall", true, true)),
            Map.entry(RecordKind.CLASS_WINS, new Question("records-wins", "class", true, true)),
            Map.entry(RecordKind.PODIUMS, new Question("records-wins", "overall", true, true, 3)),
            Map.entry(RecordKind.CLASS_PODIUMS, new Question("records-wins", "class", true, true, 3)),
            Map.entry(RecordKind.POLES, new Question("records-poles", "overall", true, true)),
            Map.entry(RecordKind.CLASS_POLES, new Question("records-poles", "class", true, true)),
            Map.entry(RecordKind.CLASS_WIN_STREAKS, new Question("records-class-win-streaks", null, false, false)),
            Map.entry(RecordKind.CLOSEST_FINISHES, new Question("records-closest-finishes", null, false, true)),
            Map.entry(RecordKind.LAP_RECORDS, new Question("records-lap-records", null, false, true)),
            Map.entry(RecordKind.LAP_RECORD_IMPROVEMENTS,
                    new Question("records-lap-record-improvements", null, false, true)),
            Map.entry(RecordKind.TITLES, new Question("records-titles", null, true, false)),
            Map.entry(RecordKind.STARTS, new Question("records-starts", null, true, true)),
            Map.entry(RecordKind.ENTRIES, new Question("records-feats", "entries", true, true)),
            Map.entry(RecordKind.FASTEST_LAPS, new Question("records-feats", "fastest-laps", true, true)),
            Map.entry(RecordKind.GRAND_SLAMS, new Question("records-feats", "grand-slams", true, true)),
            Map.entry(RecordKind.DRIVER_OF_THE_DAY, new Question("records-feats", "driver-of-the-day", true, true)),
            Map.entry(RecordKind.STATED_TOTALS, new Question("records-stated-totals", null, true, false))));

    /** The records the writer keeps tallies for (ADR 0043): each has a {@code <file>-tallied.cypher} twin. */
    private static final Set<String> TALLIED = Set.of("records-wins", "records-poles", "records-starts");

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
        if (question.top() != null) {
            parameters.put("top", question.top());
        }
        if (TALLIED.contains(question.query()) && effective.event() == null) {
            Map<String, Object> filterParameters = context.filterParameters(effective);
            return ranked(kind, context.read(reads -> reads.run(
                    tallied(reads) ? question.query() + "-tallied" : question.query(), parameters, filterParameters)));
        }
        return ranked(kind, context.run(question.query(), parameters, effective));
    }

    /**
     * Whether the tallies the writer keeps can answer a win, podium or pole record (ADR 0043): asked in the record's own
     * transaction, so a write that marks them stale in between cannot slip through.
     */
    private static boolean tallied(QueryContext.Reads reads) {
        return reads.run("tallies-state", Map.of()).get(0).get("fresh").asBoolean();
    }

    RecordTable table(RecordKind kind, HolderKind holder, QueryFilter filter) {
        QueryFilter effective = filter == null ? QueryFilter.all() : filter;
        if (kind == RecordKind.STATED_TOTALS) {
            return new RecordTable(kind, List.of(), records(kind, holder, effective), List.of(), null, holder);
        }
        List<RecordRow> counted = records(kind, holder, effective);
        HolderKind countedPer = holderFor(kind, holder);
        StatedCounterpart counterpart = STATED.get(kind);
        if (counterpart == null) {
            return new RecordTable(kind, counted, List.of(), List.of(), null, countedPer);
        }
        if (effective.event() != null) {
            return new RecordTable(kind, counted, List.of(), List.of(),
                    "Totals the sources state belong to seasons and careers, not to one event: none listed.", countedPer);
        }
        // Without --by the stated totals of every holder kind are shown: "Porsche won eight" answers a wins
        // question as much as "Dumas won six" does.
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("holder", holder == null ? null : holder.key());
        parameters.put("metrics", counterpart.metrics());
        parameters.put("classed", counterpart.classed());
        List<Record> statedRows = context.run(QUESTIONS.get(RecordKind.STATED_TOTALS).query(), parameters, effective);
        List<RecordRow> stated = ranked(RecordKind.STATED_TOTALS, statedRows);
        List<StatedVersusCounted> comparisons = new ArrayList<>();
        Map<List<Object>, List<Record>> counts = new HashMap<>();   // one count per question, not per subject
        for (Record row : statedRows) {
            compare(row, counts).ifPresent(comparisons::add);
        }
        return new RecordTable(kind, counted, stated, comparisons,
                stated.isEmpty() ? "The sources state no total for this record and these filters." : null, countedPer);
    }

    /**
     * The graph's count for the holder, metric, season, series and class of one stated total, and a note where the
     * two differ; empty where they agree or the total has no counted counterpart (a streak, a span of years, the
     * wins at one circuit).
     */
    private Optional<StatedVersusCounted> compare(Record stated, Map<List<Object>, List<Record>> counts) {
        String classId = Columns.text(stated.get("classId"));
        RecordKind countedKind = countedKindOf(stated.get("metricKey").asString(), classId != null);
        String scope = stated.get("scope").asString();
        Integer season = stated.get("seasonYear").isNull() ? null : stated.get("seasonYear").asInt();
        boolean seasonal = (scope.equals("SEASON") || scope.equals("SEASON_SO_FAR")) && season != null;
        boolean atOneCircuit = !stated.get("circuitId").isNull();
        if (countedKind == null || atOneCircuit || !(seasonal || scope.equals("CAREER"))) {
            return Optional.empty();
        }
        HolderKind holderKind = HolderKind.fromKey(stated.get("holderKind").asString());
        if (!countedKind.holders().contains(holderKind)) {
            return Optional.empty();
        }
        Question question = QUESTIONS.get(countedKind);
        Map<String, Object> parameters = new HashMap<>();
        if (question.scope() != null) {
            parameters.put("scope", question.scope());
        }
        parameters.put("holder", holderKind.key());
        if (question.top() != null) {
            parameters.put("top", question.top());
        }
        parameters.put("season", seasonal ? season : null);
        parameters.put("seriesId", seasonal ? Columns.text(stated.get("seriesId")) : null);
        parameters.put("classId", classId);
        parameters.put("limit", Integer.MAX_VALUE);
        String holderId = stated.get("holderId").asString();
        List<Record> counted = counts.computeIfAbsent(List.of(question.query(), parameters),
                key -> context.run(question.query(), parameters, QueryFilter.all()));
        long count = counted.stream()
                .filter(r -> holderId.equals(r.get("holderId").asString()))
                .mapToLong(r -> r.get("value").asLong()).findFirst().orElse(0);
        long value = stated.get("value").asLong();
        String asOf = Columns.text(stated.get("asOfEvent"));
        if (count == value || (count > value && asOf != null)) {
            // A total "so far" can be passed by results after it: more counted than stated is no contradiction.
            return Optional.empty();
        }
        Ref holder = new Ref(holderKind.key(), holderId, stated.get("holder").asString());
        String metric = stated.get("unit").asString();
        String stretch = seasonal
                ? "the " + season + " season" + (scope.equals("SEASON_SO_FAR") && asOf != null ? " up to " + asOf : "")
                : "the career" + (asOf != null ? " up to " + asOf : "");
        String why = count < value
                ? "the graph holds only some of " + (seasonal ? "that season's" : "those") + " results"
                : "the graph counts more than the source states: one of them is wrong or counts differently";
        String note = holder.name() + ": " + value + " " + metric + " in " + stretch + " stated, " + count
                + " counted — " + why + ".";
        return Optional.of(new StatedVersusCounted(holder, metric, stretch, value, count, note));
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
            ranked.add(new RecordRow(kind, rank, holder, value, row.get("unit").asString(), details(row.get("detail")),
                    RecordBasis.valueOf(row.get("basis").asString()), Columns.sources(row),
                    row.containsKey("asOfEvent") ? Columns.text(row.get("asOfEvent")) : null));
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

    /** The files give the context as a list of short phrases (or one string). */
    private static List<String> details(Value value) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.asObject() instanceof List<?>) {
            return value.asList(Value::asString);
        }
        return List.of(value.asString());
    }
}
