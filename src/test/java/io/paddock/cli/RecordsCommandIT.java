package io.paddock.cli;

import io.paddock.SeededGraph;
import io.paddock.model.RecordKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code paddock records} against the shared test server, as a user runs it.
 */
@SuppressWarnings("unchecked")
class RecordsCommandIT extends SeededGraph {

    @Test
    void winsPrintATableCountedFromResultsNamingTeamAndCar() {
        CliRun run = CliRun.runOnTestServer("records", "wins", "--by", "driver", "--from", "2011");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "rank  driver        wins  detail                                                 basis",
                "----  ------------  ----  -----------------------------------------------------  --------------------",
                "1     Stefan Mücke  1     Laguna Seca 6 Hours 2011 (team unknown, Aston Martin)  counted from results",
                "(1 row)",
                "",
                "The sources state no total for this record and these filters.");
    }

    @Test
    void winsOf2007StandAboveTheStatedTotalsWithANoteWhereTheyDiffer() {
        CliRun run = CliRun.runOnTestServer("records", "wins", "--season", "2007");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(2)).matches("1\\s+Rinaldo Capello\\s+2\\s+Petit Le Mans 2007 \\(team unknown, Audi R10\\); .*counted from results");
        assertThat(lines).contains("Stated by the sources (totals as printed, not counted from the graph; same metric and filters):",
                "Note: Porsche: 8 overall wins in the 2007 season stated, 0 counted — the graph holds only some of that season's results.",
                "Note: Romain Dumas: 6 overall wins in the 2007 season stated, 0 counted — the graph holds only some of that season's results.");
        assertThat(run.out()).containsPattern("1\\s+Porsche\\s+manufacturer\\s+8\\s+overall wins\\s+not stated\\s+2007 season; .*001_40dddd42d94a9a30")
                .containsPattern("2\\s+Timo Bernhard\\s+driver\\s+6\\s+overall wins");
    }

    @Test
    void jsonCarriesBothListsAndTheComparisons() throws Exception {
        CliRun run = CliRun.runOnTestServer("records", "wins", "--season", "2007", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> json = run.json(Map.class);
        assertThat(json).containsEntry("record", "wins").containsEntry("statedNote", null);
        List<Map<String, Object>> counted = (List<Map<String, Object>>) json.get("counted");
        assertThat(counted).singleElement().satisfies(row -> assertThat(row).containsEntry("value", 2)
                .containsEntry("basis", "COUNTED_FROM_RESULTS").doesNotContainKey("asOf"));
        List<Map<String, Object>> stated = (List<Map<String, Object>>) json.get("stated");
        assertThat(stated).extracting(row -> ((Map<String, Object>) row.get("holder")).get("name") + " " + row.get("value"))
                .containsExactly("Porsche 8", "Romain Dumas 6", "Timo Bernhard 6");
        assertThat(stated.get(0)).containsEntry("basis", "STATED_BY_SOURCE").containsEntry("asOf", null);
        List<Map<String, Object>> comparisons = (List<Map<String, Object>>) json.get("comparisons");
        assertThat(comparisons.get(0)).containsEntry("stated", 8).containsEntry("counted", 0)
                .containsEntry("scope", "the 2007 season");
    }

    @Test
    void jsonCarriesHolderValueBasisAndSources() throws Exception {
        CliRun run = CliRun.runOnTestServer("records", "closest-finishes", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, Object>> rows = (List<Map<String, Object>>) run.json(Map.class).get("counted");
        assertThat(rows).hasSize(2);
        Map<String, Object> closest = rows.get(0);
        assertThat(closest).containsEntry("record", "closest-finishes").containsEntry("rank", 1)
                .containsEntry("value", 0.41).containsEntry("unit", "seconds")
                .containsEntry("basis", "COUNTED_FROM_RESULTS")
                .containsEntry("holder", Map.of("kind", "event", "id", "alms-2007-laguna-seca", "name", "Laguna Seca 4 Hours"));
        assertThat((List<String>) closest.get("sources")).contains("001_40dddd42d94a9a30#p3");
        assertThat(rows.get(1)).containsEntry("value", 0.923);
    }

    @Test
    void titlesWithoutByListEveryKindOfChampionshipEachRowSayingWhich() {
        CliRun run = CliRun.runOnTestServer("records", "titles");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("rank\\s+holder\\s+value\\s+metric\\s+detail\\s+basis")
                .containsPattern("1\\s+Timo Bernhard\\s+1\\s+drivers' titles\\s+ALMS 2007 LMP2 drivers' championship")
                .containsPattern("1\\s+Dyson Racing\\s+1\\s+teams' titles\\s+ALMS 2011 LMP1 teams' championship \\(inferred\\)")
                .containsPattern("1\\s+Porsche\\s+4\\s+titles defended");
    }

    @Test
    void byTeamWithASeasonFilterAndSources() {
        CliRun run = CliRun.runOnTestServer("records", "class-wins", "--by", "team", "--season", "2007", "--sources");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("rank\\s+team\\s+class wins\\s+detail\\s+basis")
                .containsPattern("1\\s+Penske Racing\\s+2\\s+Petit Le Mans 2007 \\(LMP2, Porsche RS Spyder\\); Laguna Seca 4 Hours 2007 \\(LMP2, Porsche RS Spyder\\)")
                .contains("(1 row)", "Sources:", "  000_a2ddb8a8b78fb99c.txt, paragraph 1");
    }

    @Test
    void statedTotalsShowTheirMetricAndSayTheyAreStated() {
        CliRun run = CliRun.runOnTestServer("records", "stated-totals", "--by", "manufacturer", "--season", "2007");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("rank\\s+manufacturer\\s+value\\s+metric\\s+detail\\s+basis")
                .containsPattern("1\\s+Porsche\\s+8\\s+overall wins\\s+2007 season; .*stated by a source")
                .doesNotContain("counted from results");
    }

    @Test
    void helpListsEveryKindWithExamples() {
        CliRun run = CliRun.run("records", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: paddock records", "Examples:", "--by", "--json", "--sources", "--season",
                "--class", "--limit", "--uri", "--data-dir");
        for (RecordKind kind : RecordKind.values()) {
            assertThat(run.out()).as(kind.key()).containsPattern("(?m)^  " + kind.key() + " ");
        }
        assertThat(CliRun.run("--help").out()).contains("records");
    }

    @Test
    void aHolderTheRecordCannotBeCountedForIsOneLine() {
        CliRun run = CliRun.runOnTestServer("records", "streaks", "--by", "team");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("paddock: The streaks record cannot be counted per team: it is counted per driver"
                + System.lineSeparator());
        assertThat(CliRun.runOnTestServer("records", "fastest").err())
                .contains("'fastest' is not a record kind; use one of: wins, class-wins");
    }
}
