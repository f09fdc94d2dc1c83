package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.SeededGraph;
import io.paddock.model.CentralDriver;
import io.paddock.model.DriverCommunity;
import io.paddock.model.Network;
import io.paddock.model.Ref;
import io.paddock.model.Separation;
import io.paddock.model.SimilarDriver;
import io.paddock.query.DriverNetwork.Centrality;
import io.paddock.query.DriverNetwork.Links;
import io.paddock.query.DriverNetwork.Ranked;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The network questions on a hand-made network whose answers are worked out by hand ({@code fixtures/network.cypher},
 * series {@code network-test}, beside the shipped seed): two triangles, Ash–Birch–Cedar and Dale–Elm–Fir, joined by
 * the one link Cedar–Dale, and a pair Gale–Hale on its own. And on the seed's ALMS drivers, with figures counted from
 * the seed's crews.
 */
class NetworkIT extends SeededGraph {

    private static final QueryFilter FIXTURE = QueryFilter.all().series("network-test");

    private static DriverNetwork network;

    @BeforeAll
    static void addTheHandMadeNetwork() throws IOException {
        addFixture("network.cypher");
        network = paddock.network();
    }

    @Test
    void theNetworkLinksDriversWhoSharedACarOrATeamAndCarsThatNeverStartedLinkNobody() {
        Ranked<CentralDriver> all = network.central(Centrality.PAGE_RANK, Links.ALL, FIXTURE);
        Ranked<CentralDriver> coDrivers = network.central(Centrality.PAGE_RANK, Links.CO_DRIVERS, FIXTURE);

        assertThat(all.network()).isEqualTo(new Network(8, 8, "co-drivers and team-mates"));
        assertThat(all.rows()).extracting(row -> row.driver().name()).doesNotContain("Ivy Ivy");
        // Ash–Cedar and Birch–Cedar were team-mates (car 2 of Tee Racing), not co-drivers
        assertThat(coDrivers.network()).isEqualTo(new Network(8, 6, "co-drivers"));
    }

    @Test
    void theTwoEndsOfTheBridgeAreTheMostBetweenAndRankFirst() {
        List<CentralDriver> central = network.central(Centrality.BETWEENNESS, Links.ALL, FIXTURE.limit(3)).rows();

        // Cedar lies on the shortest chains of {Ash, Birch} x {Dale, Elm, Fir}: 6 pairs; Dale on {Ash, Birch, Cedar} x {Elm, Fir}
        assertThat(central).extracting(c -> c.driver().name(), CentralDriver::betweenness, CentralDriver::partners)
                .containsExactly(tuple("Cleo Cedar", 6.0, 3), tuple("Dan Dale", 6.0, 3), tuple("Anna Ash", 0.0, 2));
        assertThat(central.get(0).pageRank()).isGreaterThan(central.get(2).pageRank());
        assertThat(central.get(0).series()).extracting(Ref::id).containsExactly("network-test");
        assertThat(central.get(0).firstSeason()).isEqualTo(2001);
    }

    @Test
    void pageRankFavoursTheDriversLinkedToWellLinkedOnes() {
        List<CentralDriver> central = network.central(Centrality.PAGE_RANK, Links.ALL, FIXTURE).rows();

        assertThat(central).extracting(c -> c.driver().name()).startsWith("Cleo Cedar", "Dan Dale", "Gus Gale", "Hal Hale");
        assertThat(central.get(0).pageRank()).isCloseTo(central.get(1).pageRank(), within(1e-9));
    }

