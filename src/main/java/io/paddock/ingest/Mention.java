package io.paddock.ingest;

import java.util.List;

/**
 * A name found in a report and what it was linked to.
 *
 * @param surface    the text as printed
 * @param kind       driver, person, team, manufacturer, car, circuit, class, series or event
 * @param id         the linked node's id; for a new entity the id proposed for it; null when ambiguous
 * @param name       the linked node's name (for new entities: the proposed name)
 * @param paragraph  paragraph of the report, counted from 1
 * @param start      character offset where the mention starts
 * @param end        character offset after the mention
 * @param confidence how sure the linker is, 0 to 1
 * @param status     LINKED, AMBIGUOUS (see candidates) or NEW (an unknown name, proposed as a new entity)
 * @param candidates the ids that fit an ambiguous mention
 * @param how        which rule linked it (full name, alias, surname after full name …)
 */
public record Mention(String surface, String kind, String id, String name, int paragraph, int start, int end,
                      double confidence, String status, List<String> candidates, String how) {

    /**
     * Defensive copy.
     *
     * @param surface    the text as printed
     * @param kind       the entity kind
     * @param id         the linked id or null
     * @param name       the linked or proposed name
     * @param paragraph  paragraph, from 1
     * @param start      start offset
     * @param end        end offset
     * @param confidence 0 to 1
     * @param status     LINKED, AMBIGUOUS or NEW
     * @param candidates ids of an ambiguous mention
     * @param how        the rule that linked it
     */
    public Mention {
        candidates = List.copyOf(candidates);
    }

    /** @return true when linked to exactly one node */
    public boolean linked() {
        return "LINKED".equals(status);
    }
}
