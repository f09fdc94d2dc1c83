package io.paddock.importer;

import io.paddock.internal.text.Utf8;
/**
 * Typed reads of CSV fields; a value that does not parse raises {@link BadField}, which the adapters turn into a
 * rejected row naming the file, line and column.
 */
final class Fields {

    /** A field whose value is not what its column promises. */
    static final class BadField extends RuntimeException {
        final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    private Fields() {
    }

    static String text(CsvFile.Row row, String column, boolean required) {
        String value = row.get(column);
        if (value == null || value.isBlank()) {
            if (required) {
                throw new BadField(column, "missing value");
            }
            return null;
        }
        return value.strip();
    }

    static Integer integer(CsvFile.Row row, String column, boolean required) {
        String value = text(row, column, required);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            if (value.matches("[-+]?[0-9]+")) {
                throw new BadField(column, "out of range: '" + shortened(value) + "' (at most " + Integer.MAX_VALUE + ")");
            }
            throw new BadField(column, "not a whole number: '" + shortened(value) + "'");
        }
    }

    /** A value as quoted in a message: at most 40 characters, {@linkplain Utf8#visible visible}. */
    static String shortened(String value) {
        return Utf8.visible(value.length() <= 40 ? value : value.substring(0, 40) + "…");
    }

    static Double decimal(CsvFile.Row row, String column) {
        String value = text(row, column, false);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            throw new BadField(column, "not a number: '" + shortened(value) + "'");
        }
    }

    /** A number where one is welcome but not required (coordinates, lengths): null when absent or unreadable. */
    static Double decimalOrNull(String value) {
        try {
            return value == null ? null : Double.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * Seconds from a clock time as the datasets print it: {@code 1:34:50.616}, {@code 1:27.452}, {@code 25.021},
     * with an optional leading {@code +} (a gap).
     */
    static Double seconds(CsvFile.Row row, String column) {
        String value = text(row, column, false);
        if (value == null) {
            return null;
        }
        String clock = value.startsWith("+") ? value.substring(1) : value;
        try {
            double total = 0;
            for (String part : clock.split(":")) {
                total = total * 60 + Double.parseDouble(part);
            }
            return Math.round(total * 1000) / 1000.0;
        } catch (NumberFormatException e) {
            throw new BadField(column, "not a time: '" + shortened(value) + "'");
        }
    }

    static String date(CsvFile.Row row, String column, boolean required) {
        String value = text(row, column, required);
        if (value == null) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value).toString();
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadField(column, "not a date (YYYY-MM-DD): '" + shortened(value) + "'");
        }
    }
}
