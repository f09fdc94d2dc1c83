package io.paddock.internal.load;

import io.paddock.PaddockException;
import io.paddock.internal.cypher.CypherFile;
import io.paddock.internal.cypher.TransactionTag;
import io.paddock.load.WriteProgress;
import io.paddock.load.WriteReport;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.summary.SummaryCounters;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The one write path: runs the statements of {@code cypher/load/graph.cypher} in file order over the rows a loader
 * produced, in batches of {@link #DEFAULT_BATCH_SIZE} rows, one managed write transaction per batch (retried by
 * the driver on transient failures). Every statement MERGEs on ids, so writing the same rows again changes
 * nothing, and a write interrupted between batches completes to the same graph when run again. Around the batches it
 * keeps the record tallies in step ({@link Tallies}): stale from before the first batch until they are rebuilt after
 * the last.
 */
public final class GraphWriter {

    /**
     * Rows per transaction. Measured on the full F1 import (ADR 0009, {@code ImportBatchSizeBenchmark}): 5,000,
     * 10,000 and 20,000 rows a batch write within noise of each other (8.0–8.2k rows/s), 1,000 is ~8 % slower (a
     * round trip and a commit per 1,000 rows); 5,000 keeps each transaction's state small inside a 1 GB heap.
     */
    public static final int DEFAULT_BATCH_SIZE = 5_000;

    private static final Map<String, String> STATEMENTS = CypherFile.load("load/graph.cypher").namedStatements();

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final int batchSize;

    /**
     * @param driver        connected driver
     * @param sessionConfig target database
     * @param batchSize     rows per transaction
     */
    public GraphWriter(Driver driver, SessionConfig sessionConfig, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be positive: " + batchSize);
        }
        this.driver = driver;
        this.sessionConfig = sessionConfig;
        this.batchSize = batchSize;
    }

    /**
     * @return the statement names, in the order they run
     */
    public static List<String> statementNames() {
        return List.copyOf(STATEMENTS.keySet());
    }

    /**
     * Writes the rows, statement by statement in file order.
     *
     * @param rows     what to write; a statement name the file does not know is an error
     * @param progress receives the state after every batch
     * @return counts of what was written
     */
    public WriteReport write(GraphRows rows, Consumer<WriteProgress> progress) {
        for (String statement : rows.statements()) {
            if (!STATEMENTS.containsKey(statement)) {
                throw new IllegalArgumentException("graph.cypher has no statement '" + statement + "'");
            }
        }
        long start = System.nanoTime();
        long total = rows.size();
        long done = 0;
        long[] counters = new long[3];
        Map<String, Integer> rowCounts = new LinkedHashMap<>();
        try (var session = driver.session(sessionConfig)) {
            Tallies.Before tallies = Tallies.before(session);
            for (Map.Entry<String, String> statement : STATEMENTS.entrySet()) {
                List<Map<String, Object>> statementRows = rows.of(statement.getKey());
                for (int from = 0; from < statementRows.size(); from += batchSize) {
                    List<Map<String, Object>> batch = statementRows.subList(from, Math.min(statementRows.size(), from + batchSize));
                    SummaryCounters c;
                    try {
                        c = session.executeWrite(tx -> tx.run(statement.getValue(), Map.of("rows", batch)).consume().counters(),
                                TransactionTag.config());
                    } catch (Neo4jException e) {
                        throw stopped(statement.getKey(), from, batch.size(), statementRows.size(), done, e);
                    }
                    counters[0] += c.nodesCreated();
                    counters[1] += c.relationshipsCreated();
                    counters[2] += c.propertiesSet();
                    done += batch.size();
                    progress.accept(new WriteProgress(statement.getKey(), done, total, Duration.ofNanos(System.nanoTime() - start),
                            from + batch.size(), statementRows.size(), from / batchSize + 1,
                            (statementRows.size() + batchSize - 1) / batchSize, from + 1));
                }
                if (!statementRows.isEmpty()) {
                    rowCounts.put(statement.getKey(), statementRows.size());
                }
            }
            try {
                Tallies.after(session, tallies, rows);
            } catch (Neo4jException e) {
                throw new PaddockException("The data is written, but the record tallies could not be rebuilt: "
                        + e.getMessage().strip() + ". Records are counted from the results until the next load or import "
                        + "completes.", e);
            }
        }
        return new WriteReport(rowCounts, counters[0], counters[1], counters[2], Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * The failure of one batch after the driver gave up retrying it, in one line: where the write stopped, that the
     * batches before it stay written, that the batch itself is all-or-nothing (which of the two, the driver cannot know
     * when the connection dropped during its commit), and that writing the same data again completes it (every
     * statement MERGEs).
     */
    private static PaddockException stopped(String statement, int from, int size, int statementRows, long done,
                                            Neo4jException e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName()
                : e.getMessage().strip().replaceAll("\\s+", " ").replaceAll("\\.+$", "");
        return new PaddockException(String.format(Locale.ROOT,
                "Write stopped at '%s' rows %,d–%,d of %,d: %s. The batches before it (%,d rows) are written; that batch is "
                        + "one transaction, all of it or none. Run the same load or import again to complete it.",
                statement, from + 1, from + size, statementRows, cause, done), e);
    }
}
