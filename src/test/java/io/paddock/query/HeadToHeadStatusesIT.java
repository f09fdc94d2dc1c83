package io.paddock.query;

import io.paddock.SeededGraph;
import io.paddock.model.AheadRule;
import io.paddock.model.Duel;
import io.paddock.model.HeadToHead;
import io.paddock.model.Outcome;
import io.paddock.model.ResultStatus;
import io.paddock.model.Score;
import io.paddock.query.PaddockQueries.Side;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Head-to-head where a position is missing, on the seed plus Formula 1 2001–2002 from the Ergast CSV files and Le Mans
 * 2008–2010: each side keeps its status with the reason the source gives and its laps, and {@link AheadRule} decides
 * who was ahead, overall and in class. Expected values are read from Ergast's results.csv (positionText, laps,
 * statusId) and status.csv, and from Le Mans' results_in.csv (Pos, Class, Laps, Reason).
 */
class HeadToHeadStatusesIT extends SeededGraph {

    @BeforeAll
    static void importTheSlice() {
        importErgast(2001, 2002);
        importLeMans(2008, 2010);
    }

    private static Duel race(HeadToHead h2h, int season, String event) {
        return h2h.duels().stream().filter(d -> d.season() == season && d.event().equals(event) && d.session().equals("RACE"))
                .findFirst().orElseThrow();
    }

    @Test
    void aRetirementKeepsItsReasonAndIsBehindAClassifiedFinisher() {
        HeadToHead h2h = queries.headToHead(Side.DRIVERS, "Michael Schumacher", "Ralf Schumacher", QueryFilter.all());

        // Australian Grand Prix 2001: Michael 1st; Ralf positionText R after 4 laps, status "Collision".
        Duel australia = race(h2h, 2001, "Australian Grand Prix");
        assertThat(australia.positionA()).isEqualTo(1);
        assertThat(australia.positionB()).isNull();
        assertThat(australia.outcomeB()).isEqualTo(new Outcome(ResultStatus.RETIRED, "Collision", 4));
        assertThat(australia.shownB()).isEqualTo("retired (Collision)");
        assertThat(australia.aheadOverall()).isEqualTo("A");
        assertThat(australia.aheadRule()).isEqualTo(AheadRule.STATUS);
        // San Marino 2001: Michael out after 24 laps (Suspension), Ralf won.
        Duel imola = race(h2h, 2001, "San Marino Grand Prix");
        assertThat(imola.shownA()).isEqualTo("retired (Suspension)");
        assertThat(imola.aheadOverall()).isEqualTo("B");
        // 2001–2002, every race both started: 29 – 5 (20 – 3 where both have a position).
        assertThat(h2h.overall()).isEqualTo(new Score(29, 5));
    }

    @Test
    void ofTwoRetirementsTheOneWithMoreLapsIsAheadAndTheSameLapsAreNotCounted() {
        HeadToHead h2h = queries.headToHead(Side.DRIVERS, "Rubens Barrichello", "Ralf Schumacher", QueryFilter.all());

        // Brazil 2001: Barrichello out after 2 laps (Collision), Ralf after 54 (Spun off).
        Duel brazil = race(h2h, 2001, "Brazilian Grand Prix");
        assertThat(brazil.shownA()).isEqualTo("retired (Collision)");
        assertThat(brazil.shownB()).isEqualTo("retired (Spun off)");
        assertThat(brazil.aheadOverall()).isEqualTo("B");
        assertThat(brazil.aheadRule()).isEqualTo(AheadRule.MORE_LAPS);
        // Spain 2001: Barrichello 49 laps (Suspension), Ralf 20 (Brakes).
        Duel spain = race(h2h, 2001, "Spanish Grand Prix");
        assertThat(spain.aheadOverall()).isEqualTo("A");
        assertThat(spain.aheadRule()).isEqualTo(AheadRule.MORE_LAPS);
        // Australia 2002: both collided on lap 1, 0 laps each.
        Duel australia = race(h2h, 2002, "Australian Grand Prix");
        assertThat(australia.aheadOverall()).isNull();
        assertThat(australia.aheadRule()).isEqualTo(AheadRule.LEVEL);
        // Barrichello withdrew from Spain and France 2002 (positionText W): no race result, no duel.
        assertThat(h2h.duels()).filteredOn(d -> d.season() == 2002 && d.session().equals("RACE")
                && (d.event().equals("Spanish Grand Prix") || d.event().equals("French Grand Prix"))).isEmpty();
        assertThat(h2h.overall()).isEqualTo(new Score(21, 10));
    }

    @Test
    void formulaOneHasNoClassScores() {
        HeadToHead h2h = queries.headToHead(Side.DRIVERS, "Michael Schumacher", "Rubens Barrichello", QueryFilter.all());

        assertThat(h2h.seriesHasClasses()).isFalse();
        assertThat(h2h.duels()).isNotEmpty().noneMatch(Duel::seriesHasClasses);
        assertThat(h2h.inClass()).isNull();
        assertThat(h2h.qualifyingInClass()).isNull();
        assertThat(h2h.classWinsA()).isNull();
        assertThat(h2h.classWinsB()).isNull();
        // positions on both sides are scored as before: 19 – 5; with the retirements 25 – 7 (results.csv)
        assertThat(h2h.overall()).isEqualTo(new Score(25, 7));
        assertThat(h2h.headline()).isEqualTo(HeadToHead.Comparison.RACES_OVERALL);
    }

    @Test
    void atLeMansARetirementIsBehindInItsClassToo() {
        HeadToHead h2h = queries.headToHead(Side.DRIVERS, "Dirk Werner", "Wolf Henzler", QueryFilter.all().series("lemans"));

        // results_in.csv, 2010: Henzler's #77 11th overall and first in LMGT2; Werner's #79 DNF after 53 laps, "Out of fuel".
        Duel leMans = race(h2h, 2010, "24 Hours of Le Mans");
        assertThat(leMans.positionA()).isNull();
        assertThat(leMans.outcomeA()).isEqualTo(new Outcome(ResultStatus.RETIRED, "Out of fuel", 53));
        assertThat(leMans.shownA()).isEqualTo("retired (Out of fuel)");
        assertThat(leMans.positionB()).isEqualTo(11);
        assertThat(leMans.aheadOverall()).isEqualTo("B");
        assertThat(leMans.aheadRule()).isEqualTo(AheadRule.STATUS);
        assertThat(leMans.seriesHasClasses()).isTrue();
        assertThat(leMans.classDuels()).containsExactly(new Duel.ClassDuel("LMGT2", null, 1, "B"));
        assertThat(h2h.overall()).isEqualTo(new Score(0, 1));
        assertThat(h2h.inClass()).isEqualTo(new Score(0, 1));
        assertThat(h2h.summary()).isEqualTo("Wolf Henzler 1 – 0 Dirk Werner (races overall)");
    }
}
