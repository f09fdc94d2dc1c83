package io.paddock;

import io.paddock.query.PaddockQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Base of the test classes that ask questions of the shipped seed: the shared test server is emptied and seeded
 * once per class, and a handle is open for the class's tests.
 */
public abstract class SeededGraph {

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
