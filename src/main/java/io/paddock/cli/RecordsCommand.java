package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.model.HolderKind;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code paddock records KIND}: a records table from the query facade.
 */
@Command(name = "records", mixinStandardHelpOptions = true,
        description = {"Print a records table, best first; ties share a rank. Every row says what its",
                "figure is based on: counted from results, entries or standings, a lap record as",
                "reported, or a total a source states (stated-totals: never mixed into counts).",
                "",
                "KIND:",
                "  wins                     most overall race wins",
                "  class-wins               most class wins",
                "  poles                    most overall poles (fastest in qualifying)",
                "  class-poles              most class poles",
                "  streaks                  longest runs of consecutive class wins, per driver",
                "  closest-finishes         smallest winning margins, overall or in class",
                "  lap-records              lap records per circuit (records, personal bests)",
                "  lap-record-improvements  biggest lap-record improvements, in seconds",
                "  titles                   most championship titles",
                "  starts                   most starts (events entered)",
                "  stated-totals            totals the sources state, e.g. a season's wins",
                ""},
        footer = {"", "Examples:",
                "  paddock records wins",
                "  paddock records class-wins --by team --season 2011",
                "  paddock records poles --class LMP2 --sources",
                "  paddock records closest-finishes --json",
                "  paddock records titles --by team",
                "  paddock records stated-totals --by manufacturer --season 2007"})
final class RecordsCommand extends QuestionCommand {

    @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class,
            completionCandidates = KindNames.class, description = "Which record: ${COMPLETION-CANDIDATES}")
    RecordKind kind;

    @Option(names = "--by", paramLabel = "HOLDER", converter = HolderConverter.class,
            completionCandidates = HolderNames.class,
            description = "Count per ${COMPLETION-CANDIDATES} (default: driver; stated-totals: every kind). "
                    + "streaks and lap records are per driver; closest finishes belong to their event.")
    HolderKind by;

    @Mixin
    CsvOption csv;

    @Override
    public Integer call() {
        PrintWriter out = out();
        List<RecordRow> rows;
        try (Paddock paddock = connection.open()) {
            rows = paddock.queries().records(kind, by, filter.toFilter());
        }
        if (csv.requested(output)) {
            out.print(Output.csv(table(rows)));
        } else if (output.json) {
            out.println(Output.toJson(rows.stream().map(RecordsCommand::json).toList()));
        } else {
            out.print(Output.table(table(rows)));
            Set<String> all = new LinkedHashSet<>();
            rows.forEach(row -> all.addAll(row.sources()));
            sources.print(out, List.copyOf(all));
        }
        out.flush();
        return 0;
    }

    /** Table rows headed by what they count: the holder column by holder kind, the value column by unit. */
    private static List<Map<String, Object>> table(List<RecordRow> rows) {
        String holderHeader = common(rows.stream().map(r -> r.holder().kind()).toList(), "holder");
        String units = common(rows.stream().map(RecordRow::unit).toList(), null);
        String valueHeader = units == null ? "value" : units;
        List<Map<String, Object>> table = new ArrayList<>();
        for (RecordRow row : rows) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("rank", row.rank());
            line.put(holderHeader, row.holder().name());
            line.put(valueHeader, row.value() == null ? null : row.value().toPlainString());
            if (units == null) {
                // Stated totals mix metrics: say per row what the figure counts.
                line.put("metric", row.unit());
            }
            line.put("detail", row.detail());
            line.put("basis", row.basis().description());
            table.add(line);
        }
        return table;
    }

    private static String common(List<String> values, String otherwise) {
        return values.stream().distinct().count() == 1 ? values.get(0) : otherwise;
    }

    private static Map<String, Object> json(RecordRow row) {
        Map<String, Object> holder = new LinkedHashMap<>();
        holder.put("kind", row.holder().kind());
        holder.put("id", row.holder().id());
        holder.put("name", row.holder().name());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("record", row.kind().key());
        json.put("rank", row.rank());
        json.put("holder", holder);
        json.put("value", row.value());
        json.put("unit", row.unit());
        json.put("detail", row.detail());
        json.put("basis", row.basis().name());
        json.put("sources", row.sources());
        return json;
    }

    /** Reads a KIND by its user-facing name ({@code class-wins}), not the enum constant's. */
    static final class KindConverter implements ITypeConverter<RecordKind> {
        @Override
        public RecordKind convert(String value) {
            try {
                return RecordKind.fromKey(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads {@code --by} by its user-facing name. */
    static final class HolderConverter implements ITypeConverter<HolderKind> {
        @Override
        public HolderKind convert(String value) {
            try {
                return HolderKind.fromKey(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** The KIND names for help and shell completion, straight from {@link RecordKind}. */
    static final class KindNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(RecordKind.values()).map(RecordKind::key).iterator();
        }
    }

    /** The {@code --by} names for help and shell completion. */
    static final class HolderNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(HolderKind.values()).map(HolderKind::key).iterator();
        }
    }
}
