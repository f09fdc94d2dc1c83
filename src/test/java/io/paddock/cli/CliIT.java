package io.paddock.cli;

import io.paddock.SeededGraph;
import io.paddock.TestNeo4j;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CLI as a user runs it: against the shared test server with --uri, and once against the embedded default.
 */
class CliIT extends SeededGraph {

    @Test
    void cypherJsonListsEveryDriverOnceSpelledAsPrinted() throws Exception {
        CliRun run = CliRun.runOnTestServer("cypher", "MATCH (d:Driver) RETURN d.name ORDER BY d.name", "--json");

        assertThat(run.exitCode()).isZero();
        List<Map<String, String>> rows = run.json(List.class);
        List<String> names = rows.stream().map(r -> r.get("d.name")).toList();
        assertThat(names).hasSize(46).doesNotHaveDuplicates()
                .contains("Stefan Mücke", "Jörg Bergmeister", "Dirk Müller", "Johannes van Overbeek", "Rinaldo Capello", "Patrick Long")
                .doesNotContain("Dindo Capello", "Pat Long", "Hartmut Kristen")
                .startsWith("Andy Wallace", "Bill Auberlen").endsWith("Tom Millner", "Wolf Henzler");
    }

    @Test
    void cypherPrintsATableWithParameters() {
        CliRun run = CliRun.runOnTestServer("cypher", "MATCH (:Entry {id: $entry})<-[:DROVE]-(d:Driver) RETURN d.name AS driver ORDER BY driver",
                "-p", "entry=alms-2007-petit-le-mans-6");

        assertThat(run.out()).isEqualTo(String.join(System.lineSeparator(),
                "driver", "----------------", "Emmanuel Collard", "Ryan Briscoe", "Sascha Maassen", "(3 rows)", ""));
    }

    @Test
    void aWriteIsRefusedInOneLineWithANonZeroExit() {
        CliRun run = CliRun.runOnTestServer("cypher", "CREATE (:Driver {name: 'Intruder'})");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("paddock: The query writes to the graph: paddock cypher refuses writes unless --write is given"
                + System.lineSeparator());
        assertThat(CliRun.runOnTestServer("cypher", "MATCH (d:Driver {name: 'Intruder'}) RETURN count(d) AS n", "--json").out())
                .contains("\"n\" : 0");
    }

    @Test
    void withWriteAQueryMayWrite() {
        CliRun created = CliRun.runOnTestServer("cypher", "MERGE (p:Person {id: $id}) SET p.name = $name RETURN p.name AS name",
                "-p", "id=write-test", "-p", "name=Write Test", "--write");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("Write Test", "(1 row)");

        CliRun removed = CliRun.runOnTestServer("cypher", "MATCH (p:Person {id: $id}) DELETE p RETURN count(*) AS removed",
                "-p", "id=write-test", "--write", "--json");
        assertThat(removed.out()).contains("\"removed\" : 1");
        assertThat(CliRun.runOnTestServer("cypher", "MATCH (p:Person {id: 'write-test'}) RETURN count(p) AS n", "--json").out())
                .contains("\"n\" : 0");
        assertThat(CliRun.run("cypher", "--help").out()).contains("--write", "Read-only unless --write is given");
    }

    @Test
    void verboseShowsTheStackTrace() {
        CliRun run = CliRun.runOnTestServer("cypher", "RETURN nonsense(", "--verbose");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("\tat io.paddock.").contains("paddock: Cypher failed: Invalid input");
    }

    @Test
    void loadAgainstAServerIsIdempotent() {
        CliRun run = CliRun.runOnTestServer("load", "--json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"nodesCreated\" : 0", "\"relationshipsCreated\" : 0", "\"files\" : 6");
        assertThat(run.err()).contains("Seed valid: 6 files", "entries            50 rows");
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (String command : List.of("demo", "load", "cypher")) {
            CliRun run = CliRun.run(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: paddock " + command, "Example", "--json", "--uri", "--data-dir");
        }
        assertThat(CliRun.run("--help").out()).contains("demo", "load", "cypher");
    }

    @Test
    void anUnreachableServerIsOneClearLine() {
        CliRun run = CliRun.run("cypher", "RETURN 1", "--uri", "bolt://127.0.0.1:1");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("paddock: Cannot use Neo4j at bolt://127.0.0.1:1").doesNotContain("\tat ");
    }

    @Test
    void demoRunsOnTheEmbeddedDefault() {
        Path dataDir = TestNeo4j.workDir("cli-it-embedded");
        CliRun run = CliRun.run("demo", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("the database in " + dataDir.toAbsolutePath().normalize())
                .contains("Closest finishes")
                .containsPattern("Laguna Seca 4 Hours\\s+2\\s+7\\s+Romain Dumas, Timo Bernhard\\s+0.41")
                .contains("Emmanuel Collard, Ryan Briscoe, Sascha Maassen")
                .contains("Rinaldo Capello, (unknown)");
    }

    @Test
    void oddCommandLinesAreOneClearLineBeforeAnythingRuns() {
        CliRun negativeLimit = CliRun.runOnTestServer("records", "wins", "--limit", "-5");
        CliRun backwards = CliRun.runOnTestServer("teammates", "Timo Bernhard", "--from", "2011", "--to", "2007");
        CliRun backwardsImport = CliRun.runOnTestServer("import", "lemans", "src/test/resources", "--from", "2011", "--to", "2007");
        CliRun unwritable = CliRun.run("search", "bernhard", "--no-server", "--data-dir", "/proc/paddock-cannot-be-here");

        assertThat(negativeLimit.exitCode()).isEqualTo(1);
        assertThat(negativeLimit.err()).isEqualTo("paddock: --limit must be at least 1, not -5" + System.lineSeparator());
        assertThat(backwards.exitCode()).isEqualTo(1);
        assertThat(backwards.err()).isEqualTo("paddock: --from 2011 is after --to 2007: no season is in that range (swap them?)"
                + System.lineSeparator());
        assertThat(backwardsImport.err()).as("refused before reading anything")
                .isEqualTo("paddock: --from 2011 is after --to 2007: no season is in that range (swap them?)" + System.lineSeparator());
        assertThat(unwritable.exitCode()).isEqualTo(1);
        assertThat(unwritable.err()).isEqualTo("paddock: Cannot write the data directory /proc/paddock-cannot-be-here: give "
                + "--data-dir (or PADDOCK_DATA_DIR) a folder you can write" + System.lineSeparator());
    }

    @Test
    void everyCommandSummaryIsOneWholeSentenceOnOneTerminalLine() {
        List<String> summaries = CliRun.run("--help").out().lines().dropWhile(line -> !line.equals("Commands:")).skip(1)
                .takeWhile(line -> !line.isBlank()).toList();

        assertThat(summaries).as("26 commands, none wrapped onto a second line").hasSize(26)
                .allSatisfy(line -> assertThat(line).endsWith(".").hasSizeLessThanOrEqualTo(80));
        assertThat(summaries).contains("  ingest     Propose facts from race reports as a seed to review, then load.");
    }
}
