package io.paddock.export;

import io.paddock.PaddockException;

import java.util.Arrays;
import java.util.Locale;

/**
 * How {@code paddock export} writes a table.
 */
public enum ExportFormat {

    /** CSV (RFC 4180) with a header line; null is an empty cell, a list is its values joined by {@code |}. */
    CSV("csv"),
    /** JSON Lines: one JSON object per row, columns in table order; null is {@code null}, a list is an array. */
    JSONL("jsonl");

    private final String key;

    ExportFormat(String key) {
        this.key = key;
    }

    /**
     * @return the name users type, also the file extension: {@code csv} or {@code jsonl}
     */
    public String key() {
        return key;
    }

    /**
     * Finds a format by its key, case-insensitively.
     *
     * @param key {@code csv} or {@code jsonl}
     * @return the format
     * @throws PaddockException for any other text
     */
    public static ExportFormat of(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> format.key.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new PaddockException("No export format '" + key + "'; use csv or jsonl"));
    }
}
