package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.SeededGraph;
import io.paddock.model.Career;
import io.paddock.model.CareerLine;
import io.paddock.model.Connection;
import io.paddock.model.Duel;
import io.paddock.model.Partner;
import io.paddock.model.Ref;
import io.paddock.model.SharedEvent;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The facade across series on the shipped seed, which holds one series (ALMS): series named every way, the series
 * on every row about an event, and the three questions across series — a path, a career, crossover drivers.
 */
class CrossSeriesIT extends SeededGraph {

    private static final Ref ALMS = new Ref("series", "alms", "American Le Mans Series");

    @Test
    void theSeedsSeriesResolvesByIdNameAndAlias() {
        for (String name : List.of("alms", "ALMS", "American Le Mans Series", "american le mans series")) {
            assertThat(queries.resolve(name, "series")).as(name).isEqualTo(ALMS);
            assertThat(queries.teammates("Timo Bernhard", QueryFilter.all().series(name)).coDrivers())
                    .as(name).extracting(p -> p.driver().name() + ":" + p.events())
                    .containsExactly("Romain Dumas:3", "Patrick Long:1");
        }
        assertThatThrownBy(() -> queries.teammates("Timo Bernhard", QueryFilter.all().series("DTM")))
                .isInstanceOf(UnknownNameException.class).hasMessage("No series matches 'DTM'");
    }

    @Test
    void everyRowAboutAnEventSaysItsSeries() {
        List<Partner> coDrivers = queries.teammates("Timo Bernhard", QueryFilter.all()).coDrivers();
        assertThat(coDrivers).flatExtracting(Partner::shared).extracting(SharedEvent::series).hasSize(4).containsOnly(ALMS);
        assertThat(queries.sharedEvents("bernhard", "maassen").events()).extracting(SharedEvent::series)
                .containsExactly(ALMS, ALMS, ALMS);
        assertThat(queries.headToHead(PaddockQueries.Side.DRIVERS, "Dumas", "Capello", QueryFilter.all()).duels())
                .extracting(Duel::eventId, Duel::series)
                .containsExactly(tuple("alms-2007-petit-le-mans", ALMS), tuple("alms-2007-laguna-seca", ALMS));
        assertThat(queries.rivals("Timo Bernhard", QueryFilter.all().limit(1))).singleElement()
                .satisfies(rival -> assertThat(rival.series()).containsExactly(ALMS));
    }

    @Test
    void lietzReachesNeimanInThreeLinksThroughDumasAndLong() {
        Connection path = queries.path("Richard Lietz", "Seth Neiman", QueryFilter.all());

        assertThat(path.connected()).isTrue();
        assertThat(path.summary()).isEqualTo("Richard Lietz – Seth Neiman: 3 links");
        assertThat(path.links()).extracting(l -> l.from().name(), l -> l.to().name(), l -> l.shared().role(),
                        l -> l.shared().eventId(), l -> l.shared().season(), l -> l.shared().series(), Connection.Link::events)
                .containsExactly(
                        tuple("Richard Lietz", "Romain Dumas", "CO_DRIVER", "alms-2011-laguna-seca", 2011, ALMS, 1),
                        tuple("Romain Dumas", "Patrick Long", "CO_DRIVER", "alms-2007-petit-le-mans", 2007, ALMS, 1),
                        tuple("Patrick Long", "Seth Neiman", "TEAM_MATE", "alms-2009-mosport", 2009, ALMS, 1));
        assertThat(path.links().get(2).shared().team()).isEqualTo("Flying Lizard Motorsports");
        assertThat(path.links().get(2).shared().className()).isEqualTo("GT2");
        assertThat(path.sources()).startsWith("000_a2ddb8a8b78fb99c#p1").contains("002_5f0b9dc16f1a01fe#p15", "004_25bd5506d5b4103e#p1");
    }

