package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.SeededGraph;
import io.paddock.model.Duel;
import io.paddock.model.HeadToHead;
import io.paddock.model.Rival;
import io.paddock.model.Score;
import io.paddock.query.PaddockQueries.Side;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Head-to-heads and rivals on the shipped seed; expected values come from the articles.
 */
class RivalriesIT extends SeededGraph {

    @Test
    void capelloBeatDumasTwiceOverallIn2007ByTheStatedMargins() {
        HeadToHead h2h = queries.headToHead(Side.DRIVERS, "Romain Dumas", "Dindo Capello", QueryFilter.all().season(2007));

        assertThat(h2h.overall()).isEqualTo(new Score(0, 2));
        assertThat(h2h.summary()).isEqualTo("Rinaldo Capello 2 – 0 Romain Dumas (overall, races)");
        assertThat(h2h.duels()).extracting(Duel::eventId, Duel::positionA, Duel::positionB, Duel::marginSeconds)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("alms-2007-petit-le-mans", 2, 1, 0.923),
                        org.assertj.core.groups.Tuple.tuple("alms-2007-laguna-seca", 2, 1, 0.41));
        assertThat(h2h.sources()).contains("000_a2ddb8a8b78fb99c#p1", "001_40dddd42d94a9a30#p3");
    }

    @Test
    void winsCountOnlyTheSharedEvents() {
        HeadToHead h2h = queries.headToHead(Side.DRIVERS, "Dumas", "Capello", QueryFilter.all());

        assertThat(h2h.winsA()).isZero();
        assertThat(h2h.winsB()).isEqualTo(2);
        assertThat(h2h.classWinsA()).isEqualTo(2);
        assertThat(h2h.inClass()).as("LMP2 against LMP1: never in one class").isEqualTo(new Score(0, 0));
    }

    @Test
    void penskeBeatDysonRacingInClassEveryTimeTheyMet() {
        HeadToHead h2h = queries.headToHead(Side.TEAMS, "Penske", "Dyson Racing", QueryFilter.all());

        assertThat(h2h.inClass()).isEqualTo(new Score(2, 0));
        assertThat(h2h.qualifying()).isEqualTo(new Score(1, 0));
        assertThat(h2h.overall()).as("Dyson's overall places are not given").isEqualTo(new Score(0, 0));
        assertThat(h2h.summary()).isEqualTo("Penske Racing 2 – 0 Dyson Racing (in class, races)");
        assertThat(h2h.duels()).extracting(Duel::eventId)
                .containsExactly("alms-2007-petit-le-mans", "alms-2007-laguna-seca", "alms-2008-mosport");
        assertThat(h2h.duels().get(1).classDuels()).containsExactly(new Duel.ClassDuel("LMP2", 1, 5, "A"));
    }

    @Test
    void audiBeatPorscheOverallInBothRacesOf2007() {
        HeadToHead h2h = queries.headToHead(Side.MANUFACTURERS, "Porsche", "Audi", QueryFilter.all());

        assertThat(h2h.overall()).isEqualTo(new Score(0, 2));
        assertThat(h2h.duels()).extracting(Duel::marginSeconds).containsExactly(0.923, 0.41);
        assertThat(h2h.summary()).startsWith("Audi 2 – 0 Porsche");
    }

    @Test
    void aClassFilterKeepsOnlyThatClass() {
        HeadToHead h2h = queries.headToHead(Side.TEAMS, "Penske Racing", "Dyson Racing", QueryFilter.all().inClass("GT2"));

        assertThat(h2h.duels()).isEmpty();
        assertThat(h2h.summary()).isEqualTo("Penske Racing – Dyson Racing: no race both finished with a known position");
    }

    @Test
    void aDriverCannotBeHisOwnRival() {
        assertThatThrownBy(() -> queries.headToHead(Side.DRIVERS, "Dumas", "romain dumas", QueryFilter.all()))
                .isInstanceOf(PaddockException.class)
                .hasMessage("'Dumas' and 'romain dumas' are the same driver: Romain Dumas");
    }

    @Test
    void bernhardsRivalsInClassAreLedByMaassen() {
        List<Rival> rivals = queries.rivals("Timo Bernhard", QueryFilter.all());

        assertThat(rivals).extracting(r -> r.driver().name() + " " + r.meetings() + " " + r.score()).containsExactly(
                "Sascha Maassen 3 2 – 0", "Ryan Briscoe 2 2 – 0", "Chris Dyson 2 1 – 0",
                "Andy Wallace 1 1 – 0", "Butch Leitzinger 1 1 – 0", "Emmanuel Collard 1 1 – 0", "Guy Smith 1 1 – 0",
                "Marino Franchitti 1 0 – 0");
        assertThat(rivals.get(0).classes()).containsExactly("LMP2");
    }

    @Test
    void rivalsHonourSeasonAndLimit() {
        assertThat(queries.rivals("Bernhard", QueryFilter.all().season(2008).limit(1)))
                .extracting(r -> r.driver().name()).containsExactly("Chris Dyson");
    }
}
