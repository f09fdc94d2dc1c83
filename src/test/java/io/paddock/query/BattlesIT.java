package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.SeededGraph;
import io.paddock.model.BattleScore;
import io.paddock.model.BattleSeason;
import io.paddock.model.Score;
import io.paddock.model.TeamMateBattle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * Team-mate battles on the seed plus Formula 1 2001–2002 (Ergast) and Le Mans 2008–2010. Every figure is counted by
 * hand from the CSV files: for Formula 1 from results.csv (positionText: a number is classified; R, D, N a retirement;
 * W, E, F no start), qualifying.csv (position; where a race has none, the grid in results.csv) and the points column;
 * for Le Mans from results_in.csv (Pos, Team, No, Drivers, Laps).
 */
class BattlesIT extends SeededGraph {

    @BeforeAll
    static void importTheSlices() {
        importErgast(2001, 2002);
        importLeMans(2008, 2010);
    }

    @Test
    void in2001SchumacherBeatBarrichelloFourteenRacesToThree() {
        List<TeamMateBattle> battles = queries.battles(null, QueryFilter.all().series("f1").season(2001));

        TeamMateBattle ferrari = battles.get(0);
        assertThat(ferrari.a().name()).isEqualTo("Michael Schumacher");
        assertThat(ferrari.b().name()).isEqualTo("Rubens Barrichello");
        assertThat(ferrari.teams()).containsExactly("Ferrari");
        // 17 races, both started all; both classified in 12 (Schumacher ahead in 11); Schumacher retired at San Marino
        // and Hockenheim, Barrichello in Brazil, Spain and Canada; qualifying.csv 16 – 1; points 123 and 56
        assertThat(ferrari.total()).isEqualTo(new BattleScore(17, 17, new Score(11, 1), new Score(14, 3), new Score(16, 1),
                123.0, 56.0));
        assertThat(ferrari.total().notCounted()).isZero();
        assertThat(ferrari.seasons()).singleElement().extracting(BattleSeason::season).isEqualTo(2001);
        assertThat(ferrari.sources()).anyMatch(s -> s.startsWith("ergast-f1-csv#results.csv:"))
                .anyMatch(s -> s.startsWith("ergast-f1-csv#qualifying.csv:"));
    }

    /**
     * The battle query's {@code CASE} and the Java {@link io.paddock.model.AheadRule} behind head-to-head are two
     * implementations of one rule: on every F1 pair of 2001 and 2002 that met only as team-mates in a season, the
     * battle's race score equals the head-to-head's, race by race summed.
     */
    @Test
    void theBattleQueryAndTheHeadToHeadCountEveryRaceAlike() {
        int compared = 0;
        for (int season : new int[] {2001, 2002}) {
            QueryFilter filter = QueryFilter.all().series("f1").season(season);
            for (TeamMateBattle battle : queries.battles(null, filter)) {
                var races = queries.headToHead(PaddockQueries.Side.DRIVERS, battle.a().name(), battle.b().name(), filter)
                        .duels().stream().filter(d -> d.session().equals("RACE")).toList();
                if (races.size() != battle.total().races()) {
                    continue; // they also met in other cars that season: the head-to-head counts those races too
                }
                Score ahead = new Score((int) races.stream().filter(d -> "A".equals(d.aheadOverall())).count(),
                        (int) races.stream().filter(d -> "B".equals(d.aheadOverall())).count());
                assertThat(battle.total().ahead()).as("%s – %s %d", battle.a().name(), battle.b().name(), season)
                        .isEqualTo(ahead);
                compared++;
            }
        }
        // of the pairs of 2001 (18) and 2002, 25 have a head-to-head made of exactly their battle's races
        assertThat(compared).isEqualTo(25);
    }

    @Test
    void pairsComeMostPointsTogetherFirstLeaderFirst() {
        List<TeamMateBattle> battles = queries.battles(null, QueryFilter.all().series("f1").season(2001));

        // 179, 99 and 80 points together (results.csv); Coulthard ahead of Häkkinen 12 – 4, Ralf Schumacher of Montoya 9 – 8
        assertThat(battles).extracting(b -> b.a().name(), b -> b.b().name(), b -> b.total().ahead())
                .startsWith(tuple("Michael Schumacher", "Rubens Barrichello", new Score(14, 3)),
                        tuple("David Coulthard", "Mika Häkkinen", new Score(12, 4)),
                        tuple("Ralf Schumacher", "Juan Pablo Montoya", new Score(9, 8)));
        // every pair of the season's teams: 18
        assertThat(battles).hasSize(18);
        assertThat(queries.battles(null, QueryFilter.all().series("f1").season(2001).limit(2))).hasSize(2);
    }

    @Test
    void aTeamFilterKeepsThatTeamsPairs() {
        assertThat(queries.battles("McLaren", QueryFilter.all().season(2001)))
                .extracting(b -> b.a().name() + " – " + b.b().name() + " " + b.total().races())
                .containsExactly("David Coulthard – Mika Häkkinen 16");
    }

