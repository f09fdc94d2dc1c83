package io.paddock.model;

import java.util.List;

/**
 * A driver like another one in the driver network: they share co-drivers and team-mates.
 *
 * @param driver         the similar driver
 * @param similarity     the Jaccard index of the two drivers' partners: shared partners / partners of either (0–1)
 * @param sharedPartners how many co-drivers and team-mates the two share
 * @param partners       the shared partners by name (the first few)
 */
public record SimilarDriver(Ref driver, double similarity, int sharedPartners, List<Ref> partners) {

    /**
     * Defensive copy.
     *
     * @param driver         the similar driver
     * @param similarity     Jaccard index of the partner sets
     * @param sharedPartners partners in common
     * @param partners       the first few shared partners
     */
    public SimilarDriver {
        partners = List.copyOf(partners);
    }
}
