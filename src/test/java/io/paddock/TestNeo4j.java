package io.paddock;

import io.paddock.internal.server.GraphDataScience;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One neo4j-harness server for the whole test JVM (started on first use, stopped at exit), so the suite
 * starts Neo4j once instead of once per test class. Tests reach it over Bolt, like a real server. It has Graph Data
 * Science, as the embedded mode does.
 */
public final class TestNeo4j {

    /** Bolt's wait for quiet at shutdown, turned off: whole seconds in Neo4j 5.26, a Duration in 2026.x. */
    @SuppressWarnings("unchecked")
    public static final Setting<Object> QUIET_PERIOD =
            (Setting<Object>) (Setting<?>) GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period;

    /** @return the value that turns {@link #QUIET_PERIOD} off on either Neo4j version */
    public static Object noQuietPeriod() {
        return QUIET_PERIOD.defaultValue() instanceof Duration ? Duration.ZERO : Integer.valueOf(0);
    }

    private static Neo4j server;

    private TestNeo4j() {
    }

    /**
     * @return the shared server, started on first call
     */
    public static synchronized Neo4j server() {
        if (server == null) {
            server = newServer(workDir("neo4j-harness"), 64L * 1024 * 1024);
            GraphDataScience.install(server.defaultDatabaseService());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /**
     * A folder for a test's databases and files: under {@code target/}, or under the build directory the
     * {@code paddock.test.dir} property names (the neo4j-2026 profile's {@code target-2026/}, so a store the newer
     * Neo4j upgraded never meets 5.26).
     *
     * @param name the folder's name
     * @return the folder (not created)
     */
    public static Path workDir(String name) {
        return Path.of(System.getProperty("paddock.test.dir", "target"), name);
    }

    /**
     * A server of its own, for tests that need more than the shared one: the full datasets want a page cache that
     * holds the graph (the harness default is 8 MiB). The caller closes it.
     *
     * @param dir            where the harness keeps its files
     * @param pageCacheBytes page cache size
     * @return the started server
     */
    public static Neo4j newServer(Path dir, long pageCacheBytes) {
        return Neo4jBuilders.newInProcessBuilder(dir)
                .withDisabledServer()
                .withConfig(QUIET_PERIOD, QUIET_PERIOD.defaultValue() instanceof Duration ? Duration.ZERO : Integer.valueOf(0))
                .withConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                .withConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
                .build();
    }

    /**
     * @return the shared server's Bolt address
     */
    public static String uri() {
        return server().boltURI().toString();
    }

    /**
     * @return a new Paddock handle on the shared server (schema applied)
     */
    public static Paddock paddock() {
        return Paddock.connect(uri(), AuthTokens.none());
    }

    /**
     * Empties the database (keeps the schema) and loads the shipped seed.
     *
     * @return a handle on the freshly seeded graph
     */
    public static Paddock seeded() {
        Paddock paddock = paddock();
        clear(paddock);
        paddock.loadShippedSeed();
        return paddock;
    }

    /**
     * Empties the database behind a handle, keeping the schema and the migrations' own nodes.
     *
     * @param paddock a handle on the shared server
     */
    public static void clear(Paddock paddock) {
        try (var session = paddock.driver().session(paddock.sessionConfig())) {
            session.run("""
                    MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__')
                    CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS""").consume();
        }
    }
}
