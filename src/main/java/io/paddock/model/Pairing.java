package io.paddock.model;

import java.util.List;

/**
 * Every event two drivers shared, and in which role.
 *
 * @param a       first driver
 * @param b       second driver
 * @param events  shared events, oldest first; one per event and role
 * @param sources provenance
 */
public record Pairing(Ref a, Ref b, List<SharedEvent> events, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param a       first driver
     * @param b       second driver
     * @param events  shared events, oldest first; one per event and role
     * @param sources provenance
     */
    public Pairing {
        events = List.copyOf(events);
        sources = List.copyOf(sources);
    }
}
