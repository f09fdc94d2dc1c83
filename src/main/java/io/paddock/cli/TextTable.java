package io.paddock.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Lays rows out as an aligned text table: columns as wide as their widest cell in terminal columns (a CJK character
 * counts two), two spaces apart. Where the terminal's width is known, a table wider than it narrows its widest
 * columns first, one column at a time, and cuts their cells with "…"; numbers are never cut, only their headers.
 * Where the width is unknown (a pipe, a file, a test) nothing is cut (ADR 0023).
 */
final class TextTable {

    private static final String GAP = "  ";
    /** A text column is never narrowed below this, so a cut cell still says what it starts with. */
    private static final int NARROWEST = 6;
    /** Counts, ranks, seconds, lap times and percentages: cells a reader needs whole. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9.,:]*%?");

    private final List<String> columns;
    private final List<List<Object>> cells;

    private TextTable(List<String> columns, List<List<Object>> cells) {
        this.columns = columns;
        this.cells = cells;
    }

    static TextTable of(List<Map<String, Object>> rows) {
        List<String> columns = rows.isEmpty() ? List.of() : new ArrayList<>(rows.get(0).keySet());
        List<List<Object>> cells = rows.stream()
                .map(row -> columns.stream().map(row::get).toList())
                .toList();
        return new TextTable(columns, cells);
    }

    /** The table, fitted to {@code terminalColumns} when that is known, with a closing "(3 rows)" line. */
    String render(OptionalInt terminalColumns) {
        if (cells.isEmpty()) {
            return "(no rows)" + System.lineSeparator();
        }
        int[] widths = naturalWidths();
        if (terminalColumns.isPresent()) {
            narrow(widths, terminalColumns.getAsInt());
        }
        StringBuilder text = new StringBuilder();
        appendLine(text, columns.stream().map(c -> (Object) c).toList(), widths);
        List<Object> rules = new ArrayList<>();
        for (int width : widths) {
            rules.add("-".repeat(width));
        }
        appendLine(text, rules, widths);
        cells.forEach(line -> appendLine(text, line, widths));
        text.append("(").append(cells.size()).append(cells.size() == 1 ? " row)" : " rows)").append(System.lineSeparator());
        return text.toString();
    }

    private int[] naturalWidths() {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            widths[i] = DisplayWidth.of(columns.get(i));
            for (List<Object> line : cells) {
                widths[i] = Math.max(widths[i], DisplayWidth.of(text(line.get(i))));
            }
        }
        return widths;
    }

    /**
     * Takes one column at a time off the widest column until the table fits: a text column down to six, a number
     * column down to its widest number (its header cut with "…", never a number). A long header such as "poles (fastest
     * in qualifying)" thus gives way as a long detail does, before a name is cut.
     */
    private void narrow(int[] widths, int terminalColumns) {
        int[] narrowest = new int[widths.length];
        for (int i = 0; i < widths.length; i++) {
            int text = Math.min(widths[i], NARROWEST);
            narrowest[i] = isNumeric(i) ? Math.max(widestCell(i), text) : text;
        }
        narrowTo(widths, narrowest, terminalColumns);
    }

    private static void narrowTo(int[] widths, int[] narrowest, int terminalColumns) {
        int excess = total(widths) - terminalColumns;
        while (excess > 0) {
            int widest = -1;
            for (int i = 0; i < widths.length; i++) {
                if (widths[i] > narrowest[i] && (widest < 0 || widths[i] > widths[widest])) {
                    widest = i;
                }
            }
            if (widest < 0) {
                return;   // as narrow as it goes: a terminal this narrow wraps the rest
            }
            widths[widest]--;
            excess--;
        }
    }

    private int widestCell(int column) {
        int widest = 0;
        for (List<Object> line : cells) {
            widest = Math.max(widest, DisplayWidth.of(text(line.get(column))));
        }
        return widest;
    }

    private static int total(int[] widths) {
        int total = GAP.length() * (widths.length - 1);
        for (int width : widths) {
            total += width;
        }
        return total;
    }

    private boolean isNumeric(int column) {
        boolean any = false;
        for (List<Object> line : cells) {
            String text = text(line.get(column));
            if (!text.isEmpty()) {
                if (!NUMBER.matcher(text).matches()) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static void appendLine(StringBuilder text, List<Object> values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(GAP);
            }
            line.append(DisplayWidth.pad(fitted(values.get(i), widths[i]), widths[i]));
        }
        text.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }

    /** A cell as a wide enough column shows it: a listing's first items, anything else as {@link Output#cell}. */
    private static String text(Object value) {
        return value instanceof Listing listing ? listing.text() : Output.cell(value);
    }

    private static String fitted(Object value, int columns) {
        return value instanceof Listing listing ? listing.fit(columns) : DisplayWidth.cut(Output.cell(value), columns);
    }
}
