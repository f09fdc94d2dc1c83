package io.paddock.cli;

import io.paddock.Paddock;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Credentials are never printed or logged: every command picocli knows (walked from {@link PaddockCli}, so a new
 * command is covered without touching this test) runs with a password — the right one through the authenticated
 * {@code paddock serve} on its data directory, a wrong one against its Bolt address, each with and without
 * {@code --verbose}, and commands that take no password are given one anyway — and neither password appears on
 * stdout, stderr, {@code System.out}/{@code System.err} or in any java.util.logging record (at every level).
 */
class CredentialsNeverPrintedIT {

    private static final String PASSWORD = "pit-wall-7Qx93-secret";
    private static final String WRONG = "wrong-4Kd81-guess";
    private static final Path DATA_DIR = Path.of("target", "credentials-it").toAbsolutePath();

    /** Arguments that make each command do its real work; a command missing here still runs (and fails on usage). */
    private static final Map<String, List<String>> SAMPLES = Map.ofEntries(
            Map.entry("cypher", List.of("RETURN 1 AS one")),
            Map.entry("search", List.of("bernhard")),
            Map.entry("teammates", List.of("Timo Bernhard")),
            Map.entry("h2h", List.of("Dumas", "Capello")),
            Map.entry("rivals", List.of("Timo Bernhard")),
            Map.entry("records", List.of("wins")),
            Map.entry("path", List.of("Richard Lietz", "Seth Neiman")),
            Map.entry("career", List.of("Timo Bernhard")),
            Map.entry("export", List.of("drivers", "--out", Path.of("target", "credentials-it-export").toString())),
            Map.entry("driver", List.of("Sascha Maassen")),
            Map.entry("team", List.of("Penske Racing")),
            Map.entry("car", List.of("Porsche RS Spyder")),
            Map.entry("circuit", List.of("Mosport")),
            Map.entry("event", List.of("Petit Le Mans 2007")),
            Map.entry("import ergast", List.of(fixture("ergast"))),
            Map.entry("import lemans", List.of(fixture("lemans"))),
            Map.entry("resolve", List.of("--report", "--lemans", fixture("lemans"))),
            // serve is checked up to its start: a port out of range stops it right after the password checks
            Map.entry("serve", List.of("--data-dir", Path.of("target", "credentials-it-serve").toString(), "--listen-address",
                    "0.0.0.0", "--bolt-port", "70000")));

    private static Paddock served;

    @BeforeAll
    static void serve() throws IOException {
        Assumptions.assumeTrue(TestFiles.noPasswordInEnvironment(), "a password is set in this environment");
        served = InProcessServe.start(DATA_DIR, TestFiles.freePort(), PASSWORD);
    }

    @AfterAll
    static void stop() {
        InProcessServe.stop(served, DATA_DIR);
    }

    private static String fixture(String dataset) {
        return Path.of("src", "test", "resources", "bad-inputs", dataset).toString();
    }

    /** Every runnable command as its words: "cypher", "import ergast" …; the help command included. */
    static List<List<String>> everyCommand() {
        List<List<String>> commands = new ArrayList<>();
        walk(new CommandLine(new PaddockCli()), List.of(), commands);
        return commands;
    }

