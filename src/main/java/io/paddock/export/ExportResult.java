package io.paddock.export;

import java.nio.file.Path;
import java.util.List;

/**
 * What exporting one table wrote.
 *
 * @param table   the table
 * @param format  the format it was written in
 * @param columns the column names, in order (the CSV header)
 * @param rows    how many rows were written
 * @param file    the file written, or {@code null} when the table went to a caller's writer
 * @param millis  how long the export took, in milliseconds
 */
public record ExportResult(ExportTable table, ExportFormat format, List<String> columns, long rows, Path file, long millis) {

    /**
     * @param table   the table
     * @param format  the format
     * @param columns the columns, copied
     * @param rows    rows written
     * @param file    the file, or {@code null}
     * @param millis  elapsed milliseconds
     */
    public ExportResult {
        columns = List.copyOf(columns);
    }

    ExportResult toFile(Path written) {
        return new ExportResult(table, format, columns, rows, written, millis);
    }
}
