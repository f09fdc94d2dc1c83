package io.paddock;

import io.paddock.query.PaddockQueries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

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
}
