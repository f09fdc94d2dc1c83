package io.paddock.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes rows of plain values (strings, numbers, booleans, dates, lists) in one format, one row at a time, so a
 * table streams from the database to the file. Never closes the writer it was given.
 */
abstract class RowWriter implements AutoCloseable {

    /** Separates the values of a list column in a CSV cell. */
    static final String LIST_SEPARATOR = "|";

    static RowWriter of(ExportFormat format, Writer out) {
        return format == ExportFormat.CSV ? new Csv(out) : new JsonLines(out);
    }

    /** Starts the table: called once, before any row. */
    abstract void start(List<String> columns) throws IOException;

    /** One row, its values in column order. */
    abstract void row(List<Object> values) throws IOException;

    @Override
    public abstract void close() throws IOException;

    private static final class Csv extends RowWriter {

        private static final CsvMapper CSV = CsvMapper.builder()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
                .build();

        private final Writer out;
        private SequenceWriter rows;
        private boolean closed;

        Csv(Writer out) {
            this.out = out;
        }

        @Override
        void start(List<String> columns) throws IOException {
            CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
            columns.forEach(schema::addColumn);
            rows = CSV.writer(schema.build()).writeValues(out);
        }

        @Override
        void row(List<Object> values) throws IOException {
            String[] cells = new String[values.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = cell(values.get(i));
            }
            rows.write(cells);
        }

        /** A CSV cell: null is empty, a list its values joined by {@code |}, a decimal never in E notation. */
        static String cell(Object value) {
            if (value == null) {
                // Jackson's CSV writer skips a null array element (the columns after it would shift): write "".
                return "";
            }
            if (value instanceof Collection<?> list) {
                return list.stream().map(Csv::cell).collect(Collectors.joining(LIST_SEPARATOR));
            }
            if (value instanceof Double number && Double.isFinite(number)) {
                String text = number.toString();
                return text.indexOf('E') < 0 ? text : BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            }
            return String.valueOf(value);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            if (rows != null) {
                rows.close(); // writes the header of an empty table too
            }
            out.flush();
        }
    }

    private static final class JsonLines extends RowWriter {

        private static final ObjectMapper JSON = new ObjectMapper()
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .registerModule(new SimpleModule().addSerializer(TemporalAccessor.class, new ToStringSerializer()));

        private final Writer out;
        private List<String> columns;

        JsonLines(Writer out) {
            this.out = out;
        }

        @Override
        void start(List<String> columns) {
            this.columns = columns;
        }

        @Override
        void row(List<Object> values) throws IOException {
            Map<String, Object> line = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                line.put(columns.get(i), values.get(i));
            }
            out.write(JSON.writeValueAsString(line));
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
