package io.paddock.load;

import java.time.Duration;
import java.util.Map;

/**
 * What a write did.
 *
 * @param rows                 rows written per statement (e.g. {@code entries → 23})
 * @param nodesCreated         nodes created (0 when the same rows were written before)
 * @param relationshipsCreated relationships created
 * @param propertiesSet        property writes, including rewrites of unchanged values
 * @param took                 wall-clock time of the write
 */
public record WriteReport(Map<String, Integer> rows, long nodesCreated, long relationshipsCreated,
                          long propertiesSet, Duration took) {

    /**
     * Defensive copy.
     *
     * @param rows                 rows written per statement (e.g. {@code entries → 23})
     * @param nodesCreated         nodes created (0 when the same rows were written before)
     * @param relationshipsCreated relationships created
     * @param propertiesSet        property writes, including rewrites of unchanged values
     * @param took                 wall-clock time of the write
     */
    public WriteReport {
        rows = Map.copyOf(rows);
    }
}
