package io.paddock.cli;

import io.paddock.model.HolderKind;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import io.paddock.model.RecordTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code paddock records KIND}: a records table from the query facade.
 */
@Command(name = "records",
        header = "Records tables: wins, poles, podiums, streaks, titles and more.", mixinStandardHelpOptions = true,
        description = {"Print a records table, best first; ties share a rank. Every row says what its",
                "figure is based on: counted from results, entries or standings, a lap record as",
                "reported, or a total a source states (stated-totals: never mixed into counts).",
                "Under a counted ranking come the totals the sources state for the same metric and",
                "filters (all holder kinds unless --by is given), with their 'as of' and source, and",
                "a note wherever a stated total and the graph's count of the same thing differ.",
                "",
                "KIND:",
                "  wins                     most overall race wins",
                "  class-wins               most class wins",
                "  podiums                  most overall podiums (race positions 1 to 3)",
                "  class-podiums            most class podiums",
                "  poles                    most overall poles: starting-grid position 1 where F1DB gives",
                "                           the grid (2022's sprint weekends: the sprint's grid), else the",
                "                           fastest in qualifying; the unit says which",
                "  class-poles              most class poles",
                "  streaks                  longest runs of consecutive class wins, per driver",
                "  closest-finishes         smallest winning margins, overall or in class",
                "  lap-records              lap records per circuit (records, personal bests)",
                "  lap-record-improvements  biggest lap-record improvements, in seconds",
                "  titles                   most championship titles; every kind (drivers', teams',",
                "                           manufacturers') unless --by names one",
                "  starts                   most starts: races started (not a non-starter, non-qualifier",
                "                           or excluded car)",
                "  entries                  most entries: races entered, non-qualifiers too",
                "  fastest-laps             most fastest laps in a race",
                "  grand-slams              most grand slams (pole, win, fastest lap, every lap led)",
                "  driver-of-the-day        most driver-of-the-day awards (the fans' vote, since 2016)",
                "  stated-totals            totals the sources state, e.g. a season's wins",
                ""},
        footer = {"", "Examples:",
                "  paddock records wins",
                "  paddock records class-wins --by team --season 2011",
                "  paddock records poles --class LMP2 --sources",
                "  paddock records poles --series f1 --limit 3 --details",
                "  paddock records closest-finishes --json",
                "  paddock records titles --by team",
                "  paddock records wins --by manufacturer --series lemans",
                "  paddock records wins --by chassis-maker --series lemans",
                "  paddock records wins --by engine-maker --series f1",
                "  paddock records fastest-laps --by entrant --series f1 --season 2021",
                "  paddock records stated-totals --by manufacturer --season 2007"})
final class RecordsCommand extends QuestionCommand {

    @Parameters(index = "0", paramLabel = "KIND", converter = KindConverter.class,
            completionCandidates = KindNames.class, description = "Which record: ${COMPLETION-CANDIDATES}")
    RecordKind kind;

    @Option(names = "--by", paramLabel = "HOLDER", converter = HolderConverter.class,
            completionCandidates = HolderNames.class,
            description = "Count per ${COMPLETION-CANDIDATES} (default: driver; titles and stated-totals: every kind). "
                    + "A manufacturer is the marque the record books credit (a TWR Porsche's wins are Porsche's; "
                    + "seed/marque-credits.json), else the chassis maker; chassis-maker counts the chassis maker only. "
                    + "streaks and lap records are per driver; closest finishes belong to their event.")
    HolderKind by;

    @Option(names = "--details",
            description = "List every win, pole, podium or title behind a figure in the table; without it the table "
                    + "lists the first three and says how many more there are. JSON and CSV always list every one.")
    boolean details;

    /** How many of a record's events or championships a table lists without --details. */
    static final int FIRST_DETAILS = 3;
    /**
     * The records whose detail lists every event or championship counted, a hundred and more for an F1 career; the
     * others describe one figure in a few phrases (a finish, a lap record, a span of years), which a table keeps.
     */
    private static final Set<RecordKind> LISTS_WHAT_IT_COUNTS = EnumSet.of(RecordKind.WINS, RecordKind.CLASS_WINS,
            RecordKind.PODIUMS, RecordKind.CLASS_PODIUMS, RecordKind.POLES, RecordKind.CLASS_POLES, RecordKind.TITLES);

