package io.paddock.importer;

/**
 * A dataset row the import left out, and why.
 *
 * @param file   file name, e.g. {@code results.csv}
 * @param line   line in the file (the header is line 1)
 * @param field  the column at fault
 * @param reason what is wrong
 */
public record Rejection(String file, int line, String field, String reason) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + reason;
    }
}
