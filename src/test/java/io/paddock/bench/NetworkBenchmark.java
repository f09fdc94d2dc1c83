package io.paddock.bench;

import io.paddock.Paddock;
import io.paddock.internal.cypher.CypherFile;
import io.paddock.query.DriverNetwork.Centrality;
import io.paddock.query.DriverNetwork.Links;
import io.paddock.query.DriverNetwork;
import io.paddock.query.QueryFilter;
import org.neo4j.driver.Record;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Benchmark (a main, not a test) for the network questions (ADR 0022) on the full graph in an embedded database:
 * Graph Data Science's registration, the projection of the driver network, each algorithm alone (its own compute time
 * as GDS reports it, and the wall time of the call over Bolt) with its memory estimate, and each facade call end to
 * end. One warm-up, then {@code ROUNDS} timed runs; the median and the slowest are printed.
 * <p>
 * Run (from the repository root; the full graph built by {@code bench/lib.sh}'s {@code full_graph}):
 * <pre>
 * mvn -B -q -DskipTests package
 * java -Xmx4g -cp "target/test-classes:target/classes:target/lib/*" io.paddock.bench.NetworkBenchmark [DB_DIR]
 * </pre>
 */
public final class NetworkBenchmark {

    private static final int ROUNDS = 5;

    private NetworkBenchmark() {
    }

    public static void main(String[] args) {
        Path dbDir = Path.of(args.length > 0 ? args[0] : "target/bench-full-db");
        if (!Files.isDirectory(dbDir)) {
            System.out.println("NetworkBenchmark: no graph at " + dbDir + " (build it with bench/lib.sh full_graph)");
            return;
        }
        List<String> lines = new ArrayList<>();
        try (Paddock paddock = Paddock.embedded(dbDir)) {
            long start = System.nanoTime();
            DriverNetwork network = paddock.network();
            lines.add(String.format(Locale.ROOT, "| GDS registration (once per database) | %.2f s | | |", (System.nanoTime() - start) / 1e9));
            String project = CypherFile.load("queries/network/project.cypher").statement();
            Map<String, Object> filter = new HashMap<>();
            for (String p : List.of("season", "fromYear", "toYear", "seriesId", "classId")) {
                filter.put(p, null);
            }
            filter.put("links", "all");
            filter.put("graphName", "bench-network");
            try (var session = paddock.driver().session(paddock.sessionConfig())) {
                session.run("CALL gds.graph.drop('bench-network', false)").consume();
                long[] projectMillis = new long[ROUNDS];
                Record listed = null;
                for (int round = -1; round < ROUNDS; round++) {
                    long t = System.nanoTime();
                    Record r = session.executeRead(tx -> tx.run(project, filter).single());
                    if (round >= 0) {
                        projectMillis[round] = (System.nanoTime() - t) / 1_000_000;
                    }
                    listed = session.run("CALL gds.graph.list('bench-network') YIELD nodeCount, relationshipCount, memoryUsage, sizeInBytes "
                            + "RETURN nodeCount, relationshipCount, memoryUsage, sizeInBytes").single();
                    if (round < ROUNDS - 1) {
                        session.run("CALL gds.graph.drop('bench-network')").consume();
                    }
                }
                lines.add(String.format(Locale.ROOT, "| projection (%,d drivers, %,d links) | %s | | %s in memory |",
                        listed.get("nodeCount").asLong(), listed.get("relationshipCount").asLong() / 2, stats(projectMillis),
                        listed.get("memoryUsage").asString()));
                Map<String, String[]> algorithms = new java.util.LinkedHashMap<>();
                algorithms.put("PageRank", new String[] {"gds.pageRank", "{relationshipWeightProperty: 'events'}"});
                algorithms.put("betweenness", new String[] {"gds.betweenness", "{}"});
                algorithms.put("Leiden", new String[] {"gds.leiden", "{relationshipWeightProperty: 'events', randomSeed: 19, concurrency: 1}"});
                algorithms.put("weakly connected components", new String[] {"gds.wcc", "{}"});
                algorithms.put("node similarity (one driver)", new String[] {"gds.nodeSimilarity.filtered",
                        "{sourceNodeFilter: [id(me)], topK: 10}"});
                algorithms.put("shortest paths from one driver", new String[] {"gds.allShortestPaths.delta", "{sourceNode: me}"});
                for (Map.Entry<String, String[]> algorithm : algorithms.entrySet()) {
                    String call = "MATCH (me:Driver {id: 'tom-kristensen'}) CALL " + algorithm.getValue()[0] + ".stats('bench-network', "
                            + algorithm.getValue()[1] + ") YIELD computeMillis RETURN computeMillis";
                    String estimate = "MATCH (me:Driver {id: 'tom-kristensen'}) CALL " + algorithm.getValue()[0]
                            + ".stats.estimate('bench-network', " + algorithm.getValue()[1] + ") YIELD requiredMemory RETURN requiredMemory";
                    long[] wall = new long[ROUNDS];
                    long[] compute = new long[ROUNDS];
                    for (int round = -1; round < ROUNDS; round++) {
                        long t = System.nanoTime();
                        long c = session.executeRead(tx -> tx.run(call).single().get("computeMillis").asLong());
                        if (round >= 0) {
                            wall[round] = (System.nanoTime() - t) / 1_000_000;
                            compute[round] = c;
                        }
                    }
                    String memory = session.executeRead(tx -> tx.run(estimate).single().get("requiredMemory").asString());
                    lines.add("| " + algorithm.getKey() + " | " + stats(wall) + " | " + stats(compute) + " | " + memory + " |");
                }
                session.run("CALL gds.graph.drop('bench-network')").consume();
            }
            QueryFilter all = QueryFilter.all();
            facade(lines, "`network central` (PageRank, betweenness, degree)", () -> network.central(Centrality.PAGE_RANK, Links.ALL, all));
            facade(lines, "`network communities`", () -> network.communities(Links.ALL, all));
            facade(lines, "`network similar \"Tom Kristensen\"`", () -> network.similar("Tom Kristensen", Links.ALL, all));
            facade(lines, "`network separation \"Tom Kristensen\"`", () -> network.separation("Tom Kristensen", Links.ALL, all));
            facade(lines, "`network separation` (all pairs)", () -> network.separation(null, Links.ALL, all));
        }
        System.out.println("| step | wall p50 / max | GDS compute p50 / max | memory |");
        System.out.println("|---|---|---|---|");
        lines.forEach(System.out::println);
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "JVM heap at the end: %d MB used of %d MB committed (max %d MB)%n",
                (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20, rt.maxMemory() >> 20);
    }

    private static void facade(List<String> lines, String name, Supplier<?> call) {
        long[] wall = new long[ROUNDS];
        for (int round = -1; round < ROUNDS; round++) {
            long t = System.nanoTime();
            call.get();
            if (round >= 0) {
                wall[round] = (System.nanoTime() - t) / 1_000_000;
            }
        }
        lines.add("| " + name + " (whole call: projection, algorithm, answer, drop) | " + stats(wall) + " | | |");
    }

    private static String stats(long[] millis) {
        long[] sorted = millis.clone();
        java.util.Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%,d / %,d ms", sorted[sorted.length / 2], sorted[sorted.length - 1]);
    }
}
