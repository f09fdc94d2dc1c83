package io.paddock.importer;

import io.paddock.load.WriteProgress;

import java.util.function.Consumer;

/**
 * Stops an import from its progress callback, between two committed batches: what a kill of the importing process
 * there leaves behind, without a process to kill. The tests that rerun an import after a stop throw and catch it.
 */
final class ImportStop extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private ImportStop(WriteProgress at) {
        super("stopped after " + at.statement() + " row " + at.statementRowsDone() + " of " + at.statementRows());
    }

    /** A progress callback that stops the import once the first batch of this statement is committed. */
    static Consumer<WriteProgress> afterFirstBatchOf(String statement) {
        return p -> {
            if (p.statement().equals(statement)) {
                throw new ImportStop(p);
            }
        };
    }

    /** A progress callback that stops the import once this many batches, of any statement, are committed. */
    static Consumer<WriteProgress> afterBatches(int batches) {
        int[] seen = {0};
        return p -> {
            if (++seen[0] == batches) {
                throw new ImportStop(p);
            }
        };
    }
}
