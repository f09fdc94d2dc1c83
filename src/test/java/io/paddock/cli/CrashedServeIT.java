package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paddock.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code paddock serve} killed with SIGKILL (no shutdown hook, no clean stop of Neo4j, its {@code server.properties} left
 * behind) after the seed (which serve loads into an empty database) and Le Mans 2008–2010 (imported through it) were
 * written: the data directory opens again, Neo4j recovers it, and it holds both loads; the stale discovery file sends
 * no command to the dead server.
 */
class CrashedServeIT {

    private static final Path DATA_DIR = TestNeo4j.workDir("serve-crash-it").toAbsolutePath();
    private static final Path LEMANS = Path.of("..", "shared", "data", "lemans24");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Entries: the seed's 50 (ALMS 2007–2011) and results_in.csv's rows of 2008 (57), 2009 (65) and 2010 (56). */
    private static final String COUNTS = """
            MATCH (e:Entry) WITH count(e) AS entries
            OPTIONAL MATCH (:Event {id: 'lemans-2008'})<-[:IN_EVENT]-(e8:Entry) WITH entries, count(e8) AS in2008
            OPTIONAL MATCH (:Event {id: 'lemans-2009'})<-[:IN_EVENT]-(e9:Entry) WITH entries, in2008, count(e9) AS in2009
            OPTIONAL MATCH (:Event {id: 'lemans-2010'})<-[:IN_EVENT]-(e10:Entry)
            WITH entries, in2008, in2009, count(e10) AS in2010
            MATCH (s:Session {id: 'alms-2007-laguna-seca-race'})
            RETURN entries, in2008, in2009, in2010, s.laps AS lagunaSecaLaps""";
    private static ServeProcess serve;

    @AfterAll
    static void stopServe() throws InterruptedException {
        if (serve != null && serve.process().isAlive()) {
            serve.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKilledServesDataDirectoryOpensAgainWithEveryCommittedLoad() throws Exception {
        assumeTrue(Files.isRegularFile(LEMANS.resolve("results_in.csv")), "../shared/data/lemans24 is absent: skipped");
        TestFiles.deleteRecursively(DATA_DIR);
        Path err = TestNeo4j.workDir("serve-crash-it.err");
        serve = ServeProcess.start(DATA_DIR, TestFiles.freePort(), TestFiles.freePort(), err);
        Process process = serve.process();
        assertThat(ServeFile.read(DATA_DIR).orElseThrow().pid())
                .as("server.properties names the java process itself, so killing it kills the server").isEqualTo(process.pid());

        assertThat(Files.readString(err)).contains("Empty database: loaded the shipped seed");
        CliRun imported = CliRun.run("import", "lemans", LEMANS.toString(), "--from", "2008", "--to", "2010", "--data-dir", DATA_DIR.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(counts("using the running paddock serve (pid " + process.pid() + ")")).isEqualTo(expected());

        process.destroyForcibly();   // SIGKILL: no shutdown hook runs, Neo4j does not stop cleanly
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(137);
        assertThat(DATA_DIR.resolve(ServeFile.NAME)).as("left behind by the killed serve").exists();

        assertThat(ServeFile.find(DATA_DIR)).as("the stale file is ignored (by every command, and by serve itself)").isEmpty();
        assertThat(counts("no paddock serve runs on " + DATA_DIR + ": starting an embedded database")).isEqualTo(expected());
    }

    /** The counts, asked with {@code paddock cypher} on the data directory; {@code path} is how it reached the graph. */
    private static JsonNode counts(String path) throws Exception {
        CliRun run = CliRun.run("cypher", COUNTS, "--json", "--verbose", "--data-dir", DATA_DIR.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("paddock: " + path);
        return JSON.readTree(run.out()).get(0);
    }

    private static JsonNode expected() throws Exception {
        return JSON.readTree("""
                {"entries": 228, "in2008": 57, "in2009": 65, "in2010": 56, "lagunaSecaLaps": 157}""");
    }
}
