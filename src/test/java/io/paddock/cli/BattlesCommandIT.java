package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.SeededGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.paddock.cli.CliRun.run;
import static io.paddock.cli.CliRun.runOnTestServer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code paddock battles} and the "as team-mates" part of {@code paddock h2h}, as a user runs them (--uri), on the seed
 * plus Formula 1 2001–2002 from the Ergast CSV files. Figures counted from results.csv and qualifying.csv (see
 * {@code BattlesIT}).
 */
class BattlesCommandIT extends SeededGraph {

    @BeforeAll
    static void importTheSlice() {
        importErgast(2001, 2002);
    }

    @Test
    void aSeasonsBattlesLeadWithTheMostPointsTogether() {
        CliRun table = runOnTestServer("battles", "--series", "f1", "--season", "2001");

        assertThat(table.exitCode()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Team-mate battles in Formula 1 2001: 18 pairs, most points scored together first.");
        assertThat(lines.get(1)).startsWith("Ahead: the better position;");
        int header = lines.indexOf(lines.stream().filter(l -> l.startsWith("driver ")).findFirst().orElseThrow());
        assertThat(lines.get(header)).matches("driver\\s+team-mate\\s+team\\s+seasons\\s+races\\s+ahead\\s+not counted"
                + "\\s+both classified\\s+qualifying\\s+points");
        assertThat(lines.get(header + 2)).matches("Michael Schumacher\\s+Rubens Barrichello\\s+Ferrari\\s+2001\\s+17\\s+14 – 3\\s+0"
                + "\\s+11 – 1\\s+16 – 1\\s+123 – 56");
        assertThat(lines.get(header + 3)).startsWith("David Coulthard ").contains(" Mika Häkkinen ", " 12 – 4 ", " 62 – 37");
        assertThat(table.out()).contains("(18 rows)");
    }

    @Test
    void csvAndJsonCarryEveryFigure() throws Exception {
        CliRun csv = runOnTestServer("battles", "--series", "f1", "--season", "2001", "--team", "Ferrari", "--csv");
        CliRun json = runOnTestServer("battles", "--series", "f1", "--from", "2001", "--to", "2002", "--limit", "1", "--json");

        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out().lines().toList()).containsExactly(
                "driver,driverId,teamMate,teamMateId,teams,series,firstSeason,lastSeason,events,races,aheadA,aheadB,notCounted,"
                        + "classifiedA,classifiedB,qualifyingA,qualifyingB,pointsA,pointsB",
                "\"Michael Schumacher\",michael-schumacher,\"Rubens Barrichello\",rubens-barrichello,Ferrari,\"Formula 1\","
                        + "2001,2001,17,17,14,3,0,11,1,16,1,123.0,56.0");
        JsonNode pair = json.json().get(0);
        assertThat(pair.path("a").path("name").asText()).isEqualTo("Michael Schumacher");
        assertThat(pair.path("total").path("ahead").path("a").asInt()).isEqualTo(25);
        assertThat(pair.path("total").path("ahead").path("b").asInt()).isEqualTo(7);
        assertThat(pair.path("seasons")).hasSize(2);
        assertThat(pair.path("seasons").get(1).path("score").path("races").asInt()).isEqualTo(15);
    }

    @Test
    void headToHeadOfTeamMatesSaysAsTeamMates() throws Exception {
        CliRun h2h = runOnTestServer("h2h", "Rubens Barrichello", "Michael Schumacher");

        assertThat(h2h.exitCode()).as(h2h.err()).isZero();
        assertThat(h2h.out()).contains("As team-mates (Ferrari, Formula 1 2001–2002, 32 races): Michael Schumacher 25 – 7"
                + " Rubens Barrichello in races, 27 – 5 in qualifying, 247 – 133 in points");
        // the season table keeps the order asked: Barrichello first
        assertThat(h2h.out()).containsPattern("\\n2001\\s+Formula 1\\s+Ferrari\\s+17\\s+3 – 14\\s+0\\s+1 – 11\\s+1 – 16\\s+56 – 123")
                .containsPattern("\\n2002\\s+Formula 1\\s+Ferrari\\s+15\\s+4 – 11\\s+0\\s+4 – 8\\s+4 – 11\\s+77 – 124")
                .containsPattern("\\ntotal\\s+32\\s+7 – 25\\s+0\\s+5 – 19\\s+5 – 27\\s+133 – 247");
        JsonNode json = runOnTestServer("h2h", "Rubens Barrichello", "Michael Schumacher", "--json").json();
        assertThat(json.path("asTeamMates").path("total").path("races").asInt()).isEqualTo(32);
        assertThat(json.path("headToHead").isObject()).isTrue();
    }

    @Test
    void rivalsWhoNeverSharedATeamGetNoTeamMatePart() throws Exception {
        CliRun h2h = runOnTestServer("h2h", "Michael Schumacher", "Mika Häkkinen");

        assertThat(h2h.exitCode()).as(h2h.err()).isZero();
        assertThat(h2h.out()).doesNotContain("team-mates");
        assertThat(runOnTestServer("h2h", "Michael Schumacher", "Mika Häkkinen", "--json").json()
                .has("asTeamMates")).isFalse();
    }

    @Test
    void helpIsWholeSentencesAndNoPairSaysSo() {
        assertThat(run("battles", "--help").out()).startsWith("Team-mate battles: who beat whom in races, qualifying and"
                + " points.").contains("--team", "--csv", "best known first");
        CliRun none = runOnTestServer("battles", "--series", "f1", "--season", "1990");
        assertThat(none.exitCode()).isZero();
        assertThat(none.out()).isEqualTo("No team-mates within these filters." + System.lineSeparator());
    }
}
