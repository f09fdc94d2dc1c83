package io.paddock.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.paddock.Paddock;
import io.paddock.importer.ImportReport;
import io.paddock.importer.YearRange;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the Ergast F1 data into a fresh in-process Neo4j three ways in one run, rounds in rotating order:
 * Paddock's importer, Neo4j's own {@code LOAD CSV … CALL {…} IN TRANSACTIONS OF 1000 ROWS}, and a naive loader (one
 * auto-commit MERGE statement per row over Bolt) on a fixed subset. All three on the same "core" copy of the data
 * (target/bench/ergast-core: the Ergast folder with pit stops and standings cut to their header, because the hand-written
 * loaders do not load those), so they read the same rows; Paddock on the complete folder is measured too.
 */
final class LoadBenchmark {

    static final List<String> CORE_FILES = List.of("circuits.csv", "races.csv", "constructors.csv", "drivers.csv",
            "results.csv", "sprint_results.csv", "qualifying.csv");
    private static final List<String> HEADER_ONLY = List.of("pit_stops.csv", "driver_standings.csv", "constructor_standings.csv");

    private final Path ergast;
    private final Path work;
    private final int rounds;
    private final int naiveResults;

    LoadBenchmark(Path ergast, Path work, int rounds, int naiveResults) {
        this.ergast = ergast;
        this.work = work;
        this.rounds = rounds;
        this.naiveResults = naiveResults;
    }

    /** A fresh server: page cache 512 MiB (pitfall 1), LOAD CSV reading from the core folder (pitfall 5). */
    static Neo4j server(Path dir, Path csvRoot) {
        return Neo4jBuilders.newInProcessBuilder(dir)
                .withDisabledServer()
                .withConfig(io.paddock.TestNeo4j.QUIET_PERIOD, io.paddock.TestNeo4j.noQuietPeriod())
                .withConfig(GraphDatabaseSettings.pagecache_memory, 512L * 1024 * 1024)
                .withConfig(GraphDatabaseSettings.load_csv_file_url_root, csvRoot.toAbsolutePath().normalize())
                .build();
    }

    private record Run(double seconds, long rows, long nodes, long relationships, double writeSeconds, Map<String, Double> statements) {
    }


