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
import io.paddock.model.ResultStatus;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
            Map.entry("className", "the sources do not name the class"),
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

    /** A head-to-head's class scores, null where none of its sessions is in a series with classes. */
    private static final java.util.Set<String> CLASS_SCORES = java.util.Set.of("inClass", "qualifyingInClass",
            "classWinsA", "classWinsB");

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
        if (value.isNull() && CLASS_SCORES.contains(field) && object.path("seriesHasClasses").isBoolean()
                && !object.path("seriesHasClasses").asBoolean()) {
            return "none of the sessions compared is in a series with classes";
        }
        if (!value.isNull() || !WHY_UNKNOWN.containsKey(field)) {
            return null;
        }
        if (field.equals("positionA") || field.equals("positionB")) {
            String status = object.path("outcome" + field.substring(field.length() - 1)).path("status").asText("");
            if (!status.isEmpty() && !status.equals(ResultStatus.CLASSIFIED.name())) {
                return "no position: " + ResultStatus.valueOf(status).words();
            }
        }
        if ((field.equals("className") || field.equals("carClass")) && object.path("seriesHasClasses").isBoolean()
                && !object.path("seriesHasClasses").asBoolean()) {
            return "this series has no classes";
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

    /** Rows as a text table, fitted to the terminal's width when the command's output is a terminal of known width. */
    static String table(List<Map<String, Object>> rows) {
        return table(rows, terminalColumns());
    }

    /** Rows as a text table, fitted to {@code terminalColumns} when present, never cut when empty. */
    static String table(List<Map<String, Object>> rows, OptionalInt terminalColumns) {
        return TextTable.of(rows).render(terminalColumns);
    }

    /** Below this a width is taken for a mistake (or a terminal too narrow to fit anything) and ignored. */
    private static final int NARROWEST_TERMINAL = 20;

    /**
     * A long sentence (a rule under a table) as lines broken between words: at most 110 characters, or the terminal's
     * width where it is known and narrower.
     */
    static List<String> sentence(String text) {
        int width = Math.min(110, terminalColumns().orElse(110));
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    /**
     * The width of the terminal the output goes to: {@code COLUMNS} as the user's shell has it (the paddock script
     * exports it when its output is a terminal; the launcher sends it to the server), and only when the output is a
     * terminal, so that a pipe or a file always gets whole cells.
     */
    static OptionalInt terminalColumns() {
        String columns = CommandContext.env(Launcher.TERMINAL_COLUMNS_ENV);
        if (columns == null || !CommandContext.interactive()) {
            return OptionalInt.empty();
        }
        try {
            int width = Integer.parseInt(columns.strip());
            return width >= NARROWEST_TERMINAL ? OptionalInt.of(width) : OptionalInt.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }

    /** A series as a table cell prints it: its name (the id is in the JSON). */
    static String seriesName(Ref series) {
        return series == null ? null : series.name();
    }

    /** A cell whole: null prints as empty, lists as comma-separated values, a {@link Listing} every item, maps as JSON. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Listing listing) {
            return listing.whole();
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
