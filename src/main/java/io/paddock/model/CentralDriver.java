package io.paddock.model;

import java.util.List;

/**
 * A driver's place in the driver network.
 *
 * @param driver      the driver
 * @param pageRank    PageRank over the links weighted by shared events: high when linked to well-linked drivers
 * @param betweenness how many shortest chains between two other drivers run through this one (the bridges)
 * @param partners    co-drivers and team-mates within the network
 * @param series      the series of the driver's whole career in the graph, in the order first raced
 * @param firstSeason the first season of that career
 * @param lastSeason  the last one
 * @param sources     provenance of the driver
 */
public record CentralDriver(Ref driver, double pageRank, double betweenness, int partners, List<Ref> series,
                            Integer firstSeason, Integer lastSeason, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param driver      the driver
     * @param pageRank    PageRank
     * @param betweenness betweenness centrality
     * @param partners    co-drivers and team-mates within the network
     * @param series      the series of the driver's career
     * @param firstSeason first season
     * @param lastSeason  last season
     * @param sources     provenance
     */
    public CentralDriver {
        series = List.copyOf(series);
        sources = List.copyOf(sources);
    }
}
