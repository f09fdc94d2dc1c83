package io.paddock.bench;

import io.paddock.Paddock;
import io.paddock.internal.load.GraphRows;
import io.paddock.internal.load.GraphWriter;
import io.paddock.load.WriteReport;
import io.paddock.model.HolderKind;
import io.paddock.model.RecordKind;
import io.paddock.query.PaddockQueries;
import io.paddock.query.QueryFilter;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Session;
import org.neo4j.harness.Neo4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How load and query cost grow: the synthetic history ({@link SyntheticHistory}) at several scales, each into a fresh
 * in-process database through Paddock's GraphWriter (the write path every importer ends in, default batch size), then
 * an indexed lookup, per-driver questions and records about series 0 (the same data at every scale) through the facade.
 */
final class GrowthBenchmark {

    private static final long SEED = 20_261_202L;
    private static final int WARM_UP = 15;
    private static final int SAMPLES = 60;
    private static final int WARM_UP_SERIES = 999;

    private final Path work;
    private final List<Integer> scales;

    GrowthBenchmark(Path work, String scales) {
        this.work = work;
        this.scales = java.util.Arrays.stream(scales.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }

    private record Scale(int scale, long rows, double seconds, long nodes, long relationships, Map<String, double[]> latency) {
    }

    void run(Path out, Path report) throws Exception {
        List<Scale> results = new ArrayList<>();
        for (int scale : scales) {
            results.add(measure(scale));
        }
        Scale base = results.get(0);
        Table load = new Table("growth-load", "Growth: load through GraphWriter at each scale (load " + Table.load() + ")",
                "scale", "rows written", "nodes", "relationships", "write s", "rows/s", "µs per row", "÷ 1×");
        double baseCost = base.seconds / base.rows;
        for (Scale s : results) {
            double cost = s.seconds / s.rows;
            load.row(s.scale + "×", s.rows, s.nodes, s.relationships, s.seconds, s.rows / s.seconds, cost * 1e6,
                    String.format("%.2f×", cost / baseCost));
        }
        Scale last = results.get(results.size() - 1);
        double growth = (last.seconds / last.rows) / baseCost;
        load.note(String.format("One scale unit is one synthetic series (%d seasons × %d events, qualifying and race, "
                        + "3 classes, crews of 1–4, team-mates), about the F1 data's size. Target: cost per row flat within"
                        + " 1.5× from 1× to the largest scale: %s (%.2f× at %d×).", SyntheticHistory.SEASONS,
                SyntheticHistory.EVENTS, growth <= 1.5 ? "met" : "not met", growth, last.scale));
        load.write(out, report);

        Table latency = new Table("growth-queries", "Growth: question latency at each scale, p50 ms over Bolt (load " + Table.load() + ")",
                header(base));
        for (String question : base.latency.keySet()) {
            List<Object> row = new ArrayList<>();
            row.add(question);
            for (Scale s : results) {
                row.add(s.latency.get(question)[0]);
            }
            double first = base.latency.get(question)[0];
            double end = last.latency.get(question)[0];
            row.add(String.format("%.2f×", end / first));
            latency.row(row.toArray());
        }
        latency.note("Questions about series 0, whose data is the same at every scale. Target: indexed lookups and"
                + " per-driver questions flat (a record over every series grows with the data by nature; the one"
                + " filtered to series 0 shows what an index on the filter would buy).");
        latency.write(out, report);
    }

    private String[] header(Scale base) {
        List<String> h = new ArrayList<>();
        h.add("question");
        scales.forEach(s -> h.add(s + "× p50 ms"));
        h.add("largest ÷ 1×");
        return h.toArray(String[]::new);
    }

    private Scale measure(int scale) throws Exception {
        Path dir = work.resolve("growth-db");
        LoadBenchmark.deleteTree(dir);
        SyntheticHistory history = new SyntheticHistory(SEED);
        try (Neo4j server = LoadBenchmark.server(dir, work); Paddock paddock = Paddock.connect(server.boltURI().toString(), AuthTokens.none())) {
            GraphWriter writer = new GraphWriter(paddock.driver(), paddock.sessionConfig(), GraphWriter.DEFAULT_BATCH_SIZE);
            // Not counted: a short series of its own (ids syn-s999-…) first, so the writer's statements are planned
            // in this database and compiled in this JVM before the clock runs; every scale pays that once otherwise,
            // and the 1× figure would carry it over ten times fewer rows than the 10× one.
            writer.write(history.shared(), p -> { });
            writer.write(history.series(WARM_UP_SERIES, 0, 5), p -> { });
            long rows = 0;
            double seconds = 0;
            List<GraphRows> chunks = new ArrayList<>();
            chunks.add(history.shared());
            for (int k = 0; k < scale; k++) {
                chunks.add(history.series(k, 0, SyntheticHistory.SEASONS));
                GraphRows chunk = chunks.remove(0);
                WriteReport written = writer.write(chunk, p -> { });
                rows += chunk.size();
                seconds += written.took().toNanos() / 1e9;
                if (k % 10 == 9) {
                    System.out.printf("growth %d×: %d series written, %,d rows, %.0f s (load %s)%n", scale, k + 1, rows, seconds, Table.load());
                }
            }
            for (GraphRows chunk : chunks) {
                WriteReport written = writer.write(chunk, p -> { });
                rows += chunk.size();
                seconds += written.took().toNanos() / 1e9;
            }
            long nodes;
            long relationships;
            try (Session session = paddock.driver().session(paddock.sessionConfig())) {
                session.run("CALL db.prepareForReplanning()").consume();
                nodes = session.run("MATCH (n) RETURN count(n)").single().get(0).asLong();
                relationships = session.run("MATCH ()-[r]->() RETURN count(r)").single().get(0).asLong();
            }
            System.out.printf("growth %d×: %,d rows in %.0f s (%,.0f rows/s), %,d nodes%n", scale, rows, seconds, rows / seconds, nodes);
            return new Scale(scale, rows, seconds, nodes, relationships, latencies(paddock));
        } finally {
            LoadBenchmark.deleteTree(dir);
        }
    }

    private Map<String, double[]> latencies(Paddock paddock) {
        PaddockQueries q = paddock.queries();
        String a = SyntheticHistory.driverName(0, 180);
        String b = SyntheticHistory.driverName(0, 190);
        String id = SyntheticHistory.driverId(0, 180);
        QueryFilter all = QueryFilter.all();
        Map<String, Supplier<Object>> questions = new LinkedHashMap<>();
        questions.put("floor: RETURN 1", () -> read(paddock, "RETURN 1 AS x", Map.of()));
        questions.put("indexed lookup: driver by id (Cypher)", () -> read(paddock, "MATCH (d:Driver {id: $id}) RETURN d.name AS x", Map.of("id", id)));
        questions.put("name search (facade)", () -> q.search(a));
        questions.put("teammates (facade)", () -> q.teammates(a, all));
        questions.put("head-to-head drivers (facade)", () -> q.headToHead(PaddockQueries.Side.DRIVERS, a, b, all));
        questions.put("driver profile (facade)", () -> q.driver(a));
        questions.put("records wins, series 0, top 10", () -> q.records(RecordKind.WINS, HolderKind.DRIVER, all.series(SyntheticHistory.seriesId(0)).limit(10)));
        questions.put("records wins, every series, top 10", () -> q.records(RecordKind.WINS, HolderKind.DRIVER, all.limit(10)));
        for (int i = 0; i < WARM_UP; i++) {
            questions.values().forEach(Supplier::get);
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        List<String> names = new ArrayList<>(questions.keySet());
        for (int i = 0; i < SAMPLES; i++) {
            for (int k = 0; k < names.size(); k++) {
                String name = names.get((i + k) % names.size());
                long t = System.nanoTime();
                questions.get(name).get();
                samples.computeIfAbsent(name, x -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        names.forEach(n -> out.put(n, new double[]{Table.percentile(samples.get(n), 50), Table.percentile(samples.get(n), 99)}));
        return out;
    }

    private static Object read(Paddock paddock, String query, Map<String, Object> parameters) {
        try (Session session = paddock.driver().session(paddock.sessionConfig())) {
            return session.executeRead(tx -> tx.run(query, parameters).list());
        }
    }
}
