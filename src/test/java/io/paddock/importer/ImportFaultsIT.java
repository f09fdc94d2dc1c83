package io.paddock.importer;

import io.paddock.Paddock;
import io.paddock.PaddockException;
import io.paddock.TestNeo4j;
import io.paddock.cli.PaddockCli;
import io.paddock.cli.TestFiles;
import io.paddock.internal.server.EmbeddedServer;
import io.paddock.load.WriteProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Faults during an import of Formula 1 2001–2002 in batches of {@value #BATCH} rows, made deterministic with a lock: a
 * second writer holds the node of Alex Yoong (who started his first race at round 15 of 2001) so that the import's
 * {@code crew} batch with his first row blocks half-way through, the rows before his already written in its
 * transaction. Then either the database stops (that batch must leave nothing, the batches before it stay whole, and a
 * rerun completes to the graph of an uninterrupted import), or the second writer also asks for a node the blocked
 * batch holds: a deadlock, a transient error the driver's managed transaction retries.
 */
class ImportFaultsIT {

    static final int BATCH = 50;
    private static final String BLOCKED_DRIVER = "Alex Yoong";
    /** Nodes the crew statement never touches: the second writer holds them too, so it holds more locks than the batch. */
    private static final String LOCK_MANY = """
            MATCH (n) WHERE n:Session OR n:Event OR n:Season OR n:Circuit OR n:Team OR n:Manufacturer OR n:CarModel
                         OR n:Source OR n:Series OR n:Class
            SET n.faultTest = true""";

    /** Nodes of statements before drivers and after it: held while the drivers batch runs, they are not in its way. */
    private static final String LOCK_MANY_BUT_TEAMS = """
            MATCH (n) WHERE n:Session OR n:Event OR n:Season OR n:Circuit OR n:Manufacturer OR n:CarModel OR n:Source
                         OR n:Series OR n:Class OR n:Entry OR n:Result
            SET n.faultTest = true""";
    private static final String CREW_STATEMENT = "MERGE (d)-[r:DROVE]->(n)";
    private static final String DRIVERS_STATEMENT = "MERGE (n:Driver {id: row.id})";

    private static List<String> uninterrupted;

    @BeforeAll
    static void uninterruptedImport() {
        assumeTrue(DatasetFigures.present(), "../shared/data is absent: fault tests skipped");
        try (Paddock reference = TestNeo4j.paddock()) {
            TestNeo4j.clear(reference);
            reference.importer().batchSize(BATCH).ergast(DatasetFigures.ERGAST, ImportIT.F1_YEARS, p -> { });
            uninterrupted = GraphExport.of(reference);
        }
    }

    @Test
    void aDatabaseStoppedMidBatchKeepsTheBatchesBeforeAndARerunCompletesTheImport() throws Exception {
        Path dir = TestNeo4j.workDir("import-faults-stopped");
        TestFiles.deleteRecursively(dir);
        EmbeddedServer server = EmbeddedServer.start(dir);
        List<WriteProgress> committed = new ArrayList<>();
        Throwable failure;
        try (Paddock paddock = Paddock.connect(server.boltUri(), AuthTokens.none());
             Driver other = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
            Session otherSession = other.session();
            Transaction holder = otherSession.beginTransaction();
            CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> paddock.importer().batchSize(BATCH)
                    .ergast(DatasetFigures.ERGAST, ImportIT.F1_YEARS, holdBeforeCrewBatchTwo(holder, committed)));
            awaitBlocked(paddock, CREW_STATEMENT);

            server.close();   // the database stops while the import's batch waits half-written

            failure = failureOf(running);
            closeQuietly(holder, otherSession);
        }
        WriteProgress last = committed.get(committed.size() - 1);
        System.out.println("ImportFaultsIT: after " + committed.size() + " batches the import said: " + failure.getMessage());
        assertThat(failure).isInstanceOf(PaddockException.class);
        assertThat(failure.getMessage()).doesNotContain("\n").doesNotContain("..")
                .startsWith("Write stopped at 'crew' rows ")
                .contains(String.format("The batches before it (%,d rows) are written; that batch is one transaction, all of it or none.",
                        last.rowsDone()))
                .endsWith("Run the same load or import again to complete it.");

        try (Paddock reopened = Paddock.embedded(dir)) {
            List<String> afterTheStop = GraphExport.of(reopened);
            List<String> prefix = importStoppedAfter(committed.size());
            assertThat(afterTheStop).isEqualTo(prefix)
                    .hasSizeLessThan(uninterrupted.size())
                    .noneMatch(line -> line.contains("faultTest"));

            reopened.importer().batchSize(BATCH).ergast(DatasetFigures.ERGAST, ImportIT.F1_YEARS, p -> { });
            assertThat(GraphExport.of(reopened)).isEqualTo(uninterrupted);
        }
    }

    @Test
    void theCliSaysInOneLineWhereAnImportStoppedByTheDatabaseStopped() throws Exception {
        Path dir = TestNeo4j.workDir("import-faults-cli");
        TestFiles.deleteRecursively(dir);
        EmbeddedServer server = EmbeddedServer.start(dir);
        StringWriter err = new StringWriter();
        int exitCode;
        try (Paddock paddock = Paddock.connect(server.boltUri(), AuthTokens.none());
             Driver other = GraphDatabase.driver(server.boltUri(), AuthTokens.none())) {
            paddock.importer().batchSize(BATCH).ergast(DatasetFigures.ERGAST, new YearRange(2001, 2001), p -> { });
            Session otherSession = other.session();
            Transaction holder = otherSession.beginTransaction();
            hold(holder, "RETURN 1");
            CompletableFuture<Integer> cli = CompletableFuture.supplyAsync(() -> PaddockCli.run(new String[] {
                    "import", "ergast", DatasetFigures.ERGAST.toString(), "--from", "2001", "--to", "2002",
                    "--batch-size", String.valueOf(BATCH), "--uri", server.boltUri()}, new PrintWriter(new StringWriter()), new PrintWriter(err)));
            awaitBlocked(paddock, DRIVERS_STATEMENT);

            server.close();

            exitCode = cli.get(180, TimeUnit.SECONDS);
            closeQuietly(holder, otherSession);
        }
        List<String> lines = err.toString().lines().toList();
        assertThat(exitCode).isEqualTo(1);
        assertThat(lines.get(0)).isEqualTo("Reading " + DatasetFigures.ERGAST.toAbsolutePath().normalize() + " and importing into " + server.boltUri() + " …");
        assertThat(lines.get(lines.size() - 1)).startsWith("paddock: Write stopped at 'drivers' rows 1–")
                .endsWith("Run the same load or import again to complete it.");
        assertThat(err.toString()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void aDeadlockWithAnotherWriterIsRetriedAndTheImportCompletes() throws Exception {
        try (Paddock paddock = TestNeo4j.paddock();
             Driver other = GraphDatabase.driver(TestNeo4j.uri(), AuthTokens.none());
             Session otherSession = other.session()) {
            TestNeo4j.clear(paddock);
            paddock.importer().batchSize(BATCH).ergast(DatasetFigures.ERGAST, ImportIT.F1_YEARS, p -> { });
            // Imported again (which changes nothing), its drivers batch sets every driver node in turn: an exclusive lock
            // each. The other writer holds Alex Yoong's node, so the batch waits there, holding the drivers before him.
            Transaction holder = otherSession.beginTransaction();
            CompletableFuture<ImportReport> running = CompletableFuture.supplyAsync(() -> paddock.importer().batchSize(BATCH)
                    .ergast(DatasetFigures.ERGAST, ImportIT.F1_YEARS, p -> {
                        if (p.statement().equals("cars")) {
                            hold(holder, LOCK_MANY_BUT_TEAMS);
                        }
                    }));
            long firstAttempt = awaitBlocked(paddock, DRIVERS_STATEMENT);

            // The other writer now asks for every driver: it waits for one the blocked batch holds, which waits for the
            // other writer. Neo4j ends the cycle by failing the side with fewer locks, the import's batch, with a
            // transient DeadlockDetected error; the other writer gets its drivers.
            holder.run("MATCH (d:Driver) SET d.faultTest = true").consume();

            long retry = awaitBlocked(paddock, DRIVERS_STATEMENT);   // the driver runs the batch again, in a new transaction
            holder.rollback();

            ImportReport report = running.get(120, TimeUnit.SECONDS);
            assertThat(retry).as("the blocked batch's transaction after the deadlock").isNotEqualTo(firstAttempt);
            assertThat(report.written().rows()).containsKey("drivers");
            assertThat(GraphExport.of(paddock)).isEqualTo(uninterrupted);
        }
    }

    private static void hold(Transaction holder, String lockMany) {
        long held = holder.run("MATCH (d:Driver {name: $name}) SET d.faultTest = true RETURN count(d) AS n",
                Map.of("name", BLOCKED_DRIVER)).single().get("n").asLong();
        assertThat(held).as("Alex Yoong is in the graph").isEqualTo(1);
        holder.run(lockMany).consume();
    }

    /**
     * A progress callback that, once the first crew batch is written, has the other writer's transaction take Alex
     * Yoong's node (and many nodes the crew statement never touches) before the import goes on.
     */
    private static Consumer<WriteProgress> holdBeforeCrewBatchTwo(Transaction holder, List<WriteProgress> committed) {
        return p -> {
            committed.add(p);
            if (p.statement().equals("crew") && committed.stream().filter(c -> c.statement().equals("crew")).count() == 1) {
                hold(holder, LOCK_MANY);
            }
        };
    }

    /** Waits until an import transaction running {@code statement} is blocked by a lock; returns its number. */
    private static long awaitBlocked(Paddock paddock, String statement) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            try (Session session = paddock.driver().session(paddock.sessionConfig())) {
                List<Long> blocked = session.run("""
                        SHOW TRANSACTIONS YIELD transactionId, status, currentQuery
                        WHERE status STARTS WITH 'Blocked' AND currentQuery CONTAINS $statement
                        RETURN toInteger(split(transactionId, '-transaction-')[1]) AS id""", Map.of("statement", statement))
                        .list(r -> r.get("id").asLong());
                if (!blocked.isEmpty()) {
                    return blocked.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no import transaction blocked on " + BLOCKED_DRIVER + " running " + statement);
    }

    /** The graph of the same import, on an empty database, ended by its progress callback after {@code batches} batches. */
    private static List<String> importStoppedAfter(int batches) {
        try (Paddock reference = TestNeo4j.paddock()) {
            TestNeo4j.clear(reference);
            try {
                reference.importer().batchSize(BATCH).ergast(DatasetFigures.ERGAST, ImportIT.F1_YEARS, ImportStop.afterBatches(batches));
            } catch (ImportStop expected) {
                // stopped where the faulted import stopped
            }
            return GraphExport.of(reference);
        }
    }

    private static Throwable failureOf(CompletableFuture<?> running) throws Exception {
        try {
            running.get(180, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e.getCause();
        }
        throw new AssertionError("the import went on after the database stopped");
    }

    private static void closeQuietly(Transaction holder, Session session) {
        try {
            holder.close();
            session.close();
        } catch (RuntimeException gone) {
            // the database it ran on has stopped
        }
    }
}
