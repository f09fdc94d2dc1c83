package io.paddock;

import io.paddock.importer.YearRange;
import io.paddock.query.PaddockQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Base of the test classes that ask questions of the shipped seed: the shared test server is emptied and seeded
 * once per class, and a handle is open for the class's tests.
 */
public abstract class SeededGraph {

    /** The Ergast F1 CSV files of the shared datasets. */
    protected static final Path ERGAST = Path.of("..", "shared", "data", "ergast-f1-csv");
    /** The Le Mans CSV files of the shared datasets. */
    protected static final Path LEMANS = Path.of("..", "shared", "data", "lemans24");

    /** A handle on the freshly seeded graph. */
    protected static Paddock paddock;
    /** Its query facade. */
    protected static PaddockQueries queries;

    @BeforeAll
    static void seedTheGraph() {
        paddock = TestNeo4j.seeded();
        queries = paddock.queries();
    }

    @AfterAll
    static void closeTheHandle() {
        paddock.close();
    }

    /**
     * Asks the graph for one count.
     *
     * @param query      a query returning one row whose column {@code n} is the count
     * @param parameters its parameters
     * @return that count
     */
    protected static long count(String query, Map<String, Object> parameters) {
        return ((Number) paddock.cypher(query, parameters).get(0).get("n")).longValue();
    }

    /**
     * Imports these seasons of the Ergast files into the seeded graph; skips the class where the data is absent.
     *
     * @param from first season
     * @param to   last season
     */
    protected static void importErgast(int from, int to) {
        assumeTrue(Files.isRegularFile(ERGAST.resolve("results.csv")), "../shared/data/ergast-f1-csv is absent: skipped");
        paddock.importer().ergast(ERGAST, new YearRange(from, to), progress -> { });
    }

    /**
     * Imports these editions of the Le Mans files into the seeded graph; skips the class where the data is absent.
     *
     * @param from first edition
     * @param to   last edition
     */
    protected static void importLeMans(int from, int to) {
        assumeTrue(Files.isRegularFile(LEMANS.resolve("results_in.csv")), "../shared/data/lemans24 is absent: skipped");
        paddock.importer().lemans(LEMANS, new YearRange(from, to), progress -> { });
    }

    /**
     * Adds a hand-made fixture to the seeded graph: one Cypher statement from {@code src/test/resources/fixtures},
     * run in one write transaction.
     *
     * @param name the fixture's file name, e.g. {@code network.cypher}
     * @throws IOException when the file cannot be read
     */
    protected static void addFixture(String name) throws IOException {
        String fixture;
        try (InputStream in = SeededGraph.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IOException("No fixture " + name + " under src/test/resources/fixtures");
            }
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (var session = paddock.driver().session(paddock.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> tx.run(fixture).consume());
        }
    }
}
