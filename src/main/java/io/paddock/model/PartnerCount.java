package io.paddock.model;

import java.util.List;

/**
 * A co-driver or team-mate and how many events they shared, without the events ({@link Partner} lists them).
 *
 * @param driver  the partner
 * @param events  number of distinct events shared in this role
 * @param sources provenance ({@code <source id>#p<paragraph>})
 */
public record PartnerCount(Ref driver, int events, List<String> sources) {

    /**
     * Defensive copy.
     *
     * @param driver  the partner
     * @param events  number of distinct events shared in this role
     * @param sources provenance ({@code <source id>#p<paragraph>})
     */
    public PartnerCount {
        sources = List.copyOf(sources);
    }
}
