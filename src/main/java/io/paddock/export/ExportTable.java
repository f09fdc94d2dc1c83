package io.paddock.export;

import io.paddock.PaddockException;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The tables {@code paddock export} writes. Each is one read-only Cypher file, {@code cypher/export/<key>.cypher},
 * whose {@code RETURN} columns are the table's columns, in order (documented in {@code docs/export.md}).
 */
public enum ExportTable {

    /** One row per driver per entry per session: every result, with event, car, class, team and driver. */
    RESULTS("results", "one row per driver per entry per session: position, status, laps"),
    /** One row per entry: one car at one event, with its crew and its race result. */
    ENTRIES("entries", "one row per entry (a car at an event): number, class, team, crew"),
    /** One row per driver: who, and career counts from the graph. */
    DRIVERS("drivers", "one row per driver: nationality, birth date, entries, seasons"),
    /** One row per event: series, season, round, circuit, sessions. */
    EVENTS("events", "one row per event: series, season, round, date, circuit, sessions"),
    /** One row per championship standing of a driver, team or manufacturer. */
    STANDINGS("standings", "one row per championship standing: holder, position, points, title");

    private final String key;
    private final String description;

    ExportTable(String key, String description) {
        this.key = key;
        this.description = description;
    }

    /**
     * @return the name users type and the file name without extension, e.g. {@code results}
     */
    public String key() {
        return key;
    }

    /**
     * @return what one row of the table is, in a line
     */
    public String description() {
        return description;
    }

    /**
     * @return the classpath path of the table's Cypher file below {@code cypher/}
     */
    String cypherPath() {
        return "export/" + key + ".cypher";
    }

    /**
     * Finds a table by its key, case-insensitively.
     *
     * @param key e.g. {@code results}
     * @return the table
     * @throws PaddockException when no table has that key; the message lists the tables
     */
    public static ExportTable of(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(table -> table.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new PaddockException("No export table '" + key + "'; the tables are: " + keys()));
    }

    /**
     * @return every table's key, comma-separated, in table order
     */
    public static String keys() {
        return Arrays.stream(values()).map(ExportTable::key).collect(Collectors.joining(", "));
    }
}
