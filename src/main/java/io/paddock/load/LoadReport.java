package io.paddock.load;

import java.time.Duration;
import java.util.Map;

/**
 * What a load did.
 *
 * @param files                how many seed files were read
 * @param rows                 rows written per loader statement (e.g. {@code entries → 23})
 * @param nodesCreated         nodes the load created (0 when the same seed was loaded before)
 * @param relationshipsCreated relationships the load created
 * @param propertiesSet        property writes, including rewrites of unchanged values
 * @param took                 wall-clock time of validation and write
 */
public record LoadReport(int files, Map<String, Integer> rows, int nodesCreated, int relationshipsCreated,
                         int propertiesSet, Duration took) {

    /**
     * Defensive copy.
     *
     * @param files                how many seed files were read
     * @param rows                 rows written per loader statement (e.g. {@code entries → 23})
     * @param nodesCreated         nodes the load created (0 when the same seed was loaded before)
     * @param relationshipsCreated relationships the load created
     * @param propertiesSet        property writes, including rewrites of unchanged values
     * @param took                 wall-clock time of validation and write
     */
    public LoadReport {
        rows = Map.copyOf(rows);
    }
}
