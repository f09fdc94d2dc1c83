package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notebooks in {@code notebooks/} as CI runs them: {@code paddock serve} on the shipped seed in its own process
 * (free ports, a fresh data directory under target/), each notebook executed headless with
 * {@code jupyter nbconvert --to notebook --execute} and {@code PADDOCK_HTTP} pointing at that server, then the
 * executed notebook's outputs checked for figures from the seed. Skipped only when there is no {@code jupyter}.
 */
class NotebooksIT {

    private static final Path DATA_DIR = Path.of("target", "notebooks-it").toAbsolutePath();
    private static final Path OUTPUT_DIR = Path.of("target", "notebooks").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static int httpPort;
    private static Process serve;

    @BeforeAll
    static void startServe() throws Exception {
        Assumptions.assumeTrue(TestFiles.onPath("jupyter"), "no jupyter on the PATH: skipping the notebooks "
                + "(apt-get install jupyter-nbconvert python3-ipykernel python3-pandas python3-matplotlib python3-requests; "
                + ".ci/run installs them)");
        TestFiles.deleteRecursively(DATA_DIR);
        TestFiles.deleteRecursively(OUTPUT_DIR);
        Files.createDirectories(DATA_DIR);
        httpPort = TestFiles.freePort();
        serve = ServeProcess.start(DATA_DIR.resolve("data"), TestFiles.freePort(), httpPort, DATA_DIR.resolve("serve.err"))
                .process();
    }

    @AfterAll
    static void stopServe() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroy();
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void coDriverNetworkListsAndDrawsTimoBernhardsCoDrivers() throws Exception {
        Executed nb = execute("co-driver-network");

        assertThat(nb.text()).contains("Co-drivers of Timo Bernhard: Romain Dumas, Patrick Long\n");
        assertThat(nb.images()).isEqualTo(1);
    }

    @Test
    void driverNetworkDrawsTheCentralDriversAndTheFamiliesOfTheSeed() throws Exception {
        Executed nb = execute("driver-network");

        // the seed's network: NetworkIT checks betweenness against Brandes' algorithm
        assertThat(nb.text()).contains("Most central by PageRank: Dirk Werner, Chris Dyson, Romain Dumas\n")
                .contains("Bridges by betweenness: Patrick Long (24), Dirk Werner (21), ")
                .contains("8 largest communities; the largest: 9 drivers, 2007–2011\n");
        assertThat(nb.images()).isEqualTo(2);
    }

    @Test
    void headToHeadScoresCapelloTwoNilAgainstDumasFromTheArticles() throws Exception {
        Executed nb = execute("head-to-head");

        assertThat(nb.text()).contains("Rinaldo Capello 2 – 0 Romain Dumas (races overall)")
                .contains("Petit Le Mans", "Laguna Seca 4 Hours", "0.923", "0.41");
        assertThat(nb.images()).isEqualTo(1);
    }

    @Test
    void teamMateBattlesListTheSeasonsPairsAndPlotBernhardsQualifyingAgainstEachTeamMate() throws Exception {
        Executed nb = execute("team-mate-battles");

        // the seed's Penske cars: #7 (Bernhard) won LMP2 at Petit Le Mans and Laguna Seca 2007, #6 fifth and second in
        // class; at Mosport 2008 #7 qualified first in LMP2, #6 sixth; no qualifying place for #7 at Laguna Seca
        assertThat(nb.text()).contains("Formula 1: not imported: run ./paddock serve --import ergast ../shared/data/ergast-f1-csv")
                .containsPattern("Team-mate battles in American Le Mans Series 2007: \\d+ pairs")
                .contains("Timo Bernhard in qualifying against each team-mate, season by season:\n"
                        + "2007 Emmanuel Collard: 0 – 0 (races 1 – 0 of 1)\n"
                        + "2007 Ryan Briscoe: 0 – 0 (races 2 – 0 of 2)\n"
                        + "2007 Sascha Maassen: 0 – 0 (races 2 – 0 of 2)\n"
                        + "2008 Sascha Maassen: 1 – 0 (races 0 – 0 of 0)\n");
        assertThat(nb.images()).isEqualTo(1);
    }

