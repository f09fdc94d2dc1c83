package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.PaddockException;
import io.paddock.importer.ImportReport;
import io.paddock.importer.Rejection;
import io.paddock.importer.YearRange;
import io.paddock.load.WriteProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code paddock import ergast|lemans DIR}: import an open dataset into the graph.
 */
@Command(name = "import",
        header = "Import F1DB, Ergast (Formula 1) or Le Mans data into the graph.", mixinStandardHelpOptions = true,
        description = {"Import an open dataset into the graph: Formula 1 from F1DB or in the Ergast CSV layout, or the 24 Hours of Le Mans.",
                "The whole dataset is read and checked first; rows with a bad value are left out and listed.",
                "People are resolved against the graph and the shipped registry: one person, one node.",
                "Importing the same data again changes nothing; an import that was stopped or killed completes when run again, to the graph a clean import makes.",
                "With --verbose, a line for every batch (one write transaction) as it is written.",
                "Exit code: 0 imported; 3 imported, with rows left out (listed on stderr); 1 refused, nothing written; 2 bad usage."},
        subcommands = {ImportCommand.Ergast.class, ImportCommand.F1db.class, ImportCommand.LeMans.class},
        footer = {"", "Examples:", "  paddock import ergast ../shared/data/ergast-f1-csv",
                "  paddock import f1db target/f1db/src/data",
                "  paddock import lemans ../shared/data/lemans24 --from 2000 --to 2010"})
