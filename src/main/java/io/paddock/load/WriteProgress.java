package io.paddock.load;

import java.time.Duration;

/**
 * Where a write stands, reported after every batch (once the batch's transaction has committed; the next batch, if
 * any, starts right after).
 *
 * @param statement         the statement being written, e.g. {@code results}
 * @param rowsDone          rows written so far, over all statements
 * @param rowsTotal         rows to write, over all statements
 * @param elapsed           time since the write began
 * @param statementRowsDone rows of this statement written so far (the batch just committed ends at this row)
 * @param statementRows     rows this statement writes
 * @param batch             the batch just committed, counted from 1 within the statement
 * @param batches           the batches this statement writes
 * @param batchFirstRow     the first row of the batch just committed, counted from 1 within the statement
 */
public record WriteProgress(String statement, long rowsDone, long rowsTotal, Duration elapsed, long statementRowsDone,
                            long statementRows, int batch, int batches, long batchFirstRow) {

    /**
     * @return rows written per second so far
     */
    public double rowsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : rowsDone / seconds;
    }

    /**
     * @return the estimated time still needed at the rate so far
     */
    public Duration remaining() {
        double rate = rowsPerSecond();
        return rate <= 0 ? Duration.ZERO : Duration.ofMillis((long) ((rowsTotal - rowsDone) / rate * 1000));
    }
}