    void run(Path out, Path report) throws IOException {
        Path core = coreCopy();
        long coreRows = 0;
        for (String f : CORE_FILES) {
            coreRows += dataRows(core.resolve(f), Integer.MAX_VALUE);
        }
        // The naive subset: every row of the small files, then the first naiveResults rows of results.csv.
        long naiveRows = coreRows - dataRows(core.resolve("results.csv"), Integer.MAX_VALUE)
                - dataRows(core.resolve("sprint_results.csv"), Integer.MAX_VALUE)
                - dataRows(core.resolve("qualifying.csv"), Integer.MAX_VALUE) + naiveResults;

        // Warm-up, not counted: each variant once on a small piece, so JIT and the plan cache are not billed to round 1.
        System.out.println("load: warm-up");
        paddock(core, new YearRange(2019, 2020));
        naive(core, 300);
        loadCsv(core, List.of("circuits.csv", "races.csv", "constructors.csv", "drivers.csv"));

        Map<String, List<Run>> runs = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(List.of("paddock", "loadcsv", "naive", "paddock-all"));
        for (int round = 0; round < rounds; round++) {
            for (String variant : order) {
                System.out.printf("load: round %d %s (load %s)%n", round + 1, variant, Table.load());
                Run r = switch (variant) {
                    case "paddock" -> paddock(core, YearRange.all());
                    case "paddock-all" -> paddock(ergast, YearRange.all());
                    case "loadcsv" -> loadCsv(core, CORE_FILES);
                    default -> naive(core, naiveResults);
                };
                System.out.printf("      %.1f s (writer %.1f s), %,d rows, %,.0f rows/s %s%n", r.seconds, r.writeSeconds, r.rows,
                        r.rows / r.seconds, r.statements);
                runs.computeIfAbsent(variant, k -> new ArrayList<>()).add(r);
            }
            order.add(order.remove(0));
        }
        double paddock = best(runs.get("paddock"), coreRows);
        double loadCsv = best(runs.get("loadcsv"), coreRows);
        double naive = best(runs.get("naive"), naiveRows);
        Table t = new Table("load", "Load: Ergast F1 into a fresh database (load " + Table.load() + ")",
                "loader", "rows", "best s", "of which writing s", "rows/s", "Paddock ÷ it", "nodes", "relationships");
        add(t, "Paddock importer (core files)", runs.get("paddock"), coreRows, paddock);
        add(t, "LOAD CSV … IN TRANSACTIONS OF 1000 ROWS (core files)", runs.get("loadcsv"), coreRows, paddock);
        add(t, "naive: one auto-commit MERGE statement per row (" + String.format("%,d", naiveResults)
                + " results rows + the small files)", runs.get("naive"), naiveRows, paddock);
        List<Run> all = runs.get("paddock-all");
        add(t, "Paddock importer (every file: + pit stops, standings)", all, all.get(0).rows, paddock);
        t.note(String.format("Rows are CSV data rows read (core files: %s). Best of %d rounds in rotating order after a"
                        + " warm-up of each; every round into a fresh in-process Neo4j %s (512 MiB page cache), over Bolt."
                        + " Paddock ≥ 1.5× LOAD CSV: %s (%.2f×); ≥ 20× naive: %s (%.1f×).",
                String.join(", ", CORE_FILES), rounds, org.neo4j.kernel.internal.Version.getNeo4jVersion(),
                paddock / loadCsv >= 1.5 ? "met" : "not met", paddock / loadCsv,
                paddock / naive >= 20 ? "met" : "not met", paddock / naive));
        t.write(out, report);

        Run best = runs.get("paddock").stream().min(java.util.Comparator.comparingDouble(Run::seconds)).orElseThrow();
        Table profile = new Table("load-profile", "Where Paddock's import time goes (best core run)",
                "stage or graph.cypher statement", "rows", "seconds", "rows/s");
        profile.row("read CSV, map, resolve people (before the writer)", null, best.seconds - best.writeSeconds, null);
        best.statements.forEach((k, v) -> {
            if (!k.endsWith(" rows")) {
                Double n = best.statements.get(k + " rows");
                profile.row(k, n == null ? null : n.longValue(), v, n == null ? null : n / v);
            }
        });
        profile.write(out, report);
    }

    private static double best(List<Run> runs, long rows) {
        return runs.stream().mapToDouble(r -> rows / r.seconds).max().orElseThrow();
    }

    private static void add(Table t, String name, List<Run> runs, long rows, double paddockRate) {
        Run bestRun = runs.stream().min(java.util.Comparator.comparingDouble(Run::seconds)).orElseThrow();
        double bestSeconds = bestRun.seconds;
        double rate = rows / bestSeconds;
        t.row(name, rows, bestSeconds, bestRun.writeSeconds, rate, String.format("%.2f×", paddockRate / rate), runs.get(0).nodes, runs.get(0).relationships);
    }

