package io.paddock.importer;

import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import io.paddock.internal.server.GraphDataScience;
import io.paddock.load.LoadReport;
import org.junit.jupiter.api.Assumptions;
import org.neo4j.driver.AuthTokens;
import org.neo4j.harness.Neo4j;

import java.nio.file.Path;

/**
 * The full graph for the {@code *FullDataIT} classes (Maven profile {@code full-data}): both datasets in full and
 * the shipped seed, imported once per test JVM into a harness server of its own with a page cache that holds the
 * graph, then shared by the classes (the import is the slow part: about two minutes per pass).
 * <p>
 * Order: the seed, Formula 1, Le Mans, then each again in the reverse order: Le Mans, Formula 1, the seed. The second
 * pass must change nothing, whatever the order: the sorted full export ({@link GraphExport}) after each pass is kept
 * as its SHA-256 and node and relationship counts, and {@code FullDataIT} holds them equal (issue 22; the long proof,
 * from empty databases in two orders with F1DB too, is {@code bench/any-order.sh}).
 */
final class FullDataGraph {

    /** Page cache for the full graph: its store files are about 150 MB. */
    static final long PAGE_CACHE_BYTES = 512L * 1024 * 1024;

    private static FullDataGraph graph;

    final Neo4j server;
    final Paddock paddock;
    final ImportReport ergast;
    final ImportReport lemans;
    final ImportReport ergastAgain;
    final ImportReport lemansAgain;
    final LoadReport seed;
    final LoadReport seedAgain;
    /** The export after the first pass and after the second: hash, nodes and relationships ({@link #summary}). */
    final String afterFirstPass;
    final String afterSecondPass;

    private FullDataGraph() {
        server = TestNeo4j.newServer(Path.of("target", "neo4j-full-data"), PAGE_CACHE_BYTES);
        GraphDataScience.install(server.defaultDatabaseService());
        paddock = Paddock.connect(server.boltURI().toString(), AuthTokens.none());
        seed = paddock.loadShippedSeed();
        ergast = paddock.importer().ergast(DatasetFigures.ERGAST, YearRange.all(), p -> { });
        lemans = paddock.importer().lemans(DatasetFigures.LEMANS, YearRange.all(), p -> { });
        afterFirstPass = summary(GraphExport.of(paddock));
        lemansAgain = paddock.importer().lemans(DatasetFigures.LEMANS, YearRange.all(), p -> { });
        ergastAgain = paddock.importer().ergast(DatasetFigures.ERGAST, YearRange.all(), p -> { });
        seedAgain = paddock.loadShippedSeed();
        afterSecondPass = summary(GraphExport.of(paddock));
        System.out.println("Full export after the first pass (seed, F1, Le Mans): " + afterFirstPass
                + "; after the second (Le Mans, F1, seed): " + afterSecondPass);
        try (var session = paddock.driver().session(paddock.sessionConfig())) {
            // Fresh statistics after the bulk writes, so the plans are made for the full graph (pitfall 2 of the notes).
            session.run("CALL db.prepareForReplanning()").consume();
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            paddock.close();
            server.close();
        }));
    }

    private static String summary(java.util.List<String> export) {
        long nodes = export.stream().filter(line -> line.startsWith("node ")).count();
        return GraphExport.sha256(export) + String.format(" (%,d nodes, %,d relationships)", nodes, export.size() - nodes);
    }

    /**
     * @return the imported graph; skips the calling class (JUnit assumption) when the datasets are not there
     */
    static synchronized FullDataGraph get() {
        Assumptions.assumeTrue(DatasetFigures.present(),
                "Full-data tests skipped: the datasets are not at " + DatasetFigures.ERGAST.toAbsolutePath().normalize()
                        + " and " + DatasetFigures.LEMANS.toAbsolutePath().normalize()
                        + " (see ../shared/data/*/SOURCE.md; they are never copied into the repository)");
        if (graph == null) {
            graph = new FullDataGraph();
        }
        return graph;
    }
}
