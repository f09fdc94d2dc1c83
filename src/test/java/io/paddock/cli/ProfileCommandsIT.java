package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.SeededGraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.paddock.cli.CliRun.runOnTestServer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The profile commands as a user runs them, against the shared test server.
 */
class ProfileCommandsIT extends SeededGraph {

    @Test
    void eventTableShowsUnnamedCrewMembersAsUnknown() {
        CliRun run = runOnTestServer("event", "Petit Le Mans 2007");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("(?m)^Round:\\s+11 of 12$")
                .containsPattern("(?m)^Circuit:\\s+Road Atlanta$")
                .containsPattern("(?m)^RACE\\s+unknown\\s+559\\s+9\\s+4$")
                .contains("Rinaldo Capello + unknown")
                .containsPattern("(?m)^unknown\\s+LMP2\\s+Dyson Racing\\s+Porsche RS Spyder\\s+unknown\\*?$")
                .containsPattern("unknown\\s+LMP2\\s+5\\s+6\\s+Penske Racing\\s+Emmanuel Collard, Ryan Briscoe, Sascha Maassen\\s+24 laps lost in pits")
                .contains("ALMS 2007 LMP2 drivers' championship")
                .doesNotContain("Sources:");
        // Race results in order: the winner first, the car with only a class place last.
        assertThat(run.out().indexOf("Rinaldo Capello + unknown"))
                .isLessThan(run.out().indexOf("Patrick Long, Romain Dumas, Timo Bernhard"));
    }

    @Test
    void driverSummaryPrintsTheWholeProfileWithoutItsEventsTable() {
        CliRun whole = runOnTestServer("driver", "Sascha Maassen");
        CliRun summary = runOnTestServer("driver", "Sascha", "Maassen", "--summary");

        assertThat(summary.exitCode()).as(summary.err()).isZero();
        String header = whole.out().substring(0, whole.out().indexOf("Events"));
        // 000_a2ddb8a8b78fb99c, 001_40dddd42d94a9a30, 003_35013f9b1b801e33: three events, the Mosport 2008 pole.
        assertThat(header).containsPattern("(?m)^Counted:\\s+3 events, 2 race results; wins: 0 overall, 0 in class; "
                + "poles: 1 overall, 1 in class");
        assertThat(summary.out()).startsWith(header).doesNotContain("Events")
                .isEqualTo(header + whole.out().substring(whole.out().indexOf("Championship standings")));
    }

    @Test
    void teamSummaryPrintsTheWholeProfileWithoutItsEntriesTable() {
        CliRun whole = runOnTestServer("team", "Penske");
        CliRun summary = runOnTestServer("team", "Penske", "--summary");

        assertThat(summary.exitCode()).as(summary.err()).isZero();
        String header = whole.out().substring(0, whole.out().indexOf("Entries"));
        assertThat(header).containsPattern("(?m)^Events:\\s+3$");
        assertThat(summary.out()).isEqualTo(header + whole.out().substring(whole.out().indexOf("Championship standings")));
    }

    @Test
    void driverSummaryAsCsvIsOneRowOfCounts() {
        CliRun run = runOnTestServer("driver", "Sascha Maassen", "--summary", "--csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "driver,driverId,firstSeason,lastSeason,events,raceResults,overallWins,classWins,overallPoles,classPoles,titles",
                "\"Sascha Maassen\",sascha-maassen,2007,2008,3,2,0,0,1,1,1");
    }

    @Test
    void eventWordsNeedNoQuotes() {
        CliRun run = runOnTestServer("event", "petit", "le", "mans", "2007");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Event:").contains("alms-2007-petit-le-mans");
    }