    @Test
    void aLinkNamesTheFirstEventThePairShared() {
        Connection path = queries.path("Bernhard", "Dumas", QueryFilter.all());

        assertThat(path.links()).singleElement().satisfies(link -> {
            assertThat(link.shared().eventId()).isEqualTo("alms-2007-petit-le-mans");
            assertThat(link.shared().role()).isEqualTo("CO_DRIVER");
            assertThat(link.events()).isEqualTo(3);
        });
        assertThat(queries.path("Bernhard", "Dumas", QueryFilter.all().season(2008)).links()).singleElement()
                .satisfies(link -> assertThat(link.shared().eventId()).isEqualTo("alms-2008-mosport"));
    }

    @Test
    void noConnectionIsSaidPlainly() {
        Connection capello = queries.path("Capello", "Bernhard", QueryFilter.all());
        assertThat(capello.connected()).isFalse();
        assertThat(capello.links()).isEmpty();
        assertThat(capello.summary())
                .isEqualTo("Rinaldo Capello – Timo Bernhard: no connection through co-drivers and team-mates within 12 links");

        assertThat(queries.path("Richard Lietz", "Seth Neiman", QueryFilter.all().season(2007)).connected())
                .as("Dumas and Lietz shared a car only in 2011").isFalse();
    }

    @Test
    void aPathNeedsTwoDriversAndNoClassFilter() {
        assertThatThrownBy(() -> queries.path("Dumas", "romain dumas", QueryFilter.all()))
                .isInstanceOf(PaddockException.class).hasMessage("'Dumas' and 'romain dumas' are the same driver: Romain Dumas");
        assertThatThrownBy(() -> queries.path("Dumas", "Lietz", QueryFilter.all().inClass("GT2")))
                .isInstanceOf(PaddockException.class).hasMessageContaining("not a class or an event");
    }

    @Test
    void bernhardsCareerPerSeasonAndInTotal() {
        Career career = queries.career("Timo Bernhard", QueryFilter.all());

        assertThat(career.seasons()).extracting(CareerLine::season, CareerLine::events, CareerLine::starts, CareerLine::wins,
                        CareerLine::podiums, CareerLine::poles, CareerLine::classPoles, CareerLine::classWins,
                        CareerLine::bestFinish, CareerLine::bestClassFinish)
                .containsExactly(tuple(2007, 2, 2, 0, 2, 0, 0, 2, 2, 1), tuple(2008, 1, 0, 0, 0, 0, 1, 0, null, null));
        assertThat(career.totals()).singleElement().satisfies(total -> {
            assertThat(total.series()).isEqualTo(ALMS);
            assertThat(total.season()).isNull();
            assertThat(List.of(total.seasons(), total.events(), total.starts(), total.podiums(), total.classPoles(), total.classWins()))
                    .containsExactly(2, 3, 2, 2, 1, 2);
            assertThat(total.bestFinish()).isEqualTo(2);
            assertThat(total.teams()).containsExactly("Penske Racing");
            assertThat(total.cars()).containsExactly("Porsche RS Spyder");
            assertThat(total.classes()).containsExactly("LMP2");
        });
        assertThat(career.sources()).contains("000_a2ddb8a8b78fb99c#p1", "003_35013f9b1b801e33#p1");
    }

    @Test
    void aRetirementIsAStartWithoutAFinish() {
        Career dumas = queries.career("Romain Dumas", QueryFilter.all());

        assertThat(dumas.seasons()).extracting(CareerLine::season).containsExactly(2007, 2008, 2011);
        assertThat(dumas.seasons().get(2)).satisfies(line -> {
            assertThat(line.starts()).isEqualTo(1);
            assertThat(line.bestFinish()).isNull();
            assertThat(line.teams()).isEmpty();
        });
        assertThat(dumas.totals().get(0).starts()).isEqualTo(3);
        assertThat(queries.career("Romain Dumas", QueryFilter.all().season(2011)).totals())
                .extracting(CareerLine::events).containsExactly(1);
    }

    @Test
    void onOneSeriesNoDriverCrossesOver() {
        assertThat(queries.crossover(null, null, false, QueryFilter.all())).isEmpty();
        assertThat(queries.crossover("ALMS", null, true, QueryFilter.all())).isEmpty();
        assertThatThrownBy(() -> queries.crossover("alms", "American Le Mans Series", false, QueryFilter.all()))
                .isInstanceOf(PaddockException.class).hasMessage("'alms' and 'American Le Mans Series' are the same series: alms");
    }
}
