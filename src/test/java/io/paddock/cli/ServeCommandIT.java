package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code paddock serve} as a user runs it: its own process (stopped with SIGTERM, as Ctrl-C stops it), on free ports
 * and a fresh data directory; the other commands, given that directory, answer through it; Neo4j Browser and the
 * guide are served; a real headless Chromium drives Browser (src/test/browser/browser-test.mjs).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeCommandIT {

    private static final Path DATA_DIR = Path.of("target", "serve-it").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ServeProcess server;
    private static int boltPort;
    private static int httpPort;
    private static Process serve;

    @BeforeAll
    static void startServe() throws Exception {
        TestFiles.deleteRecursively(DATA_DIR);
        boltPort = TestFiles.freePort();
        httpPort = TestFiles.freePort();
        server = ServeProcess.start(DATA_DIR, boltPort, httpPort, Path.of("target", "serve-it.err"));
        serve = server.process();
    }

    @AfterAll
    static void stopServe() throws InterruptedException {
        if (serve != null && serve.isAlive()) {
            serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    @Order(1)
    void printsTheAddressesTheBrowserUrlWithTheConnectionAndTheGuideCommand() {
        String printed = server.printed();
        assertThat(printed)
                .contains("Bolt:          bolt://127.0.0.1:" + boltPort + "  (no authentication)")
                .contains("Neo4j Browser: http://127.0.0.1:" + httpPort + "/browser/?dbms=bolt%3A%2F%2F127.0.0.1%3A" + boltPort
                        + "&preselectAuthMethod=NO_AUTH")
                .contains("Guide:         :play http://127.0.0.1:" + httpPort + "/paddock/guide");
    }

    @Test
    @Order(2)
    void writesTheDiscoveryFile() throws IOException {
        ServeFile.Running file = ServeFile.read(DATA_DIR).orElseThrow();

        assertThat(file.pid()).isEqualTo(serve.pid());
        assertThat(file.bolt()).isEqualTo("bolt://127.0.0.1:" + boltPort);
        assertThat(file.http()).isEqualTo("http://127.0.0.1:" + httpPort);
        assertThat(file.authenticated()).isFalse();
        assertThat(file.commandPort()).as("commands run inside serve").isPositive();
        assertThat(file.token()).hasSize(48);
        assertThat(java.nio.file.Files.getPosixFilePermissions(ServeFile.path(DATA_DIR)))
                .as("the token lets a caller run commands: the owner's alone")
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
    }

    @Test
    @Order(3)
    void otherCommandsOnTheDataDirectoryAnswerThroughTheServerFromTheSeed() {
        CliRun teammates = CliRun.run("teammates", "Timo Bernhard", "--season", "2007", "--data-dir", DATA_DIR.toString(), "--verbose");
        assertThat(teammates.exitCode()).as(teammates.err()).isZero();
        assertThat(teammates.err()).contains("paddock: using the running paddock serve (pid " + serve.pid() + ") at bolt://127.0.0.1:" + boltPort);
        assertThat(teammates.out()).contains("Romain Dumas", "Patrick Long", "Ryan Briscoe", "Sascha Maassen", "Emmanuel Collard");

        CliRun h2h = CliRun.run("h2h", "Dumas", "Capello", "--data-dir", DATA_DIR.toString());
        assertThat(h2h.out()).startsWith("Rinaldo Capello 2 – 0 Romain Dumas");
        CliRun path = CliRun.run("path", "Richard Lietz", "Seth Neiman", "--data-dir", DATA_DIR.toString());
        assertThat(path.out()).startsWith("Richard Lietz – Seth Neiman: 3 links");
    }

    @Test
    @Order(4)
    void servesNeo4jBrowserTheGuideFromTheQueryFilesAndTheGraphStyle() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + httpPort;

        HttpResponse<String> browser = http.send(HttpRequest.newBuilder(URI.create(base + "/browser/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).contains("Neo4j Browser");

        String guide = http.send(HttpRequest.newBuilder(URI.create(base + "/paddock/guide")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(guide).startsWith("<article class=\"guide\">").contains("<carousel", "<slide",
                "Co-drivers versus team-mates", "Head-to-head", "Records", "Provenance", "Unknown crews",
                ":params {driverId: 'timo-bernhard'",
                "MATCH (d:Driver {id: $driverId})-[:DROVE]-&gt;(n:Entry)&lt;-[drove:DROVE]-(co:Driver)");
        assertThat(guide).contains(BrowserGuideText.query("cypher/queries/unknown-crews.cypher"));

        String style = http.send(HttpRequest.newBuilder(URI.create(base + "/paddock/style.grass")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(style).contains("node.Driver {", "caption: '{name}';");
    }

    @Test
    @Order(5)
    void aSecondServeOnTheSameDataDirectoryIsRefused() {
        CliRun second = CliRun.run("serve", "--data-dir", DATA_DIR.toString(), "--bolt-port", "0", "--http-port", "0");

        assertThat(second.exitCode()).isEqualTo(1);
        assertThat(second.err().strip()).isEqualTo("paddock: A Paddock server already runs on " + DATA_DIR + " (pid " + serve.pid()
                + "); stop it first with: paddock stop --data-dir " + DATA_DIR);
    }

    @Test
    @Order(6)
    void aPortInUseIsOneLineNamingThePort() {
        CliRun taken = CliRun.run("serve", "--data-dir", Path.of("target", "serve-it-other").toString(),
                "--bolt-port", String.valueOf(boltPort), "--http-port", "0");

        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).doesNotContain("\tat ");
        assertThat(taken.err().lines().filter(line -> line.startsWith("paddock: ")))
                .singleElement().asString().startsWith("paddock: Bolt port " + boltPort + " on 127.0.0.1 is already in use");
    }

    @Test
    @Order(7)
    void anotherAddressWithoutAPasswordIsRefused() {
        Assumptions.assumeTrue(System.getenv("PADDOCK_PASSWORD") == null, "PADDOCK_PASSWORD is set in this environment");
        CliRun open = CliRun.run("serve", "--data-dir", Path.of("target", "serve-it-other").toString(), "--listen-address", "0.0.0.0");

        assertThat(open.exitCode()).isEqualTo(1);
        assertThat(open.err().strip()).isEqualTo("paddock: Refusing to listen on 0.0.0.0 without authentication: "
                + "set PADDOCK_PASSWORD (or --password), or leave --listen-address at 127.0.0.1");
    }

    @Test
    @Order(8)
    void aRealBrowserConnectsRunsAQueryFileAndPlaysTheGuide() throws Exception {
        Path script = Path.of("src", "test", "browser", "browser-test.mjs");
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        Assumptions.assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium
                + ": skipping the browser test (apt-get install chromium; .ci/run installs it)");
        Assumptions.assumeTrue(TestFiles.onPath("node") && TestFiles.onPath("npm"),
                "no node/npm on the PATH: skipping the browser test (apt-get install nodejs npm; .ci/run installs them)");
        if (!Files.isDirectory(script.getParent().resolve("node_modules"))) {
            assertThat(run(script.getParent(), List.of("npm", "ci", "--no-audit", "--no-fund"), 300)).isZero();
        }
        Path screenshot = Path.of("target", "browser.png").toAbsolutePath();

        int exit = run(Path.of("."), List.of("node", script.toString(), "http://127.0.0.1:" + httpPort,
                "bolt://127.0.0.1:" + boltPort, screenshot.toString()), 120);

        assertThat(exit).as("browser test exit code (its output is above)").isZero();
        assertThat(screenshot).exists();
    }

    @Test
    @Order(9)
    void ctrlCStopsCleanlyAndTheDirectoryIsEmbeddedAgain() throws Exception {
        serve.destroy(); // SIGTERM: the same shutdown hook as Ctrl-C (SIGINT)
        assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(ServeFile.path(DATA_DIR)).doesNotExist();
        assertThat(Files.readString(Path.of("target", "serve-it.err"))).contains("Stopping …", "Stopped.")
                .doesNotContain("Exception");
        CliRun embedded = CliRun.run("search", "bergmeister", "--data-dir", DATA_DIR.toString(), "--verbose");
        assertThat(embedded.err()).contains("no paddock serve runs on " + DATA_DIR);
        assertThat(embedded.out()).contains("Jörg Bergmeister");
    }

    private static int run(Path dir, List<String> command, int timeoutSeconds) throws Exception {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s");
        }
        return process.exitValue();
    }




    /** The query text of a file as the guide shows it: without its parameter lines, HTML-escaped. */
    private static final class BrowserGuideText {
        static String query(String file) throws IOException {
            String text = Files.readString(Path.of(file)).lines().filter(l -> !l.strip().startsWith("// :param "))
                    .reduce((a, b) -> a + "\n" + b).orElse("").strip();
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }
}