final class ImportCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Exit code of an import that wrote the good rows and left out (and listed) others; 2 is picocli's bad usage. */
    static final int ROWS_REJECTED = 3;

    /** What both dataset commands share. */
    abstract static class DatasetCommand extends GraphCommand {

        @Mixin
        CsvOption csv;

        @Parameters(paramLabel = "DIR", description = "The dataset folder")
        Path dir;

        @Option(names = "--from", paramLabel = "YEAR", description = "First season to import (default: the first)")
        Integer from;

        @Option(names = "--to", paramLabel = "YEAR", description = "Last season to import (default: the last)")
        Integer to;

        @Option(names = "--batch-size", paramLabel = "ROWS", description = "Rows per write transaction (default: ${DEFAULT-VALUE})")
        int batchSize = io.paddock.internal.load.GraphWriter.DEFAULT_BATCH_SIZE;

        @Option(names = "--show-rejected", description = "List every rejected row (default: the first 20)")
        boolean showRejected;

        abstract ImportReport importWith(Paddock paddock, YearRange years, Consumer<WriteProgress> progress);

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (from != null && to != null && from > to) {
                throw new PaddockException("--from " + from + " is after --to " + to + ": no season is in that range (swap them?)");
            }
            err.println("Reading " + dir + " and importing into " + connection.target() + " …");
            ImportReport report;
            try (Paddock paddock = connection.open()) {
                Progress progress = new Progress(err, CommandContext.interactive(), verbose.verbose);
                report = importWith(paddock, new YearRange(from, to), progress);
                progress.done();
            }
            print(out(), err, report);
            // Scripts must be able to tell "imported, but rows were left out" from a clean import (0) and a refusal (1).
            return report.rejected().isEmpty() ? 0 : ROWS_REJECTED;
        }

        private void print(PrintWriter out, PrintWriter err, ImportReport report) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("dataset", report.dataset());
            summary.put("rowsRead", report.totalRowsRead());
            summary.put("rowsRejected", report.rejected().size());
            summary.put("people", report.people().size());
            report.verdicts().forEach((verdict, count) -> summary.put(verdict.name().toLowerCase(java.util.Locale.ROOT), count));
            summary.put("nodesCreated", report.written().nodesCreated());
            summary.put("relationshipsCreated", report.written().relationshipsCreated());
            summary.put("rowsWritten", report.written().rows().values().stream().mapToInt(Integer::intValue).sum());
            summary.put("seconds", Math.round(report.took().toMillis() / 100.0) / 10.0);
            summary.put("rowsPerSecond", Math.round(report.totalRowsRead() / Math.max(0.001, report.took().toMillis() / 1000.0)));
            summary.put("peakHeapMB", peakHeapMegabytes());
            if (!report.changes().isEmpty()) {
                summary.put("changes", report.changes());
            }
            if (output.json) {
                summary.put("rowsReadPerFile", report.rowsRead());
                summary.put("rejected", report.rejected().stream().map(Rejection::toString).toList());
                out.println(Output.toJson(summary));
                return;
            }
            Map<String, Object> table = new LinkedHashMap<>(summary);
            table.remove("changes");
            csv.rows(out, output, List.of(table));
            report.changes().forEach(line -> out.println("  " + line));
            List<Rejection> rejected = report.rejected();
            if (!rejected.isEmpty()) {
                err.println("Rejected rows (" + rejected.size() + "):");
                rejected.stream().limit(showRejected ? Long.MAX_VALUE : 20).forEach(r -> err.println("  " + r));
                if (!showRejected && rejected.size() > 20) {
                    err.println("  … " + (rejected.size() - 20) + " more (--show-rejected lists them all)");
                }
            }
        }

        private static long peakHeapMegabytes() {
            long peak = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                    peak += pool.getPeakUsage().getUsed();
                }
            }
            return peak / (1024 * 1024);
        }
    }

    @Command(name = "ergast", mixinStandardHelpOptions = true,
            description = {"Import Formula 1 from a folder in the Ergast CSV layout (races.csv, results.csv, qualifying.csv …).",
                    "Seasons, races, qualifying (where qualifying.csv has none: the starting grid, marked inferred), sprints (2021+),", "entries, results with pit-stop figures, titles (final standings)."},
            footer = {"", "Example:", "  paddock import ergast ../shared/data/ergast-f1-csv"})
    static final class Ergast extends DatasetCommand {
        @Override
        ImportReport importWith(Paddock paddock, YearRange years, Consumer<WriteProgress> progress) {
            return paddock.importer().batchSize(batchSize).ergast(dir, years, progress);
        }
    }

    @Command(name = "f1db", mixinStandardHelpOptions = true,
            description = {"Import Formula 1 from F1DB's source files: DIR is F1DB's src/data folder, or a checkout holding it.",
                    "Entrants, chassis, engines and tyre makers; every session (practice, qualifying and its parts, sprint, race);",
                    "the grid with penalties, fastest laps, pit stops, driver of the day, grand slams; standings after every round.",
                    "It describes the same races, cars and people as the Ergast import (in any order) and wins where they disagree.",
                    "F1DB is CC BY 4.0: name F1DB (https://github.com/f1db/f1db) wherever its data is shown."},
            footer = {"", "Example:", "  tar xJf ../shared/data/f1db/f1db-src-data.tar.xz -C target/f1db",
                    "  paddock import f1db target/f1db/src/data"})
    static final class F1db extends DatasetCommand {
        @Override
        ImportReport importWith(Paddock paddock, YearRange years, Consumer<WriteProgress> progress) {
            return paddock.importer().batchSize(batchSize).f1db(dir, years, progress);
        }
    }

    @Command(name = "lemans", mixinStandardHelpOptions = true,
            description = {"Import the 24 Hours of Le Mans from a folder with results_in.csv, races.csv and circuits.csv.",
                    "Every edition (cancelled ones marked), entries with class, team, car, engine, tyres and crew, results."},
            footer = {"", "Example:", "  paddock import lemans ../shared/data/lemans24"})
    static final class LeMans extends DatasetCommand {
        @Override
        ImportReport importWith(Paddock paddock, YearRange years, Consumer<WriteProgress> progress) {
            return paddock.importer().batchSize(batchSize).lemans(dir, years, progress);
        }
    }

    /**
     * A progress bar with rows/s and ETA on a terminal; a plain line per statement otherwise. With {@code --verbose},
     * also a line per batch as its transaction commits ({@code   crew batch 2 of 6 written: rows 5,001–10,000 of
     * 27,179}), in place of the bar: the next batch starts right after that line, so a person (or a script) reading
     * the log knows which batch was in flight when an import stopped.
     */
    static final class Progress implements Consumer<WriteProgress> {
        private final PrintWriter err;
        private final boolean terminal;
        private final boolean batches;
        private String lastStatement;
        private WriteProgress last;
        private java.time.Duration statementStart = java.time.Duration.ZERO;

        Progress(PrintWriter err, boolean terminal) {
            this(err, terminal, false);
        }

        Progress(PrintWriter err, boolean terminal, boolean batches) {
            this.err = err;
            this.terminal = terminal && !batches;
            this.batches = batches;
        }

        @Override
        public void accept(WriteProgress p) {
            if (terminal) {
                int width = 30;
                int filled = (int) (width * p.rowsDone() / Math.max(1, p.rowsTotal()));
                err.print("\r  [" + "#".repeat(filled) + " ".repeat(width - filled) + "] "
                        + String.format("%3d%% %-14s %,8.0f rows/s  ETA %ds   ", 100 * p.rowsDone() / Math.max(1, p.rowsTotal()),
                        p.statement(), p.rowsPerSecond(), p.remaining().toSeconds()));
                err.flush();
            } else if (lastStatement != null && !lastStatement.equals(p.statement())) {
                line(last);
            }
            if (batches) {
                err.println(String.format(java.util.Locale.ROOT, "  %s batch %,d of %,d written: rows %,d–%,d of %,d", p.statement(),
                        p.batch(), p.batches(), p.batchFirstRow(), p.statementRowsDone(), p.statementRows()));
            }
            lastStatement = p.statement();
            last = p;
        }

        void done() {
            if (terminal) {
                err.println();
            } else if (last != null) {
                line(last);
            }
        }

        private void line(WriteProgress p) {
            err.println(String.format("  %-14s done in %5.1f s: %,d of %,d rows, %,.0f rows/s so far", p.statement(),
                    (p.elapsed().toMillis() - statementStart.toMillis()) / 1000.0, p.rowsDone(), p.rowsTotal(), p.rowsPerSecond()));
            statementStart = p.elapsed();
        }
    }
}
