package io.paddock.resolve;

import java.util.List;

/**
 * Resolution's answer for one {@link PersonClaim}.
 *
 * @param claim    who was resolved
 * @param verdict  what was decided
 * @param id       the graph id the person gets
 * @param other    for KEPT_APART and DOUBTFUL: the id of the same-named person kept apart from; else null
 * @param evidence why, one fact per line (name key, nationality, years, curated alias)
 */
public record Decision(PersonClaim claim, Verdict verdict, String id, String other, List<String> evidence) {

    /**
     * Defensive copy.
     *
     * @param claim    who was resolved
     * @param verdict  what was decided
     * @param id       the graph id the person gets
     * @param other    for KEPT_APART and DOUBTFUL: the id of the same-named person kept apart from; else null
     * @param evidence why, one fact per line (name key, nationality, years, curated alias)
     */
    public Decision {
        evidence = List.copyOf(evidence);
    }
}
