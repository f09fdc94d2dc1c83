package io.paddock.bench;

import io.paddock.internal.cypher.GraphAccess;
import io.paddock.internal.server.EmbeddedServer;
import io.paddock.internal.server.SchemaMigrations;
import io.paddock.query.PaddockQueries;
import io.paddock.query.QueryFilter;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the seconds of one cold question go (the path a CLI call without {@code paddock serve} takes): JVM start to
 * main, embedded Neo4j start, driver connect, schema check, the first question (name lookup, planning, execution), the
 * same question again (plans cached), shutdown. Run it in a fresh JVM per sample, on a data directory that already
 * holds the seed (bench/serve-questions.sh does both). A benchmark main, not a test:
 * <pre>
 * java -cp "target/test-classes:target/classes:target/lib/*" io.paddock.bench.ColdQuestionBenchmark DATA_DIR
 * </pre>
 * Prints one line: {@code phase=millis} pairs.
 */
public final class ColdQuestionBenchmark {

    private ColdQuestionBenchmark() {
    }

    /**
     * @param args the data directory (with the seed loaded)
     */
    public static void main(String[] args) {
        long mainEntered = System.nanoTime();
        Instant jvmStart = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        Map<String, Long> millis = new LinkedHashMap<>();
        millis.put("jvmToMain", Duration.between(jvmStart, Instant.now()).toMillis());
        long t = mainEntered;

        EmbeddedServer server = EmbeddedServer.start(Path.of(args[0]));
        t = lap(millis, "neo4jStart", t);
        Driver driver = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
        driver.verifyConnectivity();
        t = lap(millis, "driverConnect", t);
        SchemaMigrations.apply(driver, null);
        t = lap(millis, "schemaCheck", t);
        PaddockQueries queries = new PaddockQueries(new GraphAccess(driver, SessionConfig.defaultConfig()));
        int rows = queries.teammates("Timo Bernhard", QueryFilter.all().season(2007)).coDrivers().size();
        t = lap(millis, "firstQuestion", t);
        queries.teammates("Timo Bernhard", QueryFilter.all().season(2007));
        t = lap(millis, "sameQuestionAgain", t);
        driver.close();
        server.close();
        lap(millis, "shutdown", t);
        StringBuilder line = new StringBuilder();
        millis.forEach((phase, ms) -> line.append(phase).append('=').append(ms).append(' '));
        System.out.println(line.append("coDrivers=").append(rows));
    }

    private static long lap(Map<String, Long> millis, String phase, long since) {
        long now = System.nanoTime();
        millis.put(phase, (now - since) / 1_000_000);
        return now;
    }
}