    @Test
    void jsonPrintsTheWholeProfileRecord() throws Exception {
        CliRun run = runOnTestServer("event", "Petit Le Mans 2007", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode profile = run.json();
        assertThat(profile.path("event").path("id").asText()).isEqualTo("alms-2007-petit-le-mans");
        assertThat(profile.path("event").path("round").asInt()).isEqualTo(11);
        assertThat(profile.path("entries")).hasSize(4);
        JsonNode audi = profile.path("entries").get(0);
        assertThat(audi.path("crewComplete").asBoolean()).isFalse();
        assertThat(audi.path("team").isNull()).isTrue();
        assertThat(audi.path("crew").get(0).path("name").asText()).isEqualTo("Rinaldo Capello");
        assertThat(profile.path("sessions").get(0).path("safetyCarPeriods").asInt()).isEqualTo(9);
        assertThat(profile.path("sources").get(0).asText()).isEqualTo("000_a2ddb8a8b78fb99c#p1");
    }

    @Test
    void anUnknownClassWinnerAndUnreportedPlacesAreRowsOfTheirOwn() {
        CliRun run = runOnTestServer("event", "Laguna Seca 4 Hours 2007");

        assertThat(run.exitCode()).as(run.err()).isZero();
        // 001_40dddd42d94a9a30 reports GT2 places 2 to 4 and never names the class winner.
        assertThat(run.out()).containsPattern("(?m)^unknown\\s+GT2\\s+1\\s+unknown\\s+unknown\\s+unknown\\s+"
                        + "not reported: the sources do not say who was first in GT2$")
                .containsPattern("(?m)^unknown\\s+LMP2\\s+3–4\\s+unknown\\s+unknown\\s+unknown\\s+"
                        + "not reported: the sources do not say who was there$");
        String table = run.out();
        assertThat(table.indexOf("who was first in GT2")).isLessThan(table.indexOf("Dominik Farnbacher, Wolf Henzler"));
    }

    @Test
    void aDriverPlacedAtAnEventWithoutHisCarAppearsWithACarNotIdentified() {
        CliRun run = runOnTestServer("event", "Laguna Seca 6 Hours 2011");

        // 002_5f0b9dc16f1a01fe: Gonzalez led the spec class early, the GTC driver Faulkner held Mücke up; no car named.
        assertThat(run.out()).containsPattern("(?m)^unknown\\s+LMPC\\s+unknown\\s+not identified\\s+Ricardo Gonzalez \\+ unknown\\*$")
                .containsPattern("(?m)^unknown\\s+GTC\\s+unknown\\s+not identified\\s+Damien Faulkner \\+ unknown$")
                .containsPattern("(?m)^2–3\\s+unknown\\s+unknown\\s+unknown\\s+unknown\\s+unknown\\s+not reported");
    }

    @Test
    void jsonGivesEveryOpenSlotAnExplicitNullWithItsReason() throws Exception {
        JsonNode profile = runOnTestServer("event", "Laguna Seca 6 Hours 2011", "--json").json();

        JsonNode gonzalez = null;
        for (JsonNode entry : profile.path("entries")) {
            if (entry.path("entryId").asText().equals("alms-2011-laguna-seca-car-gonzalez")) {
                gonzalez = entry;
            }
        }
        assertThat(gonzalez).isNotNull();
        assertThat(gonzalez.path("car").isNull()).isTrue();
        assertThat(gonzalez.path("team").isNull()).isTrue();
        assertThat(gonzalez.path("carIdentified").asBoolean()).isFalse();
        assertThat(gonzalez.path("unknown").path("car").asText())
                .isEqualTo("the sources place the crew at the event without saying which car");
        assertThat(gonzalez.path("unknown").path("team").asText()).isEqualTo("the sources do not name the entrant");
        assertThat(gonzalez.path("unknown").path("number").asText()).isEqualTo("no car number is printed in the sources");
        assertThat(gonzalez.path("unknown").path("crew").asText()).isEqualTo("the sources name 1 of the crew; the others are unknown");
        JsonNode race = profile.path("sessions").get(1);
        assertThat(race.path("type").asText()).isEqualTo("RACE");
        assertThat(race.path("unknownPlaces").get(0).path("fromPosition").asInt()).isEqualTo(2);
        assertThat(race.path("unknownPlaces").get(0).path("toPosition").asInt()).isEqualTo(3);
        assertThat(race.path("unknownPlaces").get(0).path("inClass").isNull()).isTrue();
        assertThat(race.path("unknownPlaces").get(0).has("unknown")).as("overall is no unknown class").isFalse();
    }

    @Test
    void sourcesListsTheArticleParagraphsAfterTheTables() {
        CliRun run = runOnTestServer("event", "Petit Le Mans 2007", "--sources");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String sources = run.out().substring(run.out().indexOf("Sources:"));
        assertThat(sources).contains("000_a2ddb8a8b78fb99c.txt, paragraph 1", "000_a2ddb8a8b78fb99c.txt, paragraph 4",
                "001_40dddd42d94a9a30.txt, paragraph 5");
    }

    @Test
    void anAmbiguousEventNameIsOneLineWithTheCandidatesAndExitCode1() {
        CliRun run = runOnTestServer("event", "Petit Le Mans");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).isEqualTo(
                "paddock: 'Petit Le Mans' matches 3 events: Petit Le Mans 2007, Petit Le Mans 2009, Petit Le Mans 2011"
                        + " — which one?");
    }

    @Test
    void anUnknownNameIsOneLineWithExitCode1() {
        CliRun run = runOnTestServer("circuit", "Nürburgring");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("paddock: No circuit matches 'Nürburgring'");
    }

    @Test
    void driverTableShowsHometownResultsAndTheInferredTitle() {
        CliRun run = runOnTestServer("driver", "Sascha", "Maassen");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .containsPattern("(?m)^Hometown:\\s+Aachen$")
                .containsPattern("(?m)^Nationality:\\s+unknown$")
                .containsPattern("(?m)^Titles:\\s+ALMS 2006 LMP2 drivers' championship\\*$")
                .contains("class P5, 24 laps lost in pits")
                .containsPattern("Laguna Seca 4 Hours\\s+6\\s+LMP2\\s+Penske Racing\\s+Porsche RS Spyder\\s+Ryan Briscoe, Sascha Maassen\\s+P1, class P1\\s+class P2\\*")
                .contains("Sascha Maassen + unknown")
                .contains("3.5 s faster")
                .contains("* inferred:");
    }

    @Test
    void teamCarAndCircuitPrintTheirHeaders() {
        assertThat(runOnTestServer("team", "Penske").out()).containsPattern("(?m)^Supported by:\\s+unknown$")
                .containsPattern("(?m)^Seasons:\\s+2007, 2008$");
        assertThat(runOnTestServer("car", "RS", "Spyder").out()).containsPattern("(?m)^Power:\\s+478 PS$")
                .containsPattern("(?m)^Engine by:\\s+unknown$");
        assertThat(runOnTestServer("circuit", "Mosport").out()).containsPattern("(?m)^Length:\\s+4.102 km$")
                .containsPattern("(?m)^2009\\s+unknown\\s+Mosport\\s+unknown$");
    }

    @Test
    void everyProfileCommandHasHelpWithExamples() {
        for (String command : List.of("driver", "team", "car", "circuit", "event")) {
            CliRun help = CliRun.run(command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command)
                    .contains("Usage: paddock " + command, "NAME", "Examples:", "--json", "--sources", "--uri", "--verbose");
        }
    }
}