    @Test
    void winsPerManufacturerPlotsTheSeedAndSaysLeMansAndF1AreNotImported() throws Exception {
        Executed nb = execute("wins-per-manufacturer");

        assertThat(nb.text()).contains("ALMS overall wins per manufacturer and season:\n2005: no win reported\n"
                        + "2006: no win reported\n2007: Audi 2\n2008: no win reported\n2009: no win reported\n2011: Aston Martin 1\n")
                .contains("Le Mans: not imported: run ./paddock serve --import lemans ../shared/data/lemans24")
                .contains("Formula 1: not imported: run ./paddock serve --import ergast ../shared/data/ergast-f1-csv");
        assertThat(nb.images()).isEqualTo(2);
    }

    @Test
    void recordsSayWhatIsNotImportedAndShowTheSeedsRecords() throws Exception {
        Executed nb = execute("records");

        assertThat(nb.text()).contains("Le Mans: not imported: run ./paddock serve --import lemans ../shared/data/lemans24")
                .contains("Formula 1: not imported: run ./paddock serve --import ergast ../shared/data/ergast-f1-csv")
                .containsPattern("Rinaldo Capello +2 +wins +COUNTED_FROM_RESULTS")
                .containsPattern("Stefan Mücke +1 +wins +COUNTED_FROM_RESULTS")
                .containsPattern("Porsche +11 +class wins +STATED_BY_SOURCE");
    }

    @Test
    void withoutServeANotebookStopsAtItsFirstCellSayingHowToStartIt() throws Exception {
        int closed = TestFiles.freePort();
        Path log = OUTPUT_DIR.resolve("not-running.log");

        int exit = nbconvert("co-driver-network", OUTPUT_DIR.resolve("not-running"), "http://127.0.0.1:" + closed, log);

        assertThat(exit).isNotZero();
        assertThat(Files.readString(log)).contains("PaddockNotRunning: No paddock serve answers at http://127.0.0.1:" + closed
                + " (connection refused): start it with ./paddock serve");
    }

    private record Executed(String text, int images) {
    }

    private static Executed execute(String name) throws Exception {
        Path log = OUTPUT_DIR.resolve(name + ".log");
        int exit = nbconvert(name, OUTPUT_DIR, "http://127.0.0.1:" + httpPort, log);
        assertThat(exit).as("jupyter nbconvert --execute " + name + ".ipynb: " + Files.readString(log)).isZero();

        JsonNode notebook = JSON.readTree(OUTPUT_DIR.resolve(name + ".ipynb").toFile());
        StringBuilder text = new StringBuilder();
        int images = 0;
        for (JsonNode cell : notebook.get("cells")) {
            for (JsonNode output : cell.path("outputs")) {
                assertThat(output.path("output_type").asText()).as(name + ": an error output").isNotEqualTo("error");
                text.append(joined(output.path("text")));
                text.append(joined(output.path("data").path("text/plain")));
                images += output.path("data").has("image/png") ? 1 : 0;
            }
        }
        return new Executed(text.toString(), images);
    }

    /** Executes notebooks/NAME.ipynb against the server at {@code paddockHttp}; returns nbconvert's exit code. */
    private static int nbconvert(String name, Path outputDir, String paddockHttp, Path log) throws Exception {
        Files.createDirectories(outputDir);
        ProcessBuilder nbconvert = new ProcessBuilder("jupyter", "nbconvert", "--to", "notebook", "--execute",
                "--ExecutePreprocessor.timeout=180", "--output-dir", outputDir.toString(),
                Path.of("notebooks", name + ".ipynb").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        nbconvert.environment().put("PADDOCK_HTTP", paddockHttp);
        nbconvert.environment().put("PYDEVD_DISABLE_FILE_VALIDATION", "1"); // the kernel's debugger warning about frozen modules
        Process process = nbconvert.start();
        if (!process.waitFor(240, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("jupyter nbconvert " + name + " did not finish in 240 s; " + Files.readString(log));
        }
        return process.exitValue();
    }

    private static String joined(JsonNode lines) {
        if (lines.isTextual()) {
            return lines.asText() + "\n";
        }
        StringBuilder out = new StringBuilder();
        lines.forEach(line -> out.append(line.asText()));
        return out.append('\n').toString();
    }



}
