package io.paddock.bench;

import io.paddock.Paddock;
import io.paddock.importer.YearRange;
import io.paddock.internal.cypher.CypherFile;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (a main, not a test) for ADR 0010: team-mates by traversal, as {@code cypher/queries/team-mates.cypher}
 * does it, versus a materialised {@code (:Driver)-[:TEAMMATE_OF {events}]->(:Driver)} edge built in one pass after
 * the load (one edge per driver and team-mate, each way). On the full graph (both datasets and the seed) in an embedded database, over Bolt like every Paddock
 * call, with the Bolt floor ({@code RETURN 1}) in the same run; warm-up first, then rounds in rotating order.
 * <p>
 * Run (from the repository root; the datasets at {@code ../shared/data/}):
 * <pre>
 * mvn -B -q -DskipTests package
 * java -Xmx3g -cp "target/test-classes:target/classes:target/lib/*" io.paddock.bench.TeammateEdgesBenchmark [DB_DIR]
 * </pre>
 * DB_DIR defaults to {@code target/bench-teammates-db}; the first run imports into it (a few minutes), later runs
 * reuse it. The edges are dropped and rebuilt in every run, so the build is always measured from scratch.
 */
public final class TeammateEdgesBenchmark {

    private static final Path ERGAST = Path.of("..", "shared", "data", "ergast-f1-csv");
    private static final Path LEMANS = Path.of("..", "shared", "data", "lemans24");
    private static final List<String> DRIVERS = List.of("lewis-hamilton", "michael-schumacher", "tom-kristensen", "romain-dumas");
    private static final int WARM_UP = 50;
    private static final int ROUNDS = 10;
    private static final int PER_ROUND = 30;

    /** Team-mates with the number of events shared, by traversal: the counting core of team-mates.cypher. */
    private static final String TRAVERSAL_COUNTS = """
            MATCH (d:Driver {id: $driverId})-[:DROVE]->(mine:Entry)-[:FOR_SQUAD]->(squad:Squad)<-[:FOR_SQUAD]-(other:Entry)<-[:DROVE]-(mate:Driver)
            WHERE other <> mine AND mate <> d AND NOT (mate)-[:DROVE]->(mine)
            MATCH (squad)-[:AT_EVENT]->(e:Event)
            RETURN mate.id AS id, mate.name AS name, count(DISTINCT e) AS events
            ORDER BY events DESC, name""";

    /** The same answer from the materialised edge. */
    private static final String EDGE_COUNTS = """
            MATCH (:Driver {id: $driverId})-[t:TEAMMATE_OF]->(mate:Driver)
            RETURN mate.id AS id, mate.name AS name, t.events AS events
            ORDER BY events DESC, name""";

    /**
     * One pass over every driver: an edge from each driver to each team-mate, with the events they shared, exactly as
     * team-mates.cypher counts them from the driver's side (directed: a 1950s driver who switched cars within a
     * squad can count an event that the other side does not).
     */
    private static final String BUILD = """
            MATCH (d:Driver)
            CALL (d) {
              MATCH (d)-[:DROVE]->(mine:Entry)-[:FOR_SQUAD]->(squad:Squad)<-[:FOR_SQUAD]-(other:Entry)<-[:DROVE]-(mate:Driver)
              WHERE other <> mine AND mate <> d AND NOT (mate)-[:DROVE]->(mine)
              MATCH (squad)-[:AT_EVENT]->(e:Event)
              WITH d, mate, count(DISTINCT e) AS events
              CREATE (d)-[:TEAMMATE_OF {events: events}]->(mate)
            } IN TRANSACTIONS OF 500 ROWS""";

