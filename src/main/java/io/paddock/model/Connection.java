package io.paddock.model;

import java.util.List;

/**
 * How two drivers are connected: the shortest chain of co-drivers and team-mates from one to the other.
 *
 * @param a       where the chain starts
 * @param b       where it ends
 * @param links   the links from {@code a} to {@code b}; empty when there is no connection within the limit
 * @param sources provenance of every link
 */
public record Connection(Ref a, Ref b, List<Link> links, List<String> sources) {

    /** The most links a chain may have; beyond it two drivers count as not connected. */
    public static final int MAX_LINKS = 12;

    /**
     * Defensive copies.
     *
     * @param a       where the chain starts
     * @param b       where it ends
     * @param links   the links from {@code a} to {@code b}; empty when there is no connection within the limit
     * @param sources provenance of every link
     */
    public Connection {
        links = List.copyOf(links);
        sources = List.copyOf(sources);
    }

    /**
     * @return whether a chain was found
     */
    public boolean connected() {
        return !links.isEmpty();
    }

    /**
     * @return one line, e.g. {@code Richard Lietz – Seth Neiman: 3 links}, or that there is no connection
     */
    public String summary() {
        if (!connected()) {
            return a.name() + " – " + b.name() + ": no connection through co-drivers and team-mates within "
                    + MAX_LINKS + " links";
        }
        return a.name() + " – " + b.name() + ": " + links.size() + (links.size() == 1 ? " link" : " links");
    }

    /**
     * Two drivers next to each other in the chain.
     *
     * @param from    the driver nearer {@code a}
     * @param to      the next driver
     * @param shared  the first event they shared (within the filters), with the role there ({@code CO_DRIVER}
     *                or {@code TEAM_MATE}), its series, and the car, team and class of {@code to}
     * @param events  how many events they shared (within the filters)
     * @param sources provenance of this link
     */
    public record Link(Ref from, Ref to, SharedEvent shared, int events, List<String> sources) {

        /**
         * Defensive copy.
         *
         * @param from    the driver nearer {@code a}
         * @param to      the next driver
         * @param shared  the first event they shared (within the filters), with the role there ({@code CO_DRIVER}
         *                or {@code TEAM_MATE}), its series, and the car, team and class of {@code to}
         * @param events  how many events they shared (within the filters)
         * @param sources provenance of this link
         */
        public Link {
            sources = List.copyOf(sources);
        }
    }
}
