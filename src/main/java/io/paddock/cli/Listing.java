package io.paddock.cli;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * A table cell that lists things, such as the events behind a record. A text table shows the first {@code shown}
 * of them and says how many more there are ("… and 102 more"), dropping more of them where its column is cut to
 * the terminal's width; JSON and CSV always get every item ({@link #whole()}).
 *
 * @param items  everything the cell lists, in order
 * @param shown  how many of them a text table shows at most; {@link Integer#MAX_VALUE} for all
 */
record Listing(List<String> items, int shown) {

    /** How items are joined in a cell. */
    static final String SEPARATOR = "; ";

    Listing {
        items = List.copyOf(items);
        if (shown < 1) {
            throw new IllegalArgumentException("shown must be at least 1");
        }
    }

    /** Every item, for machine-readable output. */
    @JsonValue
    String whole() {
        return String.join(SEPARATOR, items);
    }

    /** The cell in a text table with room to spare: the first items and how many more there are. */
    String text() {
        return firstOf(visible());
    }

    /**
     * The cell in a column of {@code columns}: as many of the first items as fit before "… and N more"; when not even
     * one does, the first item is cut so that the count of the others still shows ("Canadian Gra… and 103 more").
     */
    String fit(int columns) {
        if (items.isEmpty()) {
            return "";
        }
        for (int count = visible(); count >= 1; count--) {
            String text = firstOf(count);
            if (DisplayWidth.of(text) <= columns) {
                return text;
            }
        }
        // Not even one whole item fits: cut the first one, but keep the count of the others, which says most.
        String others = " and " + (items.size() - 1) + " more";
        int room = columns - DisplayWidth.of(others);
        if (items.size() == 1 || room < 5) {
            return DisplayWidth.cut(text(), columns);
        }
        String head = DisplayWidth.cut(items.get(0), room - 1);
        return (head.endsWith(DisplayWidth.ELLIPSIS) ? head : head + DisplayWidth.ELLIPSIS) + others;
    }

    /** The items a wide enough column shows: all when only one would be left out, since naming it costs no more. */
    private int visible() {
        return items.size() - shown <= 1 ? items.size() : shown;
    }

    private String firstOf(int count) {
        String first = String.join(SEPARATOR, items.subList(0, count));
        String more = more(items.size() - count);
        return more.isEmpty() ? first : first + " " + more;
    }

    private static String more(int left) {
        return left == 0 ? "" : DisplayWidth.ELLIPSIS + " and " + left + " more";
    }
}
