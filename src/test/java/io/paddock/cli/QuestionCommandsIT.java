package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.SeededGraph;
import org.junit.jupiter.api.Test;

import static io.paddock.cli.CliRun.run;
import static io.paddock.cli.CliRun.runOnTestServer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * teammates, h2h and rivals as a user runs them against a server (--uri).
 */
class QuestionCommandsIT extends SeededGraph {

    @Test
    void teammatesKeepsCoDriversAndTeamMatesApart() {
        CliRun run = runOnTestServer("teammates", "Timo Bernhard", "--event", "Petit Le Mans 2007");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String coDrivers = run.out().substring(0, run.out().indexOf("team-mates ("));
        String teamMates = run.out().substring(run.out().indexOf("team-mates ("));
        assertThat(coDrivers).contains("Romain Dumas", "Patrick Long").doesNotContain("Sascha Maassen");
        assertThat(teamMates).contains("Sascha Maassen", "Ryan Briscoe", "Emmanuel Collard", "Petit Le Mans 2007 #6, Penske Racing");
        // 000_a2ddb8a8b78fb99c prints no number for Bernhard's car: the shared line says so.
        assertThat(coDrivers).contains("Petit Le Mans 2007 car no. unknown, Penske Racing");
    }

    @Test
    void teammatesSaysUnknownWhereACrewIsNotNamed() {
        CliRun run = runOnTestServer("teammates", "capello");

        assertThat(run.out()).contains("Rinaldo Capello — co-drivers (same car)", "(no rows)",
                "Unknown: the sources do not name every driver of a car involved at Petit Le Mans 2007, Laguna Seca 4 Hours 2007;"
                        + " these lists may be missing people there.")
                .doesNotContain("alms-2007");
    }

    @Test
    void teammatesCountsListsWhoAndHowOftenWithoutTheEvents() {
        CliRun run = runOnTestServer("teammates", "bernhard", "--counts", "--csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // 000_a2ddb8a8b78fb99c, 001_40dddd42d94a9a30, 003_35013f9b1b801e33: Dumas shared Bernhard's car three times,
        // Maassen drove Penske's other Porsche three times.
        assertThat(run.out().lines().toList()).startsWith("role,driver,events", "co-driver,\"Romain Dumas\",3")
                .contains("team-mate,\"Sascha Maassen\",3", "team-mate,\"Ryan Briscoe\",2", "team-mate,\"Emmanuel Collard\",1");
        assertThat(runOnTestServer("teammates", "capello", "--counts").out())
                .contains("Rinaldo Capello — co-drivers (same car)", "Unknown: the sources do not name every driver")
                .doesNotContain("Petit Le Mans 2007 car no.");
    }

    @Test
    void teammatesWithAPartnerListsTheSharedEvents() throws Exception {
        CliRun run = runOnTestServer("teammates", "bernhard", "--with", "maassen", "--json");

        JsonNode events = run.json().path("events");
        assertThat(events).hasSize(3);
        assertThat(events.get(0).path("role").asText()).isEqualTo("TEAM_MATE");
        assertThat(events.get(0).path("car").asText()).isEqualTo("6");
    }

    @Test
    void h2hPrintsTheSummaryLineAndTheMargins() {
        CliRun run = runOnTestServer("h2h", "Dumas", "Capello", "--season", "2007", "--sources");

        assertThat(run.out()).startsWith("Rinaldo Capello 2 – 0 Romain Dumas (races overall)")
                .containsPattern("series\\s+season\\s+event\\s+session")
                .containsPattern("American Le Mans Series\\s+2007\\s+Petit Le Mans\\s+race")
                .containsPattern("Petit Le Mans\\s+race\\s+P2\\s+P1\\s+Rinaldo Capello\\s+0.923")
                .containsPattern("Laguna Seca 4 Hours\\s+race\\s+P2\\s+P1\\s+Rinaldo Capello\\s+0.41")
                .contains("Sources:", "000_a2ddb8a8b78fb99c.txt, paragraph 1");
    }

    @Test
    void h2hLeadsWithQualifyingWhereNoRaceCompares() throws Exception {
        CliRun run = runOnTestServer("h2h", "Dirk Werner", "Wolf Henzler");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).startsWith(
                "Dirk Werner 1 – 0 Wolf Henzler (qualifying in class; no race both finished with a known position)",
                "Races overall Dirk Werner 0 – 0 Wolf Henzler · in class 0 – 0 · qualifying overall 0 – 0 · in class 1 – 0"
                        + " · wins 0 – 0 · class wins 0 – 0");
        assertThat(run.out()).containsPattern(
                "2008\\s+Mosport\\s+qualifying\\s+unknown\\s+unknown\\s+Dirk Werner \\(in GT2\\)\\s+GT2 P2/P4");
        JsonNode json = runOnTestServer("h2h", "Dirk Werner", "Wolf Henzler", "--json").json();
        assertThat(json.path("headline").asText()).isEqualTo("QUALIFYING_IN_CLASS");
        assertThat(json.path("headToHead").path("qualifyingInClass").path("a").asInt()).isEqualTo(1);
    }

