package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.SeededGraph;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.paddock.cli.CliRun.run;
import static io.paddock.cli.CliRun.runOnTestServer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * path, career and crossover as a user runs them against a server (--uri), on the shipped seed.
 */
class CrossSeriesCommandsIT extends SeededGraph {

    @Test
    void pathPrintsEveryLinkWithItsRoleEventAndSeries() {
        CliRun run = runOnTestServer("path", "Richard Lietz", "Seth Neiman", "--sources");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Richard Lietz – Seth Neiman: 3 links")
                .containsPattern("link\\s+from\\s+to\\s+role\\s+series\\s+season\\s+event")
                .containsPattern("1\\s+Richard Lietz\\s+Romain Dumas\\s+co-drivers\\s+American Le Mans Series\\s+2011\\s+Laguna Seca 6 Hours"
                        + "\\s+unknown\\s+unknown\\s+unknown\\s+1")
                .containsPattern("2\\s+Romain Dumas\\s+Patrick Long\\s+co-drivers\\s+American Le Mans Series\\s+2007\\s+Petit Le Mans\\s+Penske Racing")
                .containsPattern("3\\s+Patrick Long\\s+Seth Neiman\\s+team-mates\\s+American Le Mans Series\\s+2009\\s+Mosport\\s+Flying Lizard Motorsports\\s+unknown\\s+GT2")
                .contains("(3 rows)", "Sources:", "002_5f0b9dc16f1a01fe.txt, paragraph 15");
    }

    @Test
    void pathSaysSoWhenThereIsNoConnection() throws Exception {
        CliRun run = runOnTestServer("path", "capello", "bernhard");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("Rinaldo Capello – Timo Bernhard: no connection through co-drivers and team-mates within 12 links"
                + System.lineSeparator());
        JsonNode json = runOnTestServer("path", "capello", "bernhard", "--json").json();
        assertThat(json.path("connected").asBoolean(true)).isFalse();
        assertThat(json.path("connection").path("links")).isEmpty();
    }

    @Test
    void pathJsonCarriesTheSeriesOfEachLink() throws Exception {
        JsonNode json = runOnTestServer("path", "lietz", "neiman", "--series", "ALMS", "--json").json();

        JsonNode links = json.path("connection").path("links");
        assertThat(links).hasSize(3);
        assertThat(links.get(2).path("shared").path("role").asText()).isEqualTo("TEAM_MATE");
        assertThat(links.get(2).path("shared").path("series").path("id").asText()).isEqualTo("alms");
        assertThat(links.get(2).path("shared").path("series").path("name").asText()).isEqualTo("American Le Mans Series");
    }

    @Test
    void aSeriesWithClassesStillSaysUnknownWhereTheSourcesDoNotNameTheClass() throws Exception {
        CliRun table = runOnTestServer("teammates", "Richard Lietz", "--with", "Romain Dumas");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).containsPattern("series\\s+season\\s+event\\s+role\\s+team\\s+car\\s+class")
                .containsPattern("American Le Mans Series\\s+2011\\s+Laguna Seca 6 Hours\\s+co-drivers\\s+unknown\\s+unknown\\s+unknown");
        JsonNode event = runOnTestServer("teammates", "Richard Lietz", "--with", "Romain Dumas", "--json").json().path("events").get(0);
        assertThat(event.path("className").isNull()).isTrue();
        assertThat(event.path("seriesHasClasses").asBoolean()).isTrue();
        assertThat(event.path("unknown").path("className").asText()).isEqualTo("the sources do not name the class");
    }

    @Test
    void careerPrintsSeasonsThenTheSeriesTotal() throws Exception {
        CliRun run = runOnTestServer("career", "Timo Bernhard");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Timo Bernhard — career across series")
                .containsPattern("American Le Mans Series\\s+2007\\s+2\\s+2\\s+0\\s+2\\s+0\\s+0\\s+2\\s+P2\\s+P1\\s+Penske Racing\\s+Porsche RS Spyder")
                .containsPattern("American Le Mans Series\\s+2008\\s+1\\s+0\\s+0\\s+0\\s+0\\s+1\\s+0\\s+no race\\s+no race\\s+Penske Racing")
                .containsPattern("American Le Mans Series\\s+total \\(2\\)\\s+3\\s+2\\s+0\\s+2\\s+0\\s+1\\s+2\\s+P2\\s+P1")
                .contains("(3 rows)");
        JsonNode json = runOnTestServer("career", "dumas", "--season", "2011", "--json").json();
        assertThat(json.path("seasons")).hasSize(1);
        assertThat(json.path("seasons").get(0).path("starts").asInt()).isEqualTo(1);
        assertThat(json.path("totals").get(0).path("series").path("id").asText()).isEqualTo("alms");
    }

    @Test
    void crossoverOnTheOneSeriesSeedFindsNoOne() {
        assertThat(runOnTestServer("crossover").out())
                .isEqualTo("No driver raced in two of these series." + System.lineSeparator());
        assertThat(runOnTestServer("crossover", "--series", "ALMS", "--winners").out())
                .isEqualTo("No driver won races in two of these series." + System.lineSeparator());
        assertThat(runOnTestServer("crossover", "--json").out().strip()).isEqualTo("[ ]");
        CliRun unknown = runOnTestServer("crossover", "--series", "ALMS", "--and", "DTM");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("paddock: No series matches 'DTM'" + System.lineSeparator());
    }

    @Test
    void theNewCommandsHaveHelpWithExamples() {
        for (String command : List.of("path", "career", "crossover")) {
            CliRun run = run(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: paddock " + command, "Examples:", "--json", "--series", "--uri");
        }
        assertThat(run("crossover", "--help").out()).contains("--and=NAME", "--winners");
        assertThat(run("--help").out()).contains("path", "career", "crossover");
    }
}
