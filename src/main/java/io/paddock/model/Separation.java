package io.paddock.model;

import java.util.List;

/**
 * How far apart drivers are in the driver network, counted in links (co-drivers or team-mates): from one driver to
 * everyone reachable (a "Kristensen number" for every driver), or between every two drivers of the largest connected
 * part of the network.
 *
 * @param from       the driver measured from, or null for the whole network
 * @param network    the network measured
 * @param drivers    drivers measured to: those reachable from {@code from}, or the largest connected part's size
 * @param components connected parts of the network (drivers who can reach each other)
 * @param distances  per number of links, how many drivers (from a driver) or pairs of drivers (whole network) are
 *                   that far apart, with examples
 * @param average    the average distance over those drivers or pairs
 * @param longest    the largest distance: the driver's eccentricity, or the diameter of the largest part
 * @param longestPair two drivers that far apart ({@code from} first when set)
 */
public record Separation(Ref from, Network network, int drivers, int components, List<Distance> distances,
                         double average, int longest, List<Ref> longestPair) {

    /**
     * Defensive copies.
     *
     * @param from        the driver measured from, or null
     * @param network     the network measured
     * @param drivers     drivers measured to
     * @param components  connected parts of the network
     * @param distances   the distribution
     * @param average     average distance
     * @param longest     the largest distance
     * @param longestPair two drivers that far apart
     */
    public Separation {
        distances = List.copyOf(distances);
        longestPair = List.copyOf(longestPair);
    }

    /**
     * One step of the distribution.
     *
     * @param links    the distance
     * @param count    drivers (from a driver) or pairs (whole network) this far apart
     * @param examples the first few drivers at that distance, by name (from a driver only)
     */
    public record Distance(int links, long count, List<Ref> examples) {

        /**
         * Defensive copy.
         *
         * @param links    the distance
         * @param count    how many
         * @param examples the first few
         */
        public Distance {
            examples = List.copyOf(examples);
        }
    }
}