    @Test
    void h2hScorePrintsTheFirstTwoLinesOnly() throws Exception {
        CliRun run = runOnTestServer("h2h", "Dirk Werner", "Wolf Henzler", "--score");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "Dirk Werner 1 – 0 Wolf Henzler (qualifying in class; no race both finished with a known position)",
                "Races overall Dirk Werner 0 – 0 Wolf Henzler · in class 0 – 0 · qualifying overall 0 – 0 · in class 1 – 0"
                        + " · wins 0 – 0 · class wins 0 – 0");
        JsonNode json = runOnTestServer("h2h", "Penske", "Dyson Racing", "--teams", "--score", "--json").json();
        assertThat(json.path("summary").asText()).isEqualTo("Penske Racing 2 – 0 Dyson Racing (races in class)");
        assertThat(json.path("score").path("inClass").path("a").asInt()).isEqualTo(2);
        assertThat(json.has("headToHead")).isFalse();
        assertThat(runOnTestServer("h2h", "Porsche", "Audi", "--manufacturers", "--score", "--csv").out().lines().toList())
                .containsExactly("a,b,headline,\"races a\",\"races b\",\"races in class a\",\"races in class b\",\"qualifying a\","
                                + "\"qualifying b\",\"qualifying in class a\",\"qualifying in class b\",\"wins a\",\"wins b\","
                                + "\"class wins a\",\"class wins b\"",
                        // 000_a2ddb8a8b78fb99c, 001_40dddd42d94a9a30: Audi's R10 won both 2007 races, Porsche's RS Spyder LMP2.
                        "Porsche,Audi,\"races overall\",0,2,0,0,0,0,0,0,0,2,2,2");
    }

    @Test
    void h2hComparesTeamsAndManufacturers() throws Exception {
        assertThat(runOnTestServer("h2h", "Penske", "Dyson Racing", "--teams").out())
                .startsWith("Penske Racing 2 – 0 Dyson Racing (races in class)");
        JsonNode json = runOnTestServer("h2h", "Porsche", "Audi", "--manufacturers", "--json").json();
        assertThat(json.path("summary").asText()).isEqualTo("Audi 2 – 0 Porsche (races overall)");
        assertThat(json.path("headToHead").path("overall").path("b").asInt()).isEqualTo(2);
    }

    @Test
    void rivalsRanksByMeetings() {
        CliRun run = runOnTestServer("rivals", "Timo Bernhard", "--limit", "2");

        assertThat(run.out()).containsPattern("Sascha Maassen\\s+3\\s+2 – 0\\s+LMP2\\s+American Le Mans Series")
                .containsPattern("Ryan Briscoe\\s+2\\s+2 – 0\\s+LMP2").contains("(2 rows)");
    }

    @Test
    void rivalsOverallCrossClassesAndTheHelpSaysBoth() {
        CliRun run = runOnTestServer("rivals", "Timo Bernhard", "--overall");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("rival\\s+meetings\\s+overall h2h\\s+classes")
                .containsPattern("Rinaldo Capello\\s+2\\s+0 – 2\\s+LMP1\\s+American Le Mans Series").contains("(1 row)");
        assertThat(run("rivals", "--help").out()).contains("--overall", "By default in class",
                "the fight for overall positions across classes");
    }

    @Test
    void csvGivesNotebooksNumbersInTheirOwnColumns() {
        assertThat(runOnTestServer("rivals", "Timo Bernhard", "--limit", "2", "--csv").out()).isEqualTo(String.join("\n",
                "rival,meetings,ahead,behind,classes,series", "\"Sascha Maassen\",3,2,0,LMP2,\"American Le Mans Series\"",
                "\"Ryan Briscoe\",2,2,0,LMP2,\"American Le Mans Series\"", ""));
        assertThat(runOnTestServer("records", "wins", "--by", "manufacturer", "--csv").out())
                .startsWith("rank,manufacturer,wins,detail,basis,\"counted per\"\n1,Audi,2,");
        assertThat(runOnTestServer("cypher", "MATCH (c:Circuit) WHERE c.lengthKm IS NOT NULL RETURN c.name AS circuit, c.lengthKm AS km ORDER BY km DESC LIMIT 1",
                "--csv").out()).isEqualTo("circuit,km\n\"Mosport International Raceway\",4.102\n");
        CliRun both = runOnTestServer("records", "wins", "--csv", "--json");
        assertThat(both.exitCode()).isEqualTo(1);
        assertThat(both.err()).contains("--csv and --json exclude each other");
    }

    @Test
    void searchFindsAnythingByAPartialAccentFreeName() {
        assertThat(runOnTestServer("search", "mucke").out())
                .containsPattern("driver\\s+Stefan Mücke\\s+stefan-muecke").contains("(1 row)");
        assertThat(runOnTestServer("search", "petit", "le", "mans", "--kind", "event").out())
                .contains("alms-2007-petit-le-mans", "alms-2009-petit-le-mans", "alms-2011-petit-le-mans", "(3 rows)");
        CliRun badKind = runOnTestServer("search", "lizard", "--kind", "squad");
        assertThat(badKind.exitCode()).isEqualTo(1);
        assertThat(badKind.err()).startsWith("paddock: Unknown kind 'squad': use one of car, circuit, class, driver, event");
    }

    @Test
    void anAmbiguousNameListsCandidatesAndFails() {
        CliRun run = runOnTestServer("rivals", "Dirk");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("paddock: 'Dirk' matches 2 drivers: Dirk Müller, Dirk Werner — which one?" + System.lineSeparator());
    }
}