    private Path coreCopy() throws IOException {
        Path core = work.resolve("ergast-core");
        Files.createDirectories(core);
        try (Stream<Path> files = Files.list(ergast)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = core.resolve(f.getFileName());
                if (HEADER_ONLY.contains(f.getFileName().toString())) {
                    try (Stream<String> lines = Files.lines(f)) {
                        Files.writeString(target, lines.findFirst().orElseThrow() + "\n");
                    }
                } else {
                    Files.copy(f, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return core;
    }

    static long dataRows(Path csv, int limit) {
        try (Stream<String> lines = Files.lines(csv)) {
            return Math.min(limit, lines.skip(1).filter(l -> !l.isBlank()).count());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path fresh(String name) throws IOException {
        Path dir = work.resolve("load-" + name);
        deleteTree(dir);
        return dir;
    }

    static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private Run paddock(Path data, YearRange years) throws IOException {
        Path dir = fresh("paddock");
        try (Neo4j server = server(dir, data); Paddock paddock = Paddock.connect(server.boltURI().toString(), AuthTokens.none())) {
            long start = System.nanoTime();
            Map<String, Double> perStatement = new LinkedHashMap<>();
            double[] last = {0};
            ImportReport report = paddock.importer().ergast(data, years, p -> {
                double now = p.elapsed().toNanos() / 1e9;
                perStatement.merge(p.statement(), now - last[0], Double::sum);
                last[0] = now;
            });
            double s = (System.nanoTime() - start) / 1e9;
            Run counted = counted(paddock, s, report.totalRowsRead() - report.rowsRead().getOrDefault("status.csv", 0));
            Map<String, Double> rowsPerStatement = new LinkedHashMap<>();
            report.written().rows().forEach((k, v) -> rowsPerStatement.put(k + " rows", v.doubleValue()));
            perStatement.putAll(rowsPerStatement);
            return new Run(counted.seconds, counted.rows, counted.nodes, counted.relationships,
                    report.written().took().toNanos() / 1e9, perStatement);
        } finally {
            deleteTree(dir);
        }
    }

    private Run loadCsv(Path core, List<String> files) throws IOException {
        return baseline("loadcsv", core, session -> {
            long rows = 0;
            for (ErgastCoreCypher.Step step : ErgastCoreCypher.STEPS) {
                if (files.contains(step.file())) {
                    session.run(ErgastCoreCypher.loadCsv(step, 1000)).consume();
                    rows += dataRows(core.resolve(step.file()), Integer.MAX_VALUE);
                }
            }
            return rows;
        });
    }

    private Run naive(Path core, int resultRows) throws IOException {
        CsvMapper mapper = new CsvMapper();
        return baseline("naive", core, session -> {
            long rows = 0;
            for (ErgastCoreCypher.Step step : ErgastCoreCypher.STEPS) {
                if (step.file().equals("sprint_results.csv") || step.file().equals("qualifying.csv")) {
                    continue;
                }
                int limit = step.file().equals("results.csv") ? resultRows : Integer.MAX_VALUE;
                String statement = ErgastCoreCypher.perRow(step);
                try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                        .with(CsvSchema.emptySchema().withHeader()).readValues(core.resolve(step.file()).toFile())) {
                    int n = 0;
                    while (it.hasNext() && n < limit) {
                        session.run(statement, Map.of("row", it.next())).consume();
                        n++;
                    }
                    rows += n;
                }
            }
            return rows;
        });
    }

    /** One hand-written Cypher baseline's load, given a session on a fresh server with the indexes made. */
    @FunctionalInterface
    private interface BaselineLoad {
        /** @return the rows it loaded */
        long load(Session session) throws IOException;
    }

    /**
     * Runs a baseline on a fresh server of its own: the indexes first (untimed), then the timed load, then the count
     * of what it wrote.
     */
    private Run baseline(String name, Path core, BaselineLoad load) throws IOException {
        Path dir = fresh(name);
        try (Neo4j server = server(dir, core); Paddock paddock = Paddock.connect(server.boltURI().toString(), AuthTokens.none())) {
            try (Session session = paddock.driver().session(paddock.sessionConfig())) {
                ErgastCoreCypher.INDEXES.forEach(q -> session.run(q).consume());
                long start = System.nanoTime();
                long rows = load.load(session);
                return counted(paddock, (System.nanoTime() - start) / 1e9, rows);
            }
        } finally {
            deleteTree(dir);
        }
    }

    private static Run counted(Paddock paddock, double seconds, long rows) {
        try (Session session = paddock.driver().session(paddock.sessionConfig())) {
            long nodes = session.run("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n)").single().get(0).asLong();
            long rels = session.run("MATCH ()-[r]->() RETURN count(r)").single().get(0).asLong();
            return new Run(seconds, rows, nodes, rels, seconds, Map.of());
        }
    }
}
