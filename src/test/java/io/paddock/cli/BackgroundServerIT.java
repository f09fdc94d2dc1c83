package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The {@code paddock} launcher as users run it, each call its own process: the first command on a data directory
 * starts the background server (once, also when two arrive together), later ones run inside it and print exactly what
 * the same command prints in its own process; an import streams through it while another command reads; Ctrl-C
 * cancels; a killed server is replaced; {@code status}, {@code stop}, the idle stop, {@code --no-server}, and a
 * directory another process holds.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackgroundServerIT {

    private static final Path DIR = TestNeo4j.workDir("background-it").toAbsolutePath().normalize();
    private static final Path LEMANS = Path.of("..", "shared", "data", "lemans24");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Long> STARTED = new ArrayList<>();

    /** One process run of the launcher. */
    record Launch(int exitCode, String out, String err) {
    }

    @AfterAll
    static void stopEveryServer() throws Exception {
        launch(DIR, Map.of(), "stop").exitCode();
        for (long pid : STARTED) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    @Order(1)
    void twoFirstCommandsAtOnceStartOneServerAndBothAnswer() throws Exception {
        TestFiles.deleteRecursively(DIR);
        CompletableFuture<Launch> first = CompletableFuture.supplyAsync(() -> launch(DIR, Map.of(), "search", "bernhard"));
        CompletableFuture<Launch> second = CompletableFuture.supplyAsync(() -> launch(DIR, Map.of(), "search", "bernhard"));
        Launch one = first.get(300, TimeUnit.SECONDS);
        Launch two = second.get(300, TimeUnit.SECONDS);

        long pid = ServeFile.read(DIR).orElseThrow().pid();
        STARTED.add(pid);
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(one.out()).isEqualTo(two.out()).contains("driver  Timo Bernhard  timo-bernhard");
        assertThat(List.of(one.err(), two.err())).as("one started the server, the other waited for it; one line each")
                .anyMatch(err -> err.equals("paddock: starting the paddock server on " + DIR + " for this and later commands (log: "
                        + DIR.resolve("server.log") + ") …\n"))
                .allMatch(err -> err.lines().count() == 1);
        assertThat(servers(DIR)).as("one server process for the directory").containsExactly(pid);
        assertThat(Files.readString(DIR.resolve("server.log"))).contains("Empty database: loaded the shipped seed");
    }

    @Test
    @Order(2)
    void everyCommandPrintsTheSameBytesInTheServerAsInItsOwnProcess() {
        TestNeo4j.seeded().close();   // the same shipped seed as the server's, on the test server, for the in-process path
        // one line per kind of output (a table, a table with sources, JSON, CSV, a profile, a file written, an unknown
        // name, a bad option, a bad command), not every command: each costs two runs, and the server relays bytes
        // whatever the command (QuestionCommandsIT has the others' answers)
        List<List<String>> lines = List.of(
                List.of("teammates", "Timo Bernhard", "--season", "2007"),
                List.of("h2h", "Dumas", "Capello", "--season", "2007", "--sources"),
                List.of("h2h", "Porsche", "Audi", "--manufacturers", "--json"),
                List.of("rivals", "Timo Bernhard", "--csv"),
                List.of("driver", "Sascha Maassen"),
                List.of("export", "drivers"),
                List.of("teammates", "Nobody Atall"),
                List.of("records", "wins", "--limit", "-5"),
                List.of("records", "nonsense"));
        for (List<String> line : lines) {
            Launch served = launch(DIR, Map.of(), line.toArray(String[]::new));
            List<String> local = new ArrayList<>(line);
            local.addAll(List.of("--uri", TestNeo4j.uri()));
            CliRun own = CliRun.run(local.toArray(String[]::new));

            assertThat(served.out()).as(String.join(" ", line)).isEqualTo(own.out());
            assertThat(served.err()).as(String.join(" ", line)).isEqualTo(own.err());
            assertThat(own.exitCode() == 0 ? own.out() : own.err()).as(String.join(" ", line)).isNotEmpty();
            assertThat(served.exitCode()).as(String.join(" ", line)).isEqualTo(own.exitCode());
        }
    }

    @Test
    @Order(3)
    void anImportStreamsThroughTheServerWhileAnotherCommandReads() throws Exception {
        assumeTrue(Files.isRegularFile(LEMANS.resolve("results_in.csv")), "../shared/data/lemans24 is absent: skipped");
        CompletableFuture<Launch> importing = CompletableFuture.supplyAsync(() ->
                launch(DIR, Map.of(), "import", "lemans", LEMANS.toString(), "--from", "2008", "--to", "2010", "--json"));
        List<Launch> readsDuring = new ArrayList<>();
        while (!importing.isDone()) {
            readsDuring.add(launch(DIR, Map.of(), "search", "bernhard"));
        }
        Launch imported = importing.get();

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.err()).startsWith("Reading " + LEMANS.toAbsolutePath().normalize() + " and importing into the database in " + DIR + " …");
        // results_in.csv rows of 2008 (57), 2009 (65) and 2010 (56)
        assertThat(JSON.readTree(imported.out()).path("rowsRead").asInt()).isPositive();
        assertThat(readsDuring).as("commands answered while the import ran").isNotEmpty()
                .allMatch(read -> read.exitCode() == 0 && read.out().contains("Timo Bernhard"));
        Launch entries = launch(DIR, Map.of(), "cypher", "MATCH (:Event {id: 'lemans-2009'})<-[:IN_EVENT]-(e:Entry) RETURN count(e) AS entries", "--json");
        assertThat(JSON.readTree(entries.out()).get(0).path("entries").asInt()).isEqualTo(65);
    }

    @Test
    @Order(4)
    void ctrlCCancelsTheRunningCommandAndTheServerGoesOn() throws Exception {
        Process slow = launcher(DIR, Map.of(), "cypher",
                "UNWIND range(1, 4000000000) AS x WITH x WHERE x % 1000000007 = 1000000006 RETURN count(x) AS n").start();
        awaitRunning(1);
        slow.destroy();   // SIGTERM runs the same shutdown hook as Ctrl-C (SIGINT), which a test JVM may have ignored

        assertThat(slow.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(slow.exitValue()).isEqualTo(143);
        awaitRunning(0);
        Launch after = launch(DIR, Map.of(), "search", "bernhard");
        assertThat(after.exitCode()).isZero();
    }

    @Test
    @Order(5)
    void statusSaysWhatRunsWhere() throws Exception {
        long pid = ServeFile.read(DIR).orElseThrow().pid();
        Launch status = launch(DIR, Map.of(), "status");
        assertThat(status.exitCode()).isZero();
        assertThat(status.out()).startsWith("Paddock server on " + DIR + ": running (pid " + pid + ")")
                .contains("idle stop:  in ", "(after 10 min without a command)", "heap:", "MB resident", "Bolt:       bolt://127.0.0.1:");

        JsonNode json = JSON.readTree(launch(DIR, Map.of(), "status", "--json").out());
        assertThat(json.path("pid").asLong()).isEqualTo(pid);
        assertThat(json.path("idleTimeoutSeconds").asLong()).isEqualTo(600);
        assertThat(json.path("rssBytes").asLong()).isPositive();
        assertThat(json.path("commandsAnswered").asLong()).isGreaterThan(20);
        assertThat(Files.readString(DIR.resolve("server.log"))).contains("paddock server: the launcher left: cancelling its command",
                "paddock server: cypher: exit 1 in ");
    }

    @Test
    @Order(6)
    void aKilledServerIsReplacedByTheNextCommand() throws Exception {
        long killed = ServeFile.read(DIR).orElseThrow().pid();
        ProcessHandle.of(killed).orElseThrow().destroyForcibly();   // SIGKILL: its discovery file stays behind
        ProcessHandle.of(killed).ifPresent(p -> p.onExit().join());
        assertThat(ServeFile.path(DIR)).exists();

        Launch answer = launch(DIR, Map.of(), "teammates", "Timo Bernhard", "--season", "2007");
        long replacement = ServeFile.read(DIR).orElseThrow().pid();
        STARTED.add(replacement);
        assertThat(answer.exitCode()).as(answer.err()).isZero();
        assertThat(answer.err()).startsWith("paddock: starting the paddock server on " + DIR);
        assertThat(answer.out()).contains("Romain Dumas", "Patrick Long", "Sascha Maassen");
        assertThat(replacement).isNotEqualTo(killed);
    }

    @Test
    @Order(7)
    void stopStopsItCleanly() throws Exception {
        long pid = ServeFile.read(DIR).orElseThrow().pid();
        Launch stop = launch(DIR, Map.of(), "stop");

        assertThat(stop.out()).isEqualTo("Stopped the Paddock server on " + DIR + " (pid " + pid + ").\n");
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(ServeFile.path(DIR)).doesNotExist();
        assertThat(Files.readString(DIR.resolve("server.log"))).contains("Stopped.");
        Launch none = launch(DIR, Map.of(), "status");
        assertThat(none.exitCode()).isEqualTo(StatusCommand.NONE_RUNS);
        assertThat(none.out()).isEqualTo("No Paddock server runs on " + DIR + ".\n");
        assertThat(launch(DIR, Map.of(), "stop").out()).isEqualTo("No Paddock server runs on " + DIR + ": nothing to stop.\n");
    }

    @Test
    @Order(8)
    void anIdleServerStopsByItself() throws Exception {
        Path dir = DIR;   // its database holds the seed already (and its server was stopped above): only the idle stop is new
        Launch first = launch(dir, Map.of("PADDOCK_IDLE_TIMEOUT", "3s"), "search", "bernhard");
        assertThat(first.exitCode()).as(first.err()).isZero();
        long pid = ServeFile.read(dir).orElseThrow().pid();
        STARTED.add(pid);

        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.onExit().get(120, TimeUnit.SECONDS);
        assertThat(ServeFile.path(dir)).doesNotExist();
        assertThat(Files.readString(dir.resolve("server.log"))).contains("paddock server: idle for 3 s, stopping", "Stopped.");
    }

    @Test
    @Order(9)
    void noServerRunsTheCommandInItsOwnProcess() throws Exception {
        Path dir = DIR;   // no server runs on it since the idle stop above
        Launch loaded = launch(dir, Map.of(), "load", "--no-server");
        Launch asked = launch(dir, Map.of("PADDOCK_NO_SERVER", "1"), "search", "bernhard");

        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.err()).startsWith("Seed valid: 6 files. Loading into the database in " + dir + " …");
        assertThat(asked.out()).contains("driver  Timo Bernhard  timo-bernhard");
        assertThat(ServeFile.path(dir)).as("no server was started").doesNotExist();
        assertThat(servers(dir)).isEmpty();
    }

    @Test
    @Order(10)
    void aDirectoryAnotherProcessHoldsIsOneClearLine() throws Exception {
        Path dir = DIR;   // no server runs on it since the idle stop above
        try (Paddock holder = Paddock.embedded(dir)) {
            Launch refused = launch(dir, Map.of(), "search", "bernhard");

            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.err().lines().toList()).hasSize(2);
            assertThat(refused.err()).endsWith("paddock: the paddock server on " + dir + " did not start: The data directory " + dir
                    + " is in use by another process (a Paddock server, or a command run with --no-server): use that server "
                    + "(paddock status), or wait for the command to end (log: " + dir.resolve("server.log") + ")\n")
                    .doesNotContain("Lock file");
        }
    }

    private static void awaitRunning(int commands) throws Exception {
        for (int i = 0; i < 300; i++) {
            JsonNode status = JSON.readTree(launch(DIR, Map.of(), "status", "--json").out());
            if (status.path("commandsRunning").asInt() == commands) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server never had " + commands + " commands running");
    }

    /** The processes running a background server for the directory. */
    private static List<Long> servers(Path dir) {
        return ProcessHandle.allProcesses()
                .filter(p -> {
                    try {
                        List<String> args = List.of(Files.readString(Path.of("/proc", Long.toString(p.pid()), "cmdline")).split("\0"));
                        return args.contains("--background") && args.contains(dir.toString());
                    } catch (IOException | RuntimeException gone) {
                        return false;
                    }
                })
                .map(ProcessHandle::pid)
                .toList();
    }

    static Launch launch(Path dir, Map<String, String> env, String... args) {
        try {
            Process process = launcher(dir, env, args).start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
                try {
                    return process.getErrorStream().readAllBytes();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            byte[] out = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
            return new Launch(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err.get(), StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProcessBuilder launcher(Path dir, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Launcher.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("PADDOCK_DATA_DIR", dir.toString());
        builder.environment().put("PADDOCK_IDLE_TIMEOUT", "10m");   // servers a failed run leaves behind go away by themselves
        builder.environment().put(Launcher.SERVER_JAVA_OPTS_ENV, "-Xmx768m");
        builder.environment().put(ServeCommand.NO_WARM_UP_ENV, "1");   // on two cores the warm-up would slow every test here
        builder.environment().remove("NEO4J_URI");
        builder.environment().remove(Launcher.NO_SERVER_ENV);
        builder.environment().putAll(env);
        return builder;
    }
}
