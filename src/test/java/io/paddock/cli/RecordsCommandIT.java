package io.paddock.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.paddock.TestNeo4j;
import io.paddock.model.RecordKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code paddock records} against the shared test server, as a user runs it.
 */
class RecordsCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void seed() {
        TestNeo4j.seeded().close();
    }

    @Test
    void winsPrintATableCountedFromResults() {
        CliRun run = CliRun.run("records", "wins", "--uri", TestNeo4j.uri());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly(
                "rank  driver           wins  detail                                        basis",
                "----  ---------------  ----  --------------------------------------------  --------------------",
                "1     Rinaldo Capello  2     Petit Le Mans 2007; Laguna Seca 4 Hours 2007  counted from results",
                "2     Stefan Mücke     1     Laguna Seca 6 Hours 2011                      counted from results",
                "(2 rows)");
    }

    @Test
    void jsonCarriesHolderValueBasisAndSources() throws Exception {
        CliRun run = CliRun.run("records", "closest-finishes", "--json", "--uri", TestNeo4j.uri());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, Object>> rows = JSON.readValue(run.out(), List.class);
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
    void byTeamWithASeasonFilterAndSources() {
        CliRun run = CliRun.run("records", "class-wins", "--by", "team", "--season", "2007", "--sources", "--uri", TestNeo4j.uri());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("rank\\s+team\\s+class wins\\s+detail\\s+basis")
                .containsPattern("1\\s+Penske Racing\\s+2\\s+Petit Le Mans 2007 \\(LMP2\\); Laguna Seca 4 Hours 2007 \\(LMP2\\)")
                .contains("(1 row)", "Sources:", "  000_a2ddb8a8b78fb99c.txt, paragraph 1");
    }

    @Test
    void statedTotalsShowTheirMetricAndSayTheyAreStated() {
        CliRun run = CliRun.run("records", "stated-totals", "--by", "manufacturer", "--season", "2007", "--uri", TestNeo4j.uri());

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
        CliRun run = CliRun.run("records", "streaks", "--by", "team", "--uri", TestNeo4j.uri());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("paddock: The streaks record cannot be counted per team: it is counted per driver"
                + System.lineSeparator());
        assertThat(CliRun.run("records", "fastest", "--uri", TestNeo4j.uri()).err())
                .contains("'fastest' is not a record kind; use one of: wins, class-wins");
    }
}