    @Test
    void communitiesAreTheTwoTrianglesAndThePair() {
        List<DriverCommunity> communities = network.communities(Links.ALL, FIXTURE).rows();

        assertThat(communities).extracting(DriverCommunity::rank, DriverCommunity::size,
                        c -> c.members().stream().map(Ref::name).sorted().toList())
                .containsExactly(tuple(1, 3, List.of("Anna Ash", "Bea Birch", "Cleo Cedar")),
                        tuple(2, 3, List.of("Dan Dale", "Eve Elm", "Finn Fir")),
                        tuple(3, 2, List.of("Gus Gale", "Hal Hale")));
        assertThat(communities.get(0).members()).extracting(Ref::name).as("most partners first")
                .containsExactly("Cleo Cedar", "Anna Ash", "Bea Birch");
        assertThat(communities.get(0).teams()).containsExactly(new DriverCommunity.Tally(new Ref("team", "tee", "Tee Racing"), 3));
        assertThat(communities.get(1).teams()).extracting(t -> t.holder().name()).containsExactly("Uu Racing");
        assertThat(communities.get(2).teams()).isEmpty();
        assertThat(communities.get(2).makers()).containsExactly(new DriverCommunity.Tally(new Ref("manufacturer", "emm", "Emm"), 2));
        assertThat(communities.get(0).firstSeason()).isEqualTo(2001);
    }

    @Test
    void aCommunitysSeasonsTeamsAndMakersStayWithinTheFilters() {
        List<DriverCommunity> in2007 = network.communities(Links.ALL, QueryFilter.all().series("ALMS").season(2007)).rows();

        // Penske's 2007 family: Bernhard, Dumas, Long, Briscoe, Maassen, Collard raced later too, but not in this network
        assertThat(in2007).isNotEmpty().allSatisfy(c -> assertThat(List.of(c.firstSeason(), c.lastSeason())).containsOnly(2007));
        assertThat(in2007).flatExtracting(DriverCommunity::makers).extracting(t -> t.holder().name()).doesNotContain("BMW");
    }

    @Test
    void similarDriversShareTheirPartners() {
        List<SimilarDriver> similar = network.similar("Anna Ash", Links.ALL, FIXTURE).rows();

        // Ash's partners {Birch, Cedar}; Birch's {Ash, Cedar}: 1 shared of 3; Cedar's {Ash, Birch, Dale}: 1 of 4;
        // Dale's {Cedar, Elm, Fir}: 1 of 4; Elm, Fir, Gale and Hale share nobody with Ash
        assertThat(similar).extracting(s -> s.driver().name(), SimilarDriver::similarity, SimilarDriver::sharedPartners,
                        s -> s.partners().stream().map(Ref::name).toList())
                .containsExactly(tuple("Bea Birch", 1.0 / 3, 1, List.of("Cleo Cedar")),
                        tuple("Cleo Cedar", 0.25, 1, List.of("Bea Birch")),
                        tuple("Dan Dale", 0.25, 1, List.of("Cleo Cedar")));
    }

    @Test
    void separationFromOneDriverCountsTheLinksToEveryoneReachable() {
        Separation separation = network.separation("Anna Ash", Links.ALL, FIXTURE);

        assertThat(separation.distances()).extracting(Separation.Distance::links, Separation.Distance::count,
                        d -> d.examples().stream().map(Ref::name).toList())
                .containsExactly(tuple(1, 2L, List.of("Cleo Cedar", "Bea Birch")), tuple(2, 1L, List.of("Dan Dale")),
                        tuple(3, 2L, List.of("Eve Elm", "Finn Fir")));
        assertThat(separation.drivers()).isEqualTo(5);
        assertThat(separation.components()).isEqualTo(2);
        assertThat(separation.average()).isEqualTo(2.0);
        assertThat(separation.longest()).isEqualTo(3);
        assertThat(separation.longestPair()).extracting(Ref::name).containsExactly("Anna Ash", "Eve Elm");
    }