    private TeammateEdgesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dbDir = Path.of(args.length > 0 ? args[0] : "target/bench-teammates-db");
        boolean fresh = !Files.isDirectory(dbDir);
        try (Paddock paddock = Paddock.embedded(dbDir)) {
            if (fresh || count(paddock, "MATCH (s:Series {id: 'f1'}) RETURN count(s)") == 0) {
                long start = System.nanoTime();
                paddock.importer().ergast(ERGAST, YearRange.all(), p -> { });
                paddock.importer().lemans(LEMANS, YearRange.all(), p -> { });
                paddock.loadShippedSeed();
                System.out.printf("imported both datasets and the seed in %.0f s%n", (System.nanoTime() - start) / 1e9);
            }
            run(paddock, "CALL db.prepareForReplanning()");
            run(paddock, "MATCH ()-[t:TEAMMATE_OF]->() CALL (t) { DELETE t } IN TRANSACTIONS OF 10000 ROWS");
            long relationshipsBefore = count(paddock, "MATCH ()-[r]->() RETURN count(r)");
            long start = System.nanoTime();
            run(paddock, BUILD);
            double buildSeconds = (System.nanoTime() - start) / 1e9;
            long edges = count(paddock, "MATCH ()-[t:TEAMMATE_OF]->() RETURN count(t)");
            run(paddock, "CALL db.prepareForReplanning()");

            String teamMates = CypherFile.load("queries/team-mates.cypher").statement();
            Map<String, Object> filters = new HashMap<>();
            for (String name : List.of("season", "fromYear", "toYear", "seriesId", "eventId", "classId")) {
                filters.put(name, null);
            }
            Map<String, String> variants = new LinkedHashMap<>();
            variants.put("floor: RETURN 1", "RETURN 1 AS one");
            variants.put("team-mates.cypher (full answer)", teamMates);
            variants.put("traversal, counts only", TRAVERSAL_COUNTS);
            variants.put("TEAMMATE_OF edge, counts only", EDGE_COUNTS);

            Map<String, Integer> mates = new LinkedHashMap<>();
            try (Session session = paddock.driver().session(paddock.sessionConfig())) {
                for (String driver : DRIVERS) {
                    List<Record> byTraversal = read(session, TRAVERSAL_COUNTS, params(driver, filters));
                    List<Record> byEdge = read(session, EDGE_COUNTS, params(driver, filters));
                    if (!rows(byTraversal).equals(rows(byEdge))) {
                        throw new IllegalStateException(driver + ": the edge answers differently from the traversal\n"
                                + rows(byTraversal) + "\n" + rows(byEdge));
                    }
                    mates.put(driver, byEdge.size());
                }
                for (int i = 0; i < WARM_UP; i++) {
                    for (String query : variants.values()) {
                        for (String driver : DRIVERS) {
                            read(session, query, params(driver, filters));
                        }
                    }
                }
                Map<String, List<Double>> samples = new LinkedHashMap<>();
                List<String> names = new ArrayList<>(variants.keySet());
                for (int round = 0; round < ROUNDS; round++) {
                    for (int k = 0; k < names.size(); k++) {
                        String variant = names.get((round + k) % names.size());
                        for (String driver : DRIVERS) {
                            Map<String, Object> p = params(driver, filters);
                            for (int i = 0; i < PER_ROUND; i++) {
                                long t = System.nanoTime();
                                read(session, variants.get(variant), p);
                                samples.computeIfAbsent(variant + "|" + (variant.startsWith("floor") ? "—" : driver), x -> new ArrayList<>()).add((System.nanoTime() - t) / 1e6);
                            }
                        }
                    }
                }
                Runtime rt = Runtime.getRuntime();
                System.out.printf("%nMachine: %d cores, %.0f GiB max heap, Java %s, %s %s; embedded Neo4j over Bolt (loopback)%n",
                        rt.availableProcessors(), rt.maxMemory() / 1073741824.0, System.getProperty("java.version"),
                        System.getProperty("os.name"), System.getProperty("os.arch"));
                System.out.printf("Edge build: %.1f s, %,d TEAMMATE_OF relationships (+%.1f %% on %,d)%n", buildSeconds, edges,
                        100.0 * edges / relationshipsBefore, relationshipsBefore);
                System.out.printf("Team-mates found (edge = traversal): %s%n%n", mates);
                System.out.println("| query | driver | p50 ms | p99 ms |");
                System.out.println("|---|---|---|---|");
                samples.forEach((key, values) -> {
                    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                    String[] parts = key.split("\\|");
                    System.out.printf("| %s | %s | %.2f | %.2f |%n", parts[0], parts[1],
                            percentile(sorted, 50), percentile(sorted, 99));
                });
            }
        }
    }

    private static Map<String, Object> params(String driver, Map<String, Object> filters) {
        Map<String, Object> p = new HashMap<>(filters);
        p.put("driverId", driver);
        return p;
    }

    private static List<Record> read(Session session, String query, Map<String, Object> parameters) {
        return session.executeRead(tx -> tx.run(query, parameters).list());
    }

    private static List<String> rows(List<Record> records) {
        return records.stream().map(r -> r.get("id").asString() + " " + r.get("events").asLong()).toList();
    }

    private static void run(Paddock paddock, String statement) {
        try (Session session = paddock.driver().session(paddock.sessionConfig())) {
            session.run(statement).consume();
        }
    }

    private static long count(Paddock paddock, String query) {
        try (Session session = paddock.driver().session(paddock.sessionConfig())) {
            return session.run(query).single().get(0).asLong();
        }
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
