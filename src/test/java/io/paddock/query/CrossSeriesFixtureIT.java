package io.paddock.query;

import io.paddock.SeededGraph;
import io.paddock.model.Career;
import io.paddock.model.CareerLine;
import io.paddock.model.Connection;
import io.paddock.model.Crossover;
import io.paddock.model.Duel;
import io.paddock.model.HeadToHead;
import io.paddock.model.Ref;
import io.paddock.model.Score;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The facade across series with a second series beside the seed: the fixture {@code fixtures/lemans-2010.cypher}
 * adds four cars of the 2010 24 Hours of Le Mans as the importers will write them (Bernhard, Dumas, Capello, Tucker
 * and Bouchut are the seed's own driver nodes), and the Formula 1 series node. Figures are the fixture's rows of
 * {@code ../shared/data/lemans24/results_in.csv} and the seed's.
 */
class CrossSeriesFixtureIT extends SeededGraph {

    private static final Ref ALMS = new Ref("series", "alms", "American Le Mans Series");
    private static final Ref LE_MANS = new Ref("series", "lemans", "24 Hours of Le Mans");

    @BeforeAll
    static void addLeMans2010() throws IOException {
        addFixture("lemans-2010.cypher");
    }

    @Test
    void seriesResolveByIdNameAndAlias() {
        for (String name : List.of("f1", "Formula 1", "F1", "formula one")) {
            assertThat(queries.resolve(name, "series").id()).as(name).isEqualTo("f1");
        }
        for (String name : List.of("lemans", "24 Hours of Le Mans", "Le Mans", "24h Le Mans")) {
            assertThat(queries.resolve(name, "series")).as(name).isEqualTo(LE_MANS);
        }
        assertThat(queries.resolve("ALMS", "series")).isEqualTo(ALMS);
    }

    @Test
    void questionsAnswerAcrossSeriesUnlessFiltered() {
        assertThat(queries.teammates("Timo Bernhard", QueryFilter.all()).coDrivers())
                .extracting(p -> p.driver().name() + ":" + p.events())
                .containsExactly("Romain Dumas:4", "Mike Rockenfeller:1", "Patrick Long:1");
        assertThat(queries.teammates("Timo Bernhard", QueryFilter.all().series("Le Mans")).coDrivers())
                .extracting(p -> p.driver().name() + ":" + p.shared().get(0).series().id())
                .containsExactly("Mike Rockenfeller:lemans", "Romain Dumas:lemans");
    }

    @Test
    void dumasBeatCapelloAtLeMansAfterLosingTwiceInTheAlms() {
        HeadToHead h2h = queries.headToHead(PaddockQueries.Side.DRIVERS, "Dumas", "Capello", QueryFilter.all());

        assertThat(h2h.duels()).extracting(Duel::eventId, Duel::series, Duel::positionA, Duel::positionB).containsExactly(
                tuple("alms-2007-petit-le-mans", ALMS, 2, 1), tuple("alms-2007-laguna-seca", ALMS, 2, 1),
                tuple("lemans-2010", LE_MANS, 1, 3));
        assertThat(h2h.overall()).isEqualTo(new Score(1, 2));
        assertThat(h2h.inClass()).as("LMP1 both at Le Mans").isEqualTo(new Score(1, 0));
        assertThat(h2h.sources()).endsWith("lemans24#results_in.csv:4489", "lemans24#results_in.csv:4491");
    }

    @Test
    void crossoverListsTheSeedDriversWhoAlsoRaceAtLeMans() {
        List<Crossover> drivers = queries.crossover(null, null, false, QueryFilter.all());

        assertThat(drivers).extracting(d -> d.driver().name(), d -> d.series().size(), Crossover::wins, Crossover::classWins)
                .containsExactly(
                        tuple("Rinaldo Capello", 2, 2, 2), tuple("Romain Dumas", 2, 1, 3), tuple("Timo Bernhard", 2, 1, 3),
                        tuple("Christophe Bouchut", 2, 0, 1), tuple("Scott Tucker", 2, 0, 1));
        assertThat(drivers.get(1).series()).containsExactly(
                new Crossover.InSeries(ALMS, 4, 3, 0, 2, 2007, 2011), new Crossover.InSeries(LE_MANS, 1, 1, 1, 1, 2010, 2010));
        assertThat(drivers.get(0).sources()).contains("lemans24#results_in.csv:4491", "000_a2ddb8a8b78fb99c#p1");
        assertThat(queries.crossover("Le Mans", "ALMS", false, QueryFilter.all().limit(2)))
                .extracting(d -> d.driver().name()).containsExactly("Rinaldo Capello", "Romain Dumas");
    }

    @Test
    void winnersCountOnlyTheSeriesTheyWonIn() {
        assertThat(queries.crossover(null, null, true, QueryFilter.all()))
                .extracting(d -> d.driver().name()).containsExactly("Romain Dumas", "Timo Bernhard");
        assertThat(queries.crossover("F1", "Le Mans", false, QueryFilter.all())).as("no race of Formula 1 yet").isEmpty();
        assertThat(queries.crossover(null, null, false, QueryFilter.all().season(2010))).as("ALMS holds no 2010 race").isEmpty();
    }

    @Test
    void bernhardsCareerHasALineAndATotalPerSeries() {
        Career career = queries.career("Timo Bernhard", QueryFilter.all());

        assertThat(career.totals()).extracting(CareerLine::series, CareerLine::seasons, CareerLine::starts, CareerLine::wins,
                        CareerLine::classWins, CareerLine::bestFinish)
                .containsExactly(tuple(ALMS, 2, 2, 0, 2, 2), tuple(LE_MANS, 1, 1, 1, 1, 1));
        CareerLine leMans = career.seasons().get(2);
        assertThat(leMans.season()).isEqualTo(2010);
        assertThat(leMans.podiums()).isEqualTo(1);
        assertThat(leMans.teams()).containsExactly("Audi Sport North America");
        assertThat(leMans.cars()).containsExactly("Audi R15 TDI plus");
        assertThat(leMans.sources()).containsExactly("lemans24#results_in.csv:4489");
        assertThat(queries.career("Timo Bernhard", QueryFilter.all().series("24h Le Mans")).seasons())
                .extracting(CareerLine::season).containsExactly(2010);
    }

    @Test
    void rockenfellerReachesLietzThroughDumasAcrossTwoSeries() {
        Connection path = queries.path("Rockenfeller", "Richard Lietz", QueryFilter.all());

        assertThat(path.links()).extracting(l -> l.to().name(), l -> l.shared().role(), l -> l.shared().eventId(),
                        l -> l.shared().series())
                .containsExactly(tuple("Romain Dumas", "CO_DRIVER", "lemans-2010", LE_MANS),
                        tuple("Richard Lietz", "CO_DRIVER", "alms-2011-laguna-seca", ALMS));
        assertThat(path.sources()).startsWith("002_5f0b9dc16f1a01fe#p15").endsWith("lemans24#results_in.csv:4489");
        assertThat(queries.path("Rockenfeller", "Richard Lietz", QueryFilter.all().series("ALMS")).connected())
                .as("Rockenfeller raced only at Le Mans").isFalse();
    }

    @Test
    void theJoestCarsMakeTeamMatesAndStayApartFromTheWinners() {
        Connection path = queries.path("Tom Kristensen", "André Lotterer", QueryFilter.all());

        assertThat(path.links()).singleElement().satisfies(link -> {
            assertThat(link.shared().role()).isEqualTo("TEAM_MATE");
            assertThat(link.shared().team()).isEqualTo("Audi Sport Team Joest");
            assertThat(link.shared().car()).isEqualTo("8");
            assertThat(link.shared().className()).isEqualTo("LMP1");
        });
        assertThat(queries.path("Kristensen", "Bernhard", QueryFilter.all()).connected()).isFalse();
    }
}