    @Override
    public Integer call() {
        PrintWriter out = out();
        RecordTable table = ask(paddock -> paddock.queries().recordTable(kind, by, filter.toFilter()));
        List<RecordRow> main = kind == RecordKind.STATED_TOTALS ? table.stated() : table.counted();
        // Which maker a maker's figure counts (the marque the record books credit, the chassis maker, the engine's):
        // said by every output, since the same --by manufacturer could mean either of the first two (ADR 0027).
        HolderKind maker = table.holder() != null && table.holder().maker() && kind != RecordKind.STATED_TOTALS
                ? table.holder() : null;
        Set<String> all = new LinkedHashSet<>();
        table.counted().forEach(row -> all.addAll(row.sources()));
        table.stated().forEach(row -> all.addAll(row.sources()));
        printAnswer(out, () -> {
            List<Map<String, Object>> rows = table(main, Integer.MAX_VALUE);
            if (maker != null) {
                rows.forEach(row -> row.put("counted per", maker.key() + ": " + maker.basis()));
            }
            return rows;
        }, () -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("record", kind.key());
            if (table.holder() != null) {
                json.put("holder", table.holder().key());
                json.put("holderBasis", table.holder().basis());
            }
            json.put("counted", table.counted().stream().map(RecordsCommand::json).toList());
            json.put("stated", table.stated().stream().map(RecordsCommand::json).toList());
            json.put("comparisons", table.comparisons());
            json.put("statedNote", table.statedNote());
            return Output.toJson(json);
        }, () -> {
            int shown = details || !LISTS_WHAT_IT_COUNTS.contains(kind) ? Integer.MAX_VALUE : FIRST_DETAILS;
            if (maker != null) {
                out.println("Counted per " + maker.key() + ": " + maker.basis() + ".");
            }
            out.print(Output.table(table(main, shown)));
            if (kind != RecordKind.STATED_TOTALS) {
                printStated(out, table);
            }
        }, List.copyOf(all));
        return 0;
    }

    /** The totals the sources state, under the counted ranking and apart from it, then where the two disagree. */
    private static void printStated(PrintWriter out, RecordTable table) {
        if (table.stated().isEmpty()) {
            if (table.statedNote() != null) {
                out.println();
                out.println(table.statedNote());
            }
            return;
        }
        out.println();
        out.println("Stated by the sources (totals as printed, not counted from the graph; same metric and filters):");
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean mixedHolders = table.stated().stream().map(r -> r.holder().kind()).distinct().count() > 1;
        for (RecordRow row : table.stated()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("rank", row.rank());
            line.put("holder", row.holder().name());
            if (mixedHolders) {
                line.put("kind", row.holder().kind());
            }
            line.put("value", row.value() == null ? null : row.value().toPlainString());
            line.put("metric", row.unit());
            line.put("as of", row.asOf() == null ? "not stated" : row.asOf());
            line.put("detail", new Listing(row.details(), Integer.MAX_VALUE));
            line.put("source", row.sources().stream().map(RecordsCommand::document).distinct()
                    .collect(Collectors.joining(", ")));
            rows.add(line);
        }
        out.print(Output.table(rows));
        table.comparisons().forEach(c -> out.println("Note: " + c.note()));
    }

    /** The document a source points into: an article's file id or a dataset file, without paragraph or line. */
    private static String document(String source) {
        int hash = source.indexOf('#');
        return hash < 0 ? source : source.substring(0, hash);
    }

    /**
     * Table rows headed by what they count: the holder column by holder kind, the value column by unit; a text table
     * lists the first {@code shown} phrases of each detail, CSV every one.
     */
    private static List<Map<String, Object>> table(List<RecordRow> rows, int shown) {
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
                // Stated totals mix metrics, titles kinds of championship: say per row what the figure counts.
                line.put("metric", row.unit());
            }
            line.put("detail", new Listing(row.details(), shown));
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
        if (!row.basis().counted()) {
            json.put("asOf", row.asOf());
        }
        return json;
    }

    /** Reads a value by its user-facing name; an unknown name is refused with the message its {@code fromKey} gives. */
    private abstract static class KeyConverter<T> implements ITypeConverter<T> {
        private final Function<String, T> fromKey;

        KeyConverter(Function<String, T> fromKey) {
            this.fromKey = fromKey;
        }

        @Override
        public T convert(String value) {
            try {
                return fromKey.apply(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Reads a KIND by its user-facing name ({@code class-wins}), not the enum constant's. */
    static final class KindConverter extends KeyConverter<RecordKind> {
        KindConverter() {
            super(RecordKind::fromKey);
        }
    }

    /** Reads {@code --by} by its user-facing name. */
    static final class HolderConverter extends KeyConverter<HolderKind> {
        HolderConverter() {
            super(HolderKind::fromKey);
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
