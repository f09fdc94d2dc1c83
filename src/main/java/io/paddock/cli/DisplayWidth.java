package io.paddock.cli;

import org.jline.utils.WCWidth;

/**
 * How many terminal columns text takes, and text cut to a number of columns. A wide character (CJK, Hangul,
 * full-width forms, most emoji) takes two columns and a combining mark none, so {@code String.length()} would
 * misalign a table with names in wide scripts; JLine's {@link WCWidth} knows which is which (ADR 0023).
 */
final class DisplayWidth {

    /** Marks where a text table cut a cell; a cut never happens in JSON or CSV. */
    static final String ELLIPSIS = "…";

    private DisplayWidth() {
    }

    /** The columns {@code text} takes in a terminal; control characters count as none. */
    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += columns(codePoint);
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /**
     * {@code text} unchanged when it fits in {@code columns}, else as much of it as fits with "…" in the last
     * column; a combining mark stays with its letter, a wide character that would straddle the edge goes.
     */
    static String cut(String text, int columns) {
        if (of(text) <= columns) {
            return text;
        }
        if (columns <= 0) {
            return "";
        }
        int room = columns - of(ELLIPSIS);
        StringBuilder kept = new StringBuilder();
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = columns(codePoint);
            if (width + next > room) {
                break;
            }
            kept.appendCodePoint(codePoint);
            width += next;
            i += Character.charCount(codePoint);
        }
        return kept.toString().stripTrailing() + ELLIPSIS;
    }

    /** {@code text} followed by spaces up to {@code columns}. */
    static String pad(String text, int columns) {
        return text + " ".repeat(Math.max(0, columns - of(text)));
    }

    private static int columns(int codePoint) {
        return Math.max(0, WCWidth.wcwidth(codePoint));
    }
}
