package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.PaddockException;
import io.paddock.export.ExportFormat;
import io.paddock.export.ExportResult;
import io.paddock.export.ExportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock export [TABLE…]}: tidy tables for analysis tools, as CSV or JSON Lines.
 */
@Command(name = "export",
        header = "Write tidy tables (CSV or JSON Lines) for pandas, R or DuckDB.", mixinStandardHelpOptions = true,
        description = {"Write tidy tables for pandas, R, DuckDB or a spreadsheet: one file per table",
                "into a directory, or one table to standard output. Every row has ids and names;",
                "unknown values are empty (CSV) or null (JSON Lines); 'sources' says where each",
                "fact comes from. The columns of every table: docs/export.md.",
                "",
                "TABLE:",
                "  results    one row per driver per entry per session: position, status, laps",
                "  entries    one row per entry (a car at an event): number, class, team, crew",
                "  drivers    one row per driver: nationality, birth date, entries, seasons",
                "  events     one row per event: series, season, round, date, circuit, sessions",
                "  standings  one row per championship standing: holder, position, points, title",
                ""},
        footer = {"", "Without TABLE, every table is written into --out (default ./paddock-export);",
                "one TABLE without --out goes to standard output.",
                "", "Examples:",
                "  paddock export                                  # all tables as CSV into ./paddock-export",
                "  paddock export --format jsonl --out data/       # all tables as JSON Lines into data/",
                "  paddock export results > results.csv            # one table to standard output",
                "  paddock export drivers standings --out data/"})
final class ExportCommand extends GraphCommand {

    /** Where every table goes when no --out is given and more than one table is asked for. */
    static final Path DEFAULT_DIRECTORY = Path.of("paddock-export");

    @Parameters(paramLabel = "TABLE", arity = "0..*",
            description = "Which tables (default: all): results, entries, drivers, events, standings")
    List<String> tables = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "csv (default; lists joined by |) or jsonl (JSON Lines: one object per row)")
    String format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write one file per table, <table>.<format>, into DIR (created when missing; files replaced)")
    Path out;

    @Override
    public Integer call() {
        // Check what was asked before starting a database: a typo is one line, at once.
        ExportFormat exportFormat = ExportFormat.of(format);
        List<ExportTable> chosen = chosenTables();
        boolean toStandardOutput = out == null && tables.size() == 1;
        if (toStandardOutput && output.json) {
            throw new PaddockException("--json formats the summary of an export into files; "
                    + "for JSON rows on standard output use --format jsonl");
        }
        PrintWriter stdout = out();
        try (Paddock paddock = connection.open()) {
            if (toStandardOutput) {
                paddock.exporter().write(chosen.get(0), exportFormat, stdout);
                return 0;
            }
            List<ExportResult> written = paddock.exporter().writeFiles(out == null ? CommandContext.cwd().resolve(DEFAULT_DIRECTORY) : out, exportFormat, chosen);
            if (output.json) {
                stdout.println(Output.toJson(written.stream().map(ExportCommand::summary).toList()));
            } else {
                stdout.print(Output.table(written.stream().map(ExportCommand::summary).toList()));
            }
            stdout.flush();
        }
        return 0;
    }

    private List<ExportTable> chosenTables() {
        if (tables.isEmpty()) {
            return Arrays.asList(ExportTable.values());
        }
        LinkedHashSet<ExportTable> chosen = new LinkedHashSet<>();
        for (String name : tables) {
            chosen.add(ExportTable.of(name));
        }
        return List.copyOf(chosen);
    }

    private static Map<String, Object> summary(ExportResult result) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("table", result.table().key());
        row.put("file", result.file().toString());
        row.put("rows", result.rows());
        row.put("columns", result.columns().size());
        row.put("seconds", result.millis() / 1000.0);
        return row;
    }
}
