package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.model.CentralDriver;
import io.paddock.model.DriverCommunity;
import io.paddock.model.Network;
import io.paddock.model.Ref;
import io.paddock.model.Separation;
import io.paddock.model.SimilarDriver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Questions about the whole web of drivers: who connects it, which families form in it, who is like whom, how far
 * apart everyone is. Each call projects the driver network ({@code cypher/queries/network/project.cypher}: drivers,
 * linked when they shared a car or a team at an event, weighted by shared events) into Neo4j Graph Data Science,
 * runs one algorithm file of that folder on it and drops it, all in one read transaction, so the answer sees one
 * state of the graph and nothing outlives the call. Needs Graph Data Science in the database: the embedded mode
 * brings it; a server needs the GDS plugin, else a one-line {@link PaddockException} says so.
 * <p>
 * Filters: season, range of seasons, series and class (both cars in the class) keep the events a link counts;
 * {@link Links#CO_DRIVERS} keeps shared cars only; the limit caps the rows (default 10). An event filter is refused.
 */
public final class DriverNetwork {

    /** What links two drivers in the network. */
    public enum Links {
        /** Co-drivers (same car) and team-mates (same team and event, another car). */
        ALL("all", "co-drivers and team-mates"),
        /** Co-drivers only: drivers who shared a car. */
        CO_DRIVERS("co-drivers", "co-drivers");

        private final String parameter;
        private final String words;

        Links(String parameter, String words) {
            this.parameter = parameter;
            this.words = words;
        }
    }

    /** How {@link #central} orders the drivers. */
    public enum Centrality {
        /** PageRank over links weighted by shared events. */
        PAGE_RANK("pageRank"),
        /** Betweenness: shortest chains through the driver. */
        BETWEENNESS("betweenness");

        private final String parameter;

        Centrality(String parameter) {
            this.parameter = parameter;
        }
    }

    private static final int DEFAULT_LIMIT = 10;
    private static final int LISTED = 8;
    private static final int EXAMPLES = 3;

    private final QueryContext context;

    DriverNetwork(QueryContext context) {
        this.context = context;
    }

    /**
     * The drivers who connect the network most.
     *
     * @param by     PageRank or betweenness
     * @param links  what links two drivers
     * @param filter season, range, series, class; limit (default 10)
     * @return the network measured and its most central drivers, most central first
     */
    public Ranked<CentralDriver> central(Centrality by, Links links, QueryFilter filter) {
        return on(links, filter, (reads, graph, network, filters) -> reads.run("network/central",
                Map.of("graphName", graph, "by", by.parameter, "limit", filter.limitOr(DEFAULT_LIMIT))).stream()
                .map(r -> new CentralDriver(driver(r.get("id"), r.get("name")), r.get("pageRank").asDouble(),
                        r.get("betweenness").asDouble(), r.get("partners").asInt(),
                        r.get("series").asList(v -> new Ref("series", v.get("series").asString(), v.get("seriesName").asString())),
                        Columns.integer(r.get("firstSeason")), Columns.integer(r.get("lastSeason")), Columns.sources(r)))
                .toList());
    }

    /**
     * Families of drivers: Leiden communities of the network, largest first.
     *
     * @param links  what links two drivers
     * @param filter season, range, series, class; limit (default 10 communities)
     * @return the network and its largest communities, each with its best-connected members, and the seasons, teams
     *         and makers of its members' cars within the filters
     */
    public Ranked<DriverCommunity> communities(Links links, QueryFilter filter) {
        return on(links, filter, (reads, graph, network, filters) -> {
            List<Record> rows = reads.run("network/communities",
                    Map.of("graphName", graph, "limit", filter.limitOr(DEFAULT_LIMIT), "members", LISTED), filters);
            List<DriverCommunity> communities = new ArrayList<>();
            for (Record r : rows) {
                communities.add(new DriverCommunity(communities.size() + 1, r.get("size").asInt(),
                        r.get("members").asList(v -> driver(v.get("id"), v.get("name"))),
                        Columns.integer(r.get("firstSeason")), Columns.integer(r.get("lastSeason")),
                        r.get("teams").asList(v -> tally("team", v)), r.get("makers").asList(v -> tally("manufacturer", v))));
            }
            return communities;
        });
    }

    /**
     * The drivers most like one driver: node similarity (Jaccard) of their co-drivers and team-mates.
     *
     * @param driverName a driver's name
     * @param links      what links two drivers
     * @param filter     season, range, series, class; limit (default 10)
     * @return the network and the most similar drivers, most similar first, each with the partners the two share
     */
    public Ranked<SimilarDriver> similar(String driverName, Links links, QueryFilter filter) {
        Ref driver = context.names().resolve(driverName, "driver");
        return aboutDriver(driver, () -> on(links, filter, (reads, graph, network, filters) -> {
            List<SimilarDriver> similar = reads.run("network/similar", Map.of("graphName", graph, "driverId", driver.id(),
                            "limit", filter.limitOr(DEFAULT_LIMIT), "shared", LISTED)).stream()
                    .map(r -> new SimilarDriver(driver(r.get("id"), r.get("name")), r.get("similarity").asDouble(),
                            r.get("sharedPartners").asInt(), r.get("partners").asList(v -> driver(v.get("id"), v.get("name")))))
                    .toList();
            if (similar.isEmpty() && !reads.run("network/member", Map.of("graphName", graph, "driverId", driver.id()))
                    .get(0).get("member").asBoolean()) {
                throw new OutsideTheNetwork(null);
            }
            return similar;
        }));
    }

    /**
     * How far one driver is from everyone in the network, in links: the distribution of distances (a "Kristensen
     * number" for every driver reachable), their average and the farthest.
     *
     * @param driverName a driver's name, or null for the whole network: every pair of drivers of its largest
     *                   connected part (the average separation and the diameter)
     * @param links      what links two drivers
     * @param filter     season, range, series, class; the limit is not used
     * @return the distribution and its figures
     */
    public Separation separation(String driverName, Links links, QueryFilter filter) {
        Ref from = driverName == null ? null : context.names().resolve(driverName, "driver");
        Supplier<Ranked<Separation>> question = () -> on(links, filter, (reads, graph, network, filters) -> {
            int components = reads.run("network/components", Map.of("graphName", graph)).get(0).get("components").asInt();
            if (from == null) {
                return List.of(Separations.wholeNetwork(network, components,
                        reads.run("network/links", Map.of("graphName", graph)), EXAMPLES));
            }
            List<Record> rows = reads.run("network/separation", Map.of("graphName", graph, "driverId", from.id(), "examples", EXAMPLES));
            return List.of(Separations.fromDriver(from, network, components, rows));
        });
        Ranked<Separation> answer = from == null ? question.get() : aboutDriver(from, question);
        return answer.rows().isEmpty()
                ? new Separation(from, answer.network(), 0, 0, List.of(), 0, 0, from == null ? List.of() : List.of(from))
                : answer.rows().get(0);
    }

    /**
     * An answer about the network: the network it ran on and its rows.
     *
     * @param network the projected network
     * @param rows    the answer's rows, in order
     * @param <T>     the row type
     */
    public record Ranked<T>(Network network, List<T> rows) {

        /**
         * Defensive copy.
         *
         * @param network the projected network
         * @param rows    the rows
         */
        public Ranked {
            rows = List.copyOf(rows);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        List<T> on(QueryContext.Reads reads, String graphName, Network network, Map<String, Object> filterParameters);
    }

    /**
     * Projects the network, runs the work on it and drops it, in one read transaction. A network without a link
     * (filters that keep no shared event) answers no rows without running the algorithm.
     */
    private <T> Ranked<T> on(Links links, QueryFilter filter, Work<T> work) {
        if (filter.event() != null) {
            throw new PaddockException("The driver network takes season, range of seasons, series and class filters, "
                    + "not an event: one event is too small a network");
        }
        Map<String, Object> filterParameters = context.filterParameters(filter);
        try {
            return context.read(reads -> {
                String graph = "paddock-network-" + UUID.randomUUID();
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("graphName", graph);
                parameters.put("links", links.parameter);
                Record projected = reads.run("network/project", parameters, filterParameters).get(0);
                try {
                    Network network = new Network(projected.get("drivers").asInt(0), projected.get("links").asInt(0), links.words);
                    Ranked<T> answer = new Ranked<>(network, network.links() == 0 ? List.of() : work.on(reads, graph, network, filterParameters));
                    reads.run("network/drop", Map.of("graphName", graph));
                    return answer;
                } catch (RuntimeException failed) {
                    dropAfterFailure(graph);
                    throw failed;
                }
            });
        } catch (ClientException e) {
            throw withoutGraphDataScience(e);
        } catch (PaddockException e) {
            if (e.getCause() instanceof ClientException cause) {
                throw withoutGraphDataScience(cause);
            }
            throw e;
        }
    }

    /**
     * Drops the projection of a failed question in a transaction of its own (the failed one takes no more
     * statements, and the catalog lives outside transactions), so no graph stays behind. Never masks the failure.
     */
    private void dropAfterFailure(String graph) {
        try {
            context.readApart(reads -> reads.run("network/drop", Map.of("graphName", graph)));
        } catch (RuntimeException ignored) {
            // the question's failure is the one to report
        }
    }

    private static PaddockException withoutGraphDataScience(ClientException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("exist in the in-memory graph") || message.contains("missing from the graph")) {
            return new OutsideTheNetwork(e);
        }
        if (message.contains("gds.") && (message.contains("Unknown function") || message.contains("no procedure"))) {
            return new PaddockException("Network analytics need Neo4j Graph Data Science in the database: the embedded "
                    + "mode brings it (run without --uri); on a server, install the GDS plugin", e);
        }
        return new PaddockException("Network question failed: " + message, e);
    }

    /**
     * The driver asked about has no link within the filters (GDS says so in its words, or {@code member.cypher}
     * does): {@link #aboutDriver} names the driver.
     */
    private static final class OutsideTheNetwork extends PaddockException {
        OutsideTheNetwork(Throwable cause) {
            super("The driver has no co-driver or team-mate within these filters", cause);
        }
    }

    private static <T> T aboutDriver(Ref driver, Supplier<T> question) {
        try {
            return question.get();
        } catch (OutsideTheNetwork e) {
            throw new PaddockException(driver.name() + " has no co-driver or team-mate within these filters", e);
        }
    }

    private static Ref driver(Value id, Value name) {
        return new Ref("driver", id.asString(), name.asString());
    }

    private static DriverCommunity.Tally tally(String kind, Value v) {
        return new DriverCommunity.Tally(new Ref(kind, v.get("id").asString(), v.get("name").asString()), v.get("drivers").asInt());
    }
}