    private static void walk(CommandLine command, List<String> words, List<List<String>> into) {
        if (command.getSubcommands().isEmpty()) {
            into.add(words);
            return;
        }
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().name().equals(name)) {   // aliases would run a command twice
                List<String> more = new ArrayList<>(words);
                more.add(name);
                walk(sub, more, into);
            }
        });
    }

    @Test
    void noCommandPrintsOrLogsAPassword() {
        List<List<String>> commands = everyCommand();
        assertThat(commands).as("picocli's commands").hasSizeGreaterThanOrEqualTo(21)
                .contains(List.of("cypher"), List.of("import", "ergast"), List.of("import", "lemans"), List.of("serve"));

        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        Logger root = Logger.getLogger("");
        Level rootLevel = root.getLevel();
        List<String> leakedToLogs = new ArrayList<>();
        Handler logs = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                String text = formatter.format(record);
                if (text.contains(PASSWORD) || text.contains(WRONG)) {
                    leakedToLogs.add(text);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logs.setLevel(Level.ALL);
        int runs = 0;
        try {
            System.setOut(new PrintStream(stray, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
            root.addHandler(logs);
            root.setLevel(Level.ALL);
            for (List<String> command : commands) {
                for (List<String> connection : connections(command)) {
                    for (boolean verbose : new boolean[]{false, true}) {
                        List<String> args = new ArrayList<>(command);
                        args.addAll(SAMPLES.getOrDefault(String.join(" ", command), List.of()));
                        args.addAll(connection);
                        if (verbose) {
                            args.add("--verbose");
                        }
                        CliRun run = CliRun.run(args.toArray(String[]::new));
                        runs++;
                        assertThat(run.out() + run.err()).as("paddock %s", String.join(" ", args).replace(PASSWORD, "<password>"))
                                .doesNotContain(PASSWORD).doesNotContain(WRONG);
                    }
                }
            }
        } finally {
            root.removeHandler(logs);
            root.setLevel(rootLevel);
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(stray.toString(StandardCharsets.UTF_8)).as("System.out and System.err").doesNotContain(PASSWORD).doesNotContain(WRONG);
        assertThat(leakedToLogs).as("log records").isEmpty();
        assertThat(runs).isEqualTo(commands.size() * 4);
    }

    /** The right password through the served data directory, a wrong one against its Bolt address. */
    private static List<List<String>> connections(List<String> command) {
        if (command.equals(List.of("serve"))) {
            return List.of(List.of("--password", PASSWORD), List.of("--password", WRONG));
        }
        return List.of(List.of("--data-dir", DATA_DIR.toString(), "--password", PASSWORD),
                List.of("--uri", served.uri(), "--password", WRONG));
    }

    /**
     * The environment variables, which an in-process run cannot set: a CLI process with {@code PADDOCK_PASSWORD} (the
     * right password, for the served data directory) and {@code NEO4J_PASSWORD} (a wrong one, for --uri), verbose. The
     * served directory answers: PADDOCK_PASSWORD wins over a NEO4J_PASSWORD meant for another server.
     */
    @Test
    void passwordsFromTheEnvironmentAreNotPrintedEither() throws Exception {
        String attached = process(List.of("h2h", "Dumas", "Capello", "--data-dir", DATA_DIR.toString(), "--verbose"));
        String refused = process(List.of("cypher", "RETURN 1", "--uri", served.uri(), "--verbose"));
        String badUsage = process(List.of("resolve", "--no-such-option", PASSWORD));

        assertThat(attached).contains("Rinaldo Capello 2 – 0 Romain Dumas").doesNotContain(PASSWORD).doesNotContain(WRONG);
        assertThat(refused).contains("The client is unauthorized").doesNotContain(PASSWORD).doesNotContain(WRONG);
        assertThat(badUsage).contains("paddock: Unknown option", "'****'").doesNotContain(PASSWORD);
    }

    /** Runs the CLI in a process of its own with both password variables set; stdout and stderr together. */
    private static String process(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "io.paddock.cli.PaddockCli"));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PADDOCK_PASSWORD", PASSWORD);
        builder.environment().put("NEO4J_PASSWORD", WRONG);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return output;
    }

    @Test
    void theAuthenticatedServerReallyAnswersWithTheRightPasswordAndRefusesTheWrongOne() {
        CliRun right = CliRun.run("cypher", "MATCH (d:Driver {id: 'timo-bernhard'}) RETURN d.name AS name",
                "--data-dir", DATA_DIR.toString(), "--password", PASSWORD);
        CliRun wrong = CliRun.run("cypher", "RETURN 1", "--uri", served.uri(), "--password", WRONG);

        assertThat(right.exitCode()).as(right.err()).isZero();
        assertThat(right.out()).contains("Timo Bernhard");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err()).startsWith("paddock: Cannot use Neo4j at " + served.uri() + ": The client is unauthorized");
    }
}
