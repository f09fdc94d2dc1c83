package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.SeededGraph;
import io.paddock.model.Duel;
import io.paddock.model.HeadToHead;
import io.paddock.model.HeadToHeadScore;
import io.paddock.model.Rival;
import io.paddock.model.Score;
import io.paddock.query.PaddockQueries.Side;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        assertThat(h2h.summary()).isEqualTo("Rinaldo Capello 2 – 0 Romain Dumas (races overall)");
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
        assertThat(h2h.qualifying()).as("Dyson's overall qualifying place is not given").isEqualTo(new Score(0, 0));
        assertThat(h2h.qualifyingInClass()).isEqualTo(new Score(1, 0));
        assertThat(h2h.overall()).as("Dyson's overall places are not given").isEqualTo(new Score(0, 0));
        assertThat(h2h.headline()).isEqualTo(HeadToHead.Comparison.RACES_IN_CLASS);
        assertThat(h2h.summary()).isEqualTo("Penske Racing 2 – 0 Dyson Racing (races in class)");
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
    void wernerAndHenzlerMetOnlyInQualifyingSoTheHeadlineSaysQualifyingInClass() {
        HeadToHead h2h = queries.headToHead(Side.DRIVERS, "Dirk Werner", "Wolf Henzler", QueryFilter.all());

        // 003_35013f9b1b801e33: Mosport 2008 qualifying, Werner second in GT2 and Henzler fourth; no race result.
        assertThat(h2h.overall()).isEqualTo(new Score(0, 0));
        assertThat(h2h.inClass()).isEqualTo(new Score(0, 0));
        assertThat(h2h.qualifying()).isEqualTo(new Score(0, 0));
        assertThat(h2h.qualifyingInClass()).isEqualTo(new Score(1, 0));
        assertThat(h2h.headline()).isEqualTo(HeadToHead.Comparison.QUALIFYING_IN_CLASS);
        assertThat(h2h.summary()).isEqualTo(
                "Dirk Werner 1 – 0 Wolf Henzler (qualifying in class; no race both finished with a known position)");
        assertThat(h2h.duels()).singleElement().satisfies(d ->
                assertThat(d.classDuels()).containsExactly(new Duel.ClassDuel("GT2", 2, 4, "A")));
    }

    @Test
    void aClassFilterKeepsOnlyThatClass() {
        HeadToHead h2h = queries.headToHead(Side.TEAMS, "Penske Racing", "Dyson Racing", QueryFilter.all().inClass("GT2"));

        assertThat(h2h.duels()).isEmpty();
        assertThat(h2h.headline()).isEqualTo(HeadToHead.Comparison.NONE);
        assertThat(h2h.summary()).isEqualTo("Penske Racing – Dyson Racing: no session both finished with a known position");
    }

    @Test
    void theScoreAloneIsTheScoreOfTheWholeHeadToHead() {
        // Every pairing above, and each under the filters a notebook uses: the score-only read gives what the whole
        // head-to-head gives, by the same rule, with the same sources.
        record Pair(Side side, String a, String b) {
        }
        List<Pair> pairs = List.of(new Pair(Side.DRIVERS, "Romain Dumas", "Dindo Capello"),
                new Pair(Side.DRIVERS, "Dirk Werner", "Wolf Henzler"), new Pair(Side.DRIVERS, "Timo Bernhard", "Rinaldo Capello"),
                new Pair(Side.TEAMS, "Penske Racing", "Dyson Racing"), new Pair(Side.TEAMS, "Flying Lizard Motorsports", "Penske Racing"),
                new Pair(Side.MANUFACTURERS, "Porsche", "Audi"), new Pair(Side.MANUFACTURERS, "Porsche", "BMW"));
        List<QueryFilter> filters = List.of(QueryFilter.all(), QueryFilter.all().season(2007),
                QueryFilter.all().inClass("LMP2"), QueryFilter.all().series("alms").between(2008, 2011));
        int scored = 0;
        for (Pair pair : pairs) {
            for (QueryFilter filter : filters) {
                HeadToHeadScore score = queries.headToHeadScore(pair.side(), pair.a(), pair.b(), filter);
                assertThat(score).as(pair + " " + filter).isEqualTo(queries.headToHead(pair.side(), pair.a(), pair.b(), filter).score());
                scored += score.overall().played() + score.qualifying().played() + (score.inClass() == null ? 0 : score.inClass().played());
            }
        }
        assertThat(scored).as("sessions scored, so the comparison compared something").isGreaterThan(10);
        HeadToHeadScore penske = queries.headToHeadScore(Side.TEAMS, "Penske", "Dyson Racing", QueryFilter.all());
        assertThat(penske.summary()).isEqualTo("Penske Racing 2 – 0 Dyson Racing (races in class)");
        assertThat(penske.qualifyingInClass()).isEqualTo(new Score(1, 0));
    }

    @Test
    void thePairTableBrowserShowsIsTheFacadesSessionsCarByCar() throws IOException {
        // head-to-head.cypher (one row per pair of cars, for Browser and notebooks) and head-to-head-sessions.cypher (one
        // row per session, which the facade reads) give the same pairs, positions and margins.
        String pairsFile = Files.readString(QueryFileListing.QUERIES.resolve("head-to-head.cypher"));
        String sessionsFile = Files.readString(QueryFileListing.QUERIES.resolve("head-to-head-sessions.cypher"));
        record Pair(Side side, String kind, String a, String b) {
        }
        List<Pair> pairs = List.of(new Pair(Side.DRIVERS, "driver", "Romain Dumas", "Dindo Capello"),
                new Pair(Side.TEAMS, "team", "Penske Racing", "Dyson Racing"),
                new Pair(Side.TEAMS, "team", "Flying Lizard Motorsports", "Penske Racing"),
                new Pair(Side.MANUFACTURERS, "manufacturer", "Porsche", "Audi"));
        String lmp2 = (String) paddock.cypher("MATCH (c:Class {name: 'LMP2'}) RETURN c.id AS id", Map.of()).get(0).get("id");
        int compared = 0;
        for (Pair pair : pairs) {
            HeadToHead named = queries.headToHead(pair.side(), pair.a(), pair.b(), QueryFilter.all());
            for (String classId : java.util.Arrays.asList(null, lmp2)) {
                Map<String, Object> parameters = new HashMap<>();
                parameters.put("kind", pair.kind());
                parameters.put("a", named.a().id());
                parameters.put("b", named.b().id());
                for (String filter : List.of("season", "fromYear", "toYear", "seriesId")) {
                    parameters.put(filter, null);
                }
                parameters.put("classId", classId);
                List<String> fromPairs = paddock.cypher(pairsFile, parameters).stream()
                        .map(r -> List.of(r.get("event"), r.get("session"), r.get("entryA"), r.get("entryB"),
                                String.valueOf(r.get("positionA")), String.valueOf(r.get("positionB")),
                                String.valueOf(r.get("marginSeconds"))).toString())
                        .sorted().toList();
                List<String> fromSessions = new ArrayList<>();
                for (Map<String, Object> row : paddock.cypher(sessionsFile, parameters)) {
                    for (Object carA : (List<?>) row.get("carsA")) {
                        for (Object carB : (List<?>) row.get("carsB")) {
                            Map<?, ?> a = (Map<?, ?>) carA;
                            Map<?, ?> b = (Map<?, ?>) carB;
                            Object margin = ((List<?>) b.get("gapTo")).contains(a.get("entry")) ? b.get("gapSeconds")
                                    : ((List<?>) a.get("gapTo")).contains(b.get("entry")) ? a.get("gapSeconds") : null;
                            fromSessions.add(List.of(row.get("event"), row.get("session"), a.get("entry"), b.get("entry"),
                                    String.valueOf(a.get("position")), String.valueOf(b.get("position")),
                                    String.valueOf(margin)).toString());
                        }
                    }
                }
                assertThat(fromSessions.stream().sorted().toList()).as(pair + " class " + classId).isEqualTo(fromPairs);
                compared += fromPairs.size();
            }
        }
        // The seed's pairings meet in more than ten pairs of cars, so the two files compared real rows.
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void overallTheLmp2PorschesMetTheLmp1AudisForTheWin() {
        // 000_a2ddb8a8b78fb99c and 001_40dddd42d94a9a30: Capello's Audi won both 2007 races overall, Bernhard second.
        List<Rival> overall = queries.rivalsOverall("Timo Bernhard", QueryFilter.all());

        assertThat(overall).singleElement().satisfies(r -> {
            assertThat(r.driver().name()).isEqualTo("Rinaldo Capello");
            assertThat(r.meetings()).isEqualTo(2);
            assertThat(r.score()).isEqualTo("0 – 2");
            assertThat(r.classes()).containsExactly("LMP1");
        });
        // In class the two never meet.
        assertThat(queries.rivals("Timo Bernhard", QueryFilter.all())).extracting(r -> r.driver().name())
                .doesNotContain("Rinaldo Capello");
        assertThat(queries.rivalsOverall("Rinaldo Capello", QueryFilter.all())).extracting(r -> r.driver().name() + " " + r.score())
                .containsExactly("Romain Dumas 2 – 0", "Timo Bernhard 2 – 0", "Patrick Long 1 – 0");
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
