package io.paddock.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.paddock.model.Ref;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a command prints: an aligned text table by default, JSON with {@code --json}.
 */
final class Output {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(TemporalAccessor.class, new ToStringSerializer()))
            .enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--json", description = "Print JSON instead of a table")
    boolean json;

    private static final CsvMapper CSV = new CsvMapper();

    /** Rows as CSV with a header line, for notebooks and spreadsheets; cells as in the table. */
    static String csv(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        rows.get(0).keySet().forEach(schema::addColumn);
        List<Map<String, String>> cells = rows.stream()
                .map(row -> {
                    Map<String, String> line = new java.util.LinkedHashMap<>();
                    row.forEach((key, value) -> line.put(key, cell(value)));
                    return line;
                })
                .toList();
        try {
            return CSV.writer(schema.build()).writeValueAsString(cells);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write CSV: " + e.getMessage(), e);
        }
    }

    static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
        }
    }

    /** Prints rows as a table (or JSON array); an empty result says so. */
    void rows(PrintWriter out, List<Map<String, Object>> rows) {
        if (json) {
            out.println(toJson(rows));
        } else {
            out.print(table(rows));
        }
        out.flush();
    }

    static String table(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "(no rows)" + System.lineSeparator();
        }
        List<String> columns = new ArrayList<>(rows.get(0).keySet());
        List<List<String>> cells = rows.stream()
                .map(row -> columns.stream().map(c -> cell(row.get(c))).toList())
                .toList();
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = columns.get(i).length();
            for (List<String> line : cells) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, columns, widths);
        List<String> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        appendLine(text, rules, widths);
        cells.forEach(line -> appendLine(text, line, widths));
        text.append("(").append(rows.size()).append(rows.size() == 1 ? " row)" : " rows)").append(System.lineSeparator());
        return text.toString();
    }

    private static void appendLine(StringBuilder text, List<String> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append("  ");
            }
            line.append(values.get(i)).append(" ".repeat(widths[i] - values.get(i).length()));
        }
        text.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    /** A series as a table cell prints it: its name (the id is in the JSON). */
    static String seriesName(Ref series) {
        return series == null ? null : series.name();
    }

    /** A cell: null prints as empty, lists as comma-separated values, maps as JSON. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(Output::cell).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?>) {
            return toJson(value).replaceAll("\\s*\\n\\s*", " ");
        }
        return String.valueOf(value);
    }
}
