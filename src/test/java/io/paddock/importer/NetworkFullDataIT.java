package io.paddock.importer;

import io.paddock.model.CentralDriver;
import io.paddock.model.Network;
import io.paddock.model.Separation;
import io.paddock.query.DriverNetwork;
import io.paddock.query.DriverNetwork.Centrality;
import io.paddock.query.DriverNetwork.Links;
import io.paddock.query.IndependentNetwork;
import io.paddock.query.QueryFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The network questions on the full graph (Formula 1, Le Mans and the seed), checked against the same network worked
 * out independently: its links from a Cypher pattern of their own, betweenness by Brandes' algorithm and distances by
 * breadth-first search in plain Java ({@link IndependentNetwork}).
 */
class NetworkFullDataIT {

    private static DriverNetwork network;
    private static IndependentNetwork independent;

    @BeforeAll
    static void theFullGraph() {
        FullDataGraph graph = FullDataGraph.get();
        network = graph.paddock.network();
        independent = IndependentNetwork.of(graph.paddock, null);
    }

    @Test
    void theNetworkAndItsBridgesAgreeWithBrandes() {
        DriverNetwork.Ranked<CentralDriver> central = network.central(Centrality.BETWEENNESS, Links.ALL, QueryFilter.all().limit(5));
        Map<String, Double> betweenness = independent.betweenness();

        assertThat(central.network()).isEqualTo(new Network(independent.drivers(), independent.links(), "co-drivers and team-mates"));
        assertThat(central.rows()).extracting(c -> c.driver().id()).containsExactlyElementsOf(betweenness.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(5).map(Map.Entry::getKey).toList());
        assertThat(central.rows()).allSatisfy(c -> assertThat(c.betweenness()).as(c.driver().name())
                .isCloseTo(betweenness.get(c.driver().id()), within(1e-3)));
    }

    @Test
    void kristensensNumbersAreTheBreadthFirstDistances() {
        Separation separation = network.separation("Tom Kristensen", Links.ALL, QueryFilter.all());
        TreeMap<Integer, Long> expected = independent.distancesFrom("tom-kristensen").values().stream().filter(d -> d > 0)
                .collect(Collectors.groupingBy(d -> d, TreeMap::new, Collectors.counting()));
        TreeMap<Integer, Long> answered = new TreeMap<>();
        separation.distances().forEach(d -> answered.put(d.links(), d.count()));

        assertThat(answered).isEqualTo(expected);
        assertThat(separation.longest()).isEqualTo(expected.lastKey());
    }

    @Test
    void theWholeNetworksSeparationIsEveryPairsDistance() {
        Separation separation = network.separation(null, Links.ALL, QueryFilter.all());
        long[] expected = independent.allPairs();

        assertThat(separation.drivers()).isEqualTo((int) expected[0]);
        assertThat(separation.distances().stream().mapToLong(Separation.Distance::count).sum()).isEqualTo(expected[1]);
        assertThat(separation.average()).isCloseTo((double) expected[2] / expected[1], within(1e-9));
        assertThat(separation.longest()).isEqualTo((int) expected[3]);
    }
}
