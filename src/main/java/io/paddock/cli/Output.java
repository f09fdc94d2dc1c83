package io.paddock.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    /**
     * The slots of Paddock's answers that the sources may leave open, and why each is null. An answer's JSON says
     * it next to the null, in an {@code "unknown"} object, so a reader never takes a gap for "none".
     */
    private static final Map<String, String> WHY_UNKNOWN = Map.ofEntries(
            Map.entry("number", "no car number is printed in the sources"),
            Map.entry("carClass", "the sources do not name the class"),
            Map.entry("team", "the sources do not name the entrant"),
            Map.entry("car", "the sources do not name the car model"),
            Map.entry("position", "the sources do not give the position"),
            Map.entry("classPosition", "the sources do not give the class position"),
            Map.entry("positionA", "the sources do not give the position"),
            Map.entry("positionB", "the sources do not give the position"),
            Map.entry("nationality", "the sources do not give it"),
            Map.entry("hometown", "the sources do not give it"),
            Map.entry("round", "the sources do not give the round"),
            Map.entry("date", "the sources do not give the date"),
            Map.entry("series", "the sources do not name the series"),
            Map.entry("circuit", "the sources do not name the circuit"),
            Map.entry("laps", "the sources do not give the laps"));

    /**
     * An answer (a profile, team-mates, a head-to-head) as JSON in which every open slot is an explicit null with
     * its reason beside it: {@code "team": null, "unknown": {"team": "the sources do not name the entrant"}}.
     */
    static String answerJson(Object value) {
        JsonNode tree = JSON.valueToTree(value);
        explainNulls(tree);
        return toJson(tree);
    }

    private static void explainNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            ObjectNode reasons = JSON.createObjectNode();
            object.fields().forEachRemaining(field -> {
                String why = reason(object, field.getKey(), field.getValue());
                if (why != null) {
                    reasons.put(field.getKey(), why);
                }
                explainNulls(field.getValue());
            });
            if (!reasons.isEmpty() && !object.has("unknown")) {
                object.set("unknown", reasons);
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(Output::explainNulls);
        }
    }

    private static String reason(ObjectNode object, String field, JsonNode value) {
        if (field.equals("crew") && value.isArray() && object.path("crewComplete").isBoolean()
                && !object.path("crewComplete").asBoolean()) {
            return value.isEmpty() ? "the sources name no driver of this car"
                    : "the sources name " + value.size() + " of the crew; the others are unknown";
        }
        if (!value.isNull() || !WHY_UNKNOWN.containsKey(field)) {
            return null;
        }
        if (field.equals("car") && object.path("carIdentified").isBoolean() && !object.path("carIdentified").asBoolean()) {
            return "the sources place the crew at the event without saying which car";
        }
        if ((field.equals("position") || field.equals("classPosition"))
                && "NOT_CLASSIFIED".equals(object.path("status").asText())) {
            return "not classified";
        }
        return WHY_UNKNOWN.get(field);
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
