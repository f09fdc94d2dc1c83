package io.paddock.internal.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The text the full-text name index ({@code searchText}) reads for a node one source owns (an event, a person):
 * the name, then its aliases and any extra words, joined by {@code " | "}. Entities several sources merge get the
 * same shape from {@code graph.cypher}, over the merged name and aliases.
 */
public final class SearchText {

    private SearchText() {
    }

    /**
     * @param name    the name
     * @param aliases other spellings, or null
     * @param extras  more words to find it by (a year, a circuit); nulls and blanks are left out
     * @return the text
     */
    public static String of(String name, List<String> aliases, Object... extras) {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        if (aliases != null) {
            parts.addAll(aliases);
        }
        for (Object extra : extras) {
            if (extra != null && !extra.toString().isBlank()) {
                parts.add(extra.toString());
            }
        }
        return String.join(" | ", parts.stream().filter(Objects::nonNull).toList());
    }
}
