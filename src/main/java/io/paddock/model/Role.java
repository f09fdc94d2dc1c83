package io.paddock.model;

import java.util.List;

/**
 * A role other than driving (e.g. head of a manufacturer's motorsport department).
 *
 * @param role         the role as described
 * @param organisation the manufacturer or team
 * @param season       season year it is reported for, or null
 * @param inferred     why it was worked out rather than printed, or null
 * @param sources      provenance
 */
public record Role(String role, Ref organisation, Integer season, String inferred, List<String> sources) {

    /**
     * Defensive copy.
     *
     * @param role         the role as described
     * @param organisation the manufacturer or team
     * @param season       season year it is reported for, or null
     * @param inferred     why it was worked out rather than printed, or null
     * @param sources      provenance
     */
    public Role {
        sources = List.copyOf(sources);
    }
}