    @Test
    void onePairSeasonBySeasonInTheOrderAsked() {
        TeamMateBattle pair = queries.battle("Barrichello", "Michael Schumacher", QueryFilter.all());

        assertThat(pair.teamMates()).isTrue();
        assertThat(pair.a().name()).isEqualTo("Rubens Barrichello");
        // 2002: Barrichello did not start in Spain and France (W), so 15 races; he retired in Australia, Malaysia and
        // Brazil; qualifying 4 – 11; points 77 and 124
        assertThat(pair.seasons()).extracting(BattleSeason::season, BattleSeason::score).containsExactly(
                tuple(2001, new BattleScore(17, 17, new Score(1, 11), new Score(3, 14), new Score(1, 16), 56.0, 123.0)),
                tuple(2002, new BattleScore(15, 15, new Score(4, 8), new Score(4, 11), new Score(4, 11), 77.0, 124.0)));
        assertThat(pair.total()).isEqualTo(new BattleScore(32, 32, new Score(5, 19), new Score(7, 25), new Score(5, 27),
                133.0, 247.0));
        assertThat(pair.summary()).isEqualTo("As team-mates (Ferrari, Formula 1 2001–2002, 32 races): Michael Schumacher"
                + " 25 – 7 Rubens Barrichello in races, 27 – 5 in qualifying, 247 – 133 in points");
        assertThat(queries.battlesOf("Barrichello", QueryFilter.all().series("f1")))
                .singleElement().satisfies(b -> assertThat(b).isEqualTo(pair));
    }

    @Test
    void atLeMansTwoRetirementsCompareLapsAndNoPointsAreHeld() {
        TeamMateBattle corvette = queries.battle("Jan Magnussen", "Oliver Gavin", QueryFilter.all().series("lemans"));

        // Corvette Racing #63 and #64: 2008 P14 and P15; 2009 #63 P15, #64 out after 311 laps; 2010 both out, #64 after
        // 255 laps, #63 after 225
        assertThat(corvette.seasons()).extracting(BattleSeason::season, s -> s.score().ahead(), s -> s.score().classified())
                .containsExactly(tuple(2008, new Score(1, 0), new Score(1, 0)), tuple(2009, new Score(1, 0), new Score(0, 0)),
                        tuple(2010, new Score(0, 1), new Score(0, 0)));
        assertThat(corvette.total().ahead()).isEqualTo(new Score(2, 1));
        assertThat(corvette.total().pointsHeld()).isFalse();
        assertThat(corvette.teams()).containsExactly("Corvette Racing");
        assertThat(corvette.summary()).doesNotContain("points");
    }

    @Test
    void driversOfTwoEntrantsOfOneMakeAreNotTeamMates() {
        TeamMateBattle peugeot = queries.battle("Alexander Wurz", "Nicolas Minassian", QueryFilter.all().series("lemans"));

        // Team Peugeot Total: 2008 #7 (Minassian) P2, #8 (Wurz) P5; 2010 #1 (Wurz) out after 360 laps, #2 after 264.
        // In 2009 Wurz drove for Peugeot Sport Total, another entrant.
        assertThat(peugeot.seasons()).extracting(BattleSeason::season, s -> s.score().ahead())
                .containsExactly(tuple(2008, new Score(0, 1)), tuple(2010, new Score(1, 0)));
        assertThat(peugeot.total().classified()).isEqualTo(new Score(0, 1));
    }

    @Test
    void whereTheArticlesGiveOnlyClassPlacesTheClassDecides() {
        TeamMateBattle penske = queries.battle("Timo Bernhard", "Sascha Maassen", QueryFilter.all().series("alms"));

        // the articles: car 7 (Bernhard) won LMP2 at Petit Le Mans and Laguna Seca 2007, car 6 (Maassen) fifth and
        // second in class, with no overall place; Mosport 2008: car 7 qualified first in LMP2, car 6 sixth, no race result
        assertThat(penske.seasons()).extracting(BattleSeason::season, BattleSeason::score).containsExactly(
                tuple(2007, new BattleScore(2, 2, new Score(2, 0), new Score(2, 0), new Score(0, 0), null, null)),
                tuple(2008, new BattleScore(1, 0, new Score(0, 0), new Score(0, 0), new Score(1, 0), null, null)));
        assertThat(penske.teams()).containsExactly("Penske Racing");
        assertThat(penske.sources()).contains("000_a2ddb8a8b78fb99c#p4", "003_35013f9b1b801e33#p3");
    }

    @Test
    void driversWhoNeverSharedATeamHaveNoBattle() {
        TeamMateBattle never = queries.battle("Michael Schumacher", "Mika Häkkinen", QueryFilter.all());

        assertThat(never.teamMates()).isFalse();
        assertThat(never.summary()).isEqualTo("Michael Schumacher and Mika Häkkinen were never team-mates");
        assertThat(queries.battle("Michael Schumacher", "Rubens Barrichello", QueryFilter.all().series("lemans")).teamMates())
                .isFalse();
        assertThatThrownBy(() -> queries.battle("Barrichello", "Rubens Barrichello", QueryFilter.all()))
                .isInstanceOf(PaddockException.class).hasMessageContaining("are the same driver");
    }
}
