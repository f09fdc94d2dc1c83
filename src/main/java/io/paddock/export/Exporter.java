package io.paddock.export;

import io.paddock.PaddockException;
import io.paddock.internal.cypher.CypherFile;
import io.paddock.internal.cypher.GraphAccess;
import io.paddock.internal.cypher.PlainValues;
import io.paddock.internal.cypher.TransactionTag;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Writes the graph as tidy tables for analysis tools: {@link ExportTable results, entries, drivers, events,
 * standings} as CSV or JSON Lines. Obtain it from {@link io.paddock.Paddock#exporter()}.
 * <p>
 * Each table is one read-only Cypher file ({@code cypher/export/<table>.cypher}) run in a managed read transaction;
 * rows stream from the database to the writer as they arrive, so a large table is never held in memory. Values
 * the sources do not give are {@code null}: an empty CSV cell, JSON {@code null}. The columns are documented in
 * {@code docs/export.md}.
 *
 * <pre>{@code
 * try (Paddock paddock = Paddock.embedded(Path.of("paddock-db"));
 *      Writer out = Files.newBufferedWriter(Path.of("results.csv"))) {
 *     ExportResult written = paddock.exporter().write(ExportTable.RESULTS, ExportFormat.CSV, out);
 * }
 * }</pre>
 */
public final class Exporter {

    private final Driver driver;
    private final SessionConfig sessionConfig;

    /**
     * Made by {@link io.paddock.Paddock#exporter()}; not for use from outside Paddock (the parameter is internal).
     *
     * @param access the connection and database Paddock prepared
     */
    public Exporter(GraphAccess access) {
        this.driver = access.driver();
        this.sessionConfig = access.sessionConfig();
    }

    /**
     * Writes one table to a writer (which stays open; it is flushed).
     *
     * @param table  which table
     * @param format CSV or JSON Lines
     * @param out    where the rows go
     * @return the columns and the number of rows written; {@link ExportResult#file()} is {@code null}
     * @throws PaddockException when the query fails, the transaction fails after rows were written, or the writer
     *                          fails
     */
    public ExportResult write(ExportTable table, ExportFormat format, Writer out) {
        String statement = CypherFile.load(table.cypherPath()).statement();
        long started = System.nanoTime();
        try (var session = driver.session(sessionConfig); RowWriter rows = RowWriter.of(format, out)) {
            long[] count = {0};
            List<String> columns = session.executeRead(tx -> {
                // The driver retries a transaction after a transient error, but rows already written cannot be taken
                // back: fail rather than write them twice. (Before the first row, a retry is harmless.)
                if (count[0] > 0) {
                    throw new PaddockException("Export of " + table.key() + " was interrupted after " + count[0]
                            + " rows by a transient database error; run it again");
                }
                Result result = tx.run(statement);
                List<String> keys = result.keys();
                try {
                    rows.start(keys);
                    List<Object> values = new ArrayList<>(keys.size());
                    while (result.hasNext()) {
                        Record record = result.next();
                        values.clear();
                        for (int i = 0; i < keys.size(); i++) {
                            values.add(PlainValues.plain(record.get(i)));
                        }
                        rows.row(values);
                        count[0]++;
                    }
                } catch (IOException e) {
                    throw new PaddockException("Cannot write the " + table.key() + " table: " + e.getMessage(), e);
                }
                return keys;
            }, TransactionTag.config());
            return new ExportResult(table, format, columns, count[0], null, (System.nanoTime() - started) / 1_000_000);
        } catch (ClientException e) {
            throw new PaddockException("Export of " + table.key() + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PaddockException("Cannot write the " + table.key() + " table: " + e.getMessage(), e);
        }
    }

    /**
     * Writes tables into a directory (created when missing), one file per table named {@code <table>.<format>}
     * ({@code results.csv}, {@code drivers.jsonl} …), UTF-8. Each file is written next to its final name and moved
     * into place when complete, so a failed export never leaves a half-written table behind an existing one.
     *
     * @param directory where the files go
     * @param format    CSV or JSON Lines
     * @param tables    which tables, in the order to write them
     * @return one result per table, with its file
     * @throws PaddockException when a query fails or a file cannot be written
     */
    public List<ExportResult> writeFiles(Path directory, ExportFormat format, Collection<ExportTable> tables) {
        List<ExportResult> results = new ArrayList<>();
        try {
            Files.createDirectories(directory);
            for (ExportTable table : tables) {
                Path file = directory.resolve(table.key() + "." + format.key());
                Path partial = directory.resolve(file.getFileName() + ".partial");
                ExportResult result;
                try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    result = write(table, format, out);
                } catch (RuntimeException e) {
                    Files.deleteIfExists(partial);
                    throw e;
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                results.add(result.toFile(file));
            }
        } catch (IOException e) {
            throw new PaddockException("Cannot write the export into " + directory + ": " + why(e), e);
        }
        return List.copyOf(results);
    }

    /** What went wrong with a file, in words rather than an exception's class name. */
    static String why(IOException e) {
        String what = e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null ? fs.getFile() : null;
        String reason;
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            reason = "a file is in the way where a folder should be";
        } else if (e instanceof java.nio.file.NoSuchFileException) {
            reason = "no such file or folder";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            reason = "permission denied";
        } else {
            reason = e.getMessage() == null ? "input/output error" : e.getMessage();
            what = null;
        }
        return what == null ? reason : reason + " (" + what + ")";
    }
}
