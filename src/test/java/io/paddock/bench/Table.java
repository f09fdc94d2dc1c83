package io.paddock.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** One results table of a benchmark run, written as Markdown (for docs/performance.md) and CSV (for a spreadsheet). */
final class Table {

    private final String name;
    private final String title;
    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Table(String name, String title, String... columns) {
        this.name = name;
        this.title = title;
        this.columns = List.of(columns);
    }

    Table row(Object... cells) {
        rows.add(Arrays.stream(cells).map(Table::cell).toList());
        return this;
    }

    Table note(String text) {
        notes.add(text);
        return this;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof Double d) {
            double a = Math.abs(d);
            return a >= 1000 ? String.format("%,.0f", d) : a >= 100 ? String.format("%.0f", d)
                    : a >= 10 ? String.format("%.1f", d) : String.format("%.2f", d);
        }
        if (value instanceof Long || value instanceof Integer) {
            return String.format("%,d", ((Number) value).longValue());
        }
        return value.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder("#### ").append(title).append("\n\n");
        out.append("| ").append(String.join(" | ", columns)).append(" |\n");
        out.append("|").append("---|".repeat(columns.size())).append("\n");
        rows.forEach(r -> out.append("| ").append(String.join(" | ", r)).append(" |\n"));
        if (!notes.isEmpty()) {
            out.append("\n");
            notes.forEach(n -> out.append(n).append("\n"));
        }
        return out.append("\n").toString();
    }

    String csv() {
        StringBuilder out = new StringBuilder(line(columns));
        rows.forEach(r -> out.append(line(r.stream().map(c -> c.replace(",", "")).toList())));
        return out.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(c -> c.contains(",") || c.contains("\"") ? '"' + c.replace("\"", "\"\"") + '"' : c)
                .collect(Collectors.joining(",")) + "\n";
    }

    /** Writes NAME.csv into the folder and appends the Markdown to the run's report; prints the Markdown. */
    void write(Path dir, Path report) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(name + ".csv"), csv());
            Files.writeString(report, markdown(), java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.print(markdown());
        System.out.flush();
    }

    /** Median and p-th percentile of samples (nearest rank). */
    static double percentile(List<Double> samples, int p) {
        double[] sorted = samples.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
