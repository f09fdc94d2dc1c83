package io.paddock.model;

import java.util.List;

/**
 * A co-driver or team-mate, with what they shared.
 *
 * @param driver  the partner
 * @param events  number of distinct events shared in this role
 * @param shared  the events, oldest first
 * @param sources provenance ({@code <source id>#p<paragraph>})
 */
public record Partner(Ref driver, int events, List<SharedEvent> shared, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param driver  the partner
     * @param events  number of distinct events shared in this role
     * @param shared  the events, oldest first
     * @param sources provenance ({@code <source id>#p<paragraph>})
     */
    public Partner {
        shared = List.copyOf(shared);
        sources = List.copyOf(sources);
    }
}