    @Test
    void separationOfTheWholeNetworkMeasuresEveryPairOfItsLargestPart() {
        Separation separation = network.separation(null, Links.ALL, FIXTURE);

        // the six drivers of the two triangles: 15 pairs, 7 linked, 4 two links apart (Ash–Dale, Birch–Dale, Cedar–Elm,
        // Cedar–Fir), 4 three links apart (Ash and Birch to Elm and Fir)
        assertThat(separation.from()).isNull();
        assertThat(separation.drivers()).isEqualTo(6);
        assertThat(separation.distances()).extracting(Separation.Distance::links, Separation.Distance::count)
                .containsExactly(tuple(1, 7L), tuple(2, 4L), tuple(3, 4L));
        assertThat(separation.average()).isCloseTo(27.0 / 15, within(1e-12));
        assertThat(separation.longest()).isEqualTo(3);
        assertThat(separation.longestPair()).extracting(Ref::name).containsExactly("Anna Ash", "Eve Elm");
    }

    @Test
    void theSeedsAlmsNetworkAgreesWithAnIndependentCount() {
        IndependentNetwork independent = IndependentNetwork.of(paddock, "alms");
        Map<String, Double> betweenness = independent.betweenness();

        Ranked<CentralDriver> central = network.central(Centrality.BETWEENNESS, Links.ALL, QueryFilter.all().series("ALMS").limit(36));

        assertThat(central.network()).isEqualTo(new Network(independent.drivers(), independent.links(), "co-drivers and team-mates"));
        assertThat(central.rows()).hasSize(independent.drivers())
                .allSatisfy(c -> assertThat(c.betweenness()).as(c.driver().name()).isCloseTo(betweenness.get(c.driver().id()), within(1e-6)));
        assertThat(central.rows()).extracting(c -> c.driver().name(), CentralDriver::betweenness)
                .startsWith(tuple("Patrick Long", 24.0), tuple("Dirk Werner", 21.0));
        Separation fromLong = network.separation("Patrick Long", Links.ALL, QueryFilter.all().series("ALMS"));
        Map<String, Integer> distances = independent.distancesFrom("patrick-long");
        assertThat(fromLong.drivers()).isEqualTo(distances.size() - 1);
        assertThat(fromLong.longest()).isEqualTo(distances.values().stream().mapToInt(Integer::intValue).max().orElseThrow());
        Separation whole = network.separation(null, Links.ALL, QueryFilter.all().series("ALMS"));
        long[] pairs = independent.allPairs();
        assertThat(whole.drivers()).isEqualTo((int) pairs[0]);
        assertThat(whole.distances().stream().mapToLong(Separation.Distance::count).sum()).isEqualTo(pairs[1]);
        assertThat(whole.average()).isCloseTo((double) pairs[2] / pairs[1], within(1e-9));
        assertThat(whole.longest()).isEqualTo((int) pairs[3]);
    }

    @Test
    void filtersThatKeepNoLinkAnswerAnEmptyNetworkAndAnEventIsRefused() {
        Ranked<DriverCommunity> none = network.communities(Links.ALL, FIXTURE.season(1999));

        assertThat(none.network()).isEqualTo(new Network(0, 0, "co-drivers and team-mates"));
        assertThat(none.rows()).isEmpty();
        assertThatThrownBy(() -> network.central(Centrality.PAGE_RANK, Links.ALL, FIXTURE.event("Network Test E1")))
                .isInstanceOf(PaddockException.class).hasMessageContaining("not an event");
    }

    @Test
    void aDriverOutsideTheNetworkIsSaidToBeSo() {
        assertThatThrownBy(() -> network.separation("Ivy Ivy", Links.ALL, FIXTURE))
                .isInstanceOf(PaddockException.class).hasMessage("Ivy Ivy has no co-driver or team-mate within these filters");
        assertThatThrownBy(() -> network.similar("Ivy Ivy", Links.ALL, FIXTURE))
                .isInstanceOf(PaddockException.class).hasMessage("Ivy Ivy has no co-driver or team-mate within these filters");
        assertThat(network.similar("Gus Gale", Links.ALL, FIXTURE).rows()).as("in the network, sharing no partner").isEmpty();
        // and the failed questions left no projection behind
        assertThat(paddock.cypher("CALL gds.graph.list() YIELD graphName RETURN count(*) AS graphs", java.util.Map.of()))
                .containsExactly(java.util.Map.of("graphs", 0L));
    }
}
