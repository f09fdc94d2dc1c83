package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.PaddockException;
import io.paddock.importer.ImportReport;
import io.paddock.importer.YearRange;
import io.paddock.internal.cypher.CypherFile;
import io.paddock.load.LoadReport;
import io.paddock.model.RecordKind;
import io.paddock.query.PaddockQueries;
import io.paddock.query.QueryFilter;
import io.paddock.server.ServeSettings;
import io.paddock.server.ServeTls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@code paddock serve}: the embedded database as a server until Ctrl-C, with Neo4j Browser, the Paddock guide, and
 * a discovery file through which every other command on the same data directory answers over Bolt.
 */
@Command(name = "serve",
        header = "Run the Paddock server in the foreground, with Neo4j Browser.", mixinStandardHelpOptions = true,
        description = {"Run the embedded Neo4j as a server until Ctrl-C: Bolt, HTTP, Neo4j Browser with the Paddock guide.",
                "An empty database gets the shipped seed first; --import adds a dataset (importing again changes nothing).",
                "While it runs, every other paddock command given the same --data-dir runs inside it (and Bolt clients use it).",
                "The paddock launcher starts the same server in the background on first use (--background); serve runs it in "
                        + "the foreground, with Neo4j Browser.",
                "Listens on loopback only, unless --listen-address names another address: that needs a password "
                        + "(--password or $PADDOCK_PASSWORD), which other commands then send from $PADDOCK_PASSWORD.",
                "Off loopback, give --tls-cert and --tls-key too: Bolt then accepts encrypted connections only (bolt+s://) "
                        + "and the web server speaks HTTPS only; without them the password and every answer cross the "
                        + "network in clear text."},
        footer = {"", "Examples:", "  paddock serve",
                "  paddock serve --import lemans ../shared/data/lemans24 --http-port 8474",
                "  export PADDOCK_PASSWORD=…",
                "  paddock serve --listen-address 0.0.0.0 --tls-cert cert.pem --tls-key key.pem",
                "  paddock teammates \"Timo Bernhard\" --uri bolt://host:7687 --trust-cert cert.pem"})
final class ServeCommand extends PlainCommand {

    private static final String LOOPBACK = "127.0.0.1";
    private static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofMinutes(30);
    private static final long WARM_UP_PAUSE_MILLIS = 100;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Database folder (default: $PADDOCK_DATA_DIR or ~/.paddock/data)")
    Path dataDir;

    @Option(names = "--listen-address", paramLabel = "ADDRESS", defaultValue = LOOPBACK,
            description = "Address to listen on (default: ${DEFAULT-VALUE}); any other than loopback needs --password")
    String listenAddress;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687", description = "Bolt port (default: ${DEFAULT-VALUE})")
    int boltPort;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "7474",
            description = "Port of the web server for Neo4j Browser and the guide, HTTPS with --tls-cert (default: ${DEFAULT-VALUE})")
    int httpPort;

    @Option(names = "--tls-cert", paramLabel = "FILE",
            description = "Encrypt Bolt and the web server with this certificate (PEM): clients then use bolt+s:// and https://. "
                    + "Needs --tls-key.")
    Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE",
            description = "The certificate's private key (PEM, unencrypted; never printed). Needs --tls-cert.")
    Path tlsKey;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:PADDOCK_PASSWORD}", arity = "0..1",
            interactive = true, description = "Require authentication: user neo4j with this password (env PADDOCK_PASSWORD;"
            + " at least " + ServeSettings.MINIMUM_PASSWORD_LENGTH + " characters; never printed)")
    String password;

    @Option(names = "--background",
            description = "Run as the background server the launcher starts on first use: free ports, no Neo4j Browser, "
                    + "output for its log (<data dir>/server.log), and an idle stop after 30 minutes unless --idle-timeout says otherwise")
    boolean background;

    @Option(names = "--idle-timeout", paramLabel = "TIME", defaultValue = "${env:PADDOCK_IDLE_TIMEOUT}",
            description = "Stop after this long without a command, e.g. 30m, 90s, 2h, or 0 for never (env PADDOCK_IDLE_TIMEOUT; "
                    + "default: 30m with --background, never otherwise)")
    String idleTimeout;

    /** Leaves the warm-up out, as {@code --no-warm-up} does (the background server is started with the launcher's environment). */
    static final String NO_WARM_UP_ENV = "PADDOCK_NO_WARM_UP";

    @Option(names = "--no-warm-up",
            description = "Do not plan the common questions in the background after the start (env PADDOCK_NO_WARM_UP=1). "
                    + "The warm-up makes the first answers fast but keeps a core busy for a minute or so: leave it out on a "
                    + "small machine that answers few questions, or in test runs")
    boolean noWarmUp;

    @Option(names = "--import", arity = "2", paramLabel = "KIND DIR", hideParamSyntax = true,
            description = "Import a dataset before serving: ergast DIR (Formula 1) or lemans DIR (24 Hours of Le Mans); repeatable")
    List<String> imports = new ArrayList<>();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = out();
        Path dir = ConnectionOptions.dataDirOrDefault(dataDir);
        ServeSettings settings = settings();
        clearTextWarning(settings).ifPresent(warning -> {
            err.println(warning);
            err.flush();
        });
        Duration idle = idleTimeout(idleTimeout, background);
        checkImports();
        long pid = ProcessHandle.current().pid();
        ServeFile.current(dir).filter(running -> running.pid() != pid).ifPresent(running -> {
            throw new PaddockException("A Paddock server already " + (running.ready() ? "runs" : "starts") + " on " + dir
                    + " (pid " + running.pid() + "); stop it first with: paddock stop --data-dir " + dir);
        });

        long start = System.nanoTime();
        err.println("Starting Neo4j in " + dir + " …");
        err.flush();
        Paddock paddock = Paddock.serve(dir, settings);
        if (!background) {
            // Graph Data Science for the Browser guide's network slide and the notebooks from the first minute (1.3 s);
            // the background server registers it with its first network question, or during its warm-up
            paddock.network();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicReference<CommandService> commands = new AtomicReference<>();
        AtomicBoolean stopping = new AtomicBoolean();
        Runnable stop = () -> {
            if (!stopping.compareAndSet(false, true)) {
                return;
            }
            err.println("Stopping …");
            err.flush();
            ServeFile.delete(dir, pid);
            if (commands.get() != null) {
                commands.get().close();
            }
            paddock.close();
            err.println("Stopped.");
            err.flush();
            stopped.countDown();
        };
        Thread hook = new Thread(stop, "paddock-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            err.printf(Locale.ROOT, "Neo4j started in %.1f s.%n", seconds(start));
            if (paddock.cypher(CypherFile.load("serve-contents.cypher").statement(), Map.of()).isEmpty()) {
                LoadReport report = paddock.loadShippedSeed();
                err.println("Empty database: loaded the shipped seed (" + report.nodesCreated() + " nodes, "
                        + report.relationshipsCreated() + " relationships).");
            }
            for (int i = 0; i < imports.size(); i += 2) {
                importDataset(paddock, imports.get(i).toLowerCase(Locale.ROOT), Path.of(imports.get(i + 1)), err);
            }
            commands.set(CommandService.start(paddock, dir, idle, stop, err));
            ServeFile.write(dir, new ServeFile.Running(pid, ServeFile.State.READY, paddock.uri(), paddock.httpUri(),
                    settings.authenticated(), commands.get().port(), commands.get().token(), System.currentTimeMillis(), ServeFile.currentBuild(),
                    settings.encrypted() ? settings.tls().certificate().toString() : null));
        } catch (RuntimeException | IOException e) {
            Runtime.getRuntime().removeShutdownHook(hook);
            ServeFile.delete(dir, pid);
            if (commands.get() != null) {
                commands.get().close();
            }
            paddock.close();
            if (e instanceof IOException io) {
                throw new PaddockException("Cannot write " + ServeFile.path(dir) + ": " + io.getMessage(), io);
            }
            throw (RuntimeException) e;
        }
        if (background) {
            err.printf(Locale.ROOT, "Paddock server ready on %s in %.1f s, %.1f s after its JVM started (pid %d, commands on "
                            + "127.0.0.1:%d, %s); %s%n", dir, seconds(start),
                    java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0, pid, commands.get().port(), paddock.uri(),
                    idle == null ? "no idle stop" : "stops after " + CommandService.describe(idle) + " without a command");
            err.flush();
        } else {
            printReady(out, paddock, settings, dir, seconds(start));
        }
        if (!noWarmUp && !Launcher.truthy(System.getenv(NO_WARM_UP_ENV))) {
            startWarmUp(paddock, commands.get(), err);
        }
        stopped.await();
        return 0;
    }

    /** Plans the common questions in a background thread, giving way to commands, and says when it is done. */
    private static void startWarmUp(Paddock paddock, CommandService service, PrintWriter err) {
        Thread planner = new Thread(() -> {
            long planning = System.nanoTime();
            int answered = warmUp(paddock, service);
            err.printf(Locale.ROOT, "Planned the questions (%d answered) in %.1f s: answers now take milliseconds on the server.%n",
                    answered, seconds(planning));
            err.flush();
        }, "paddock-serve-planner");
        planner.setDaemon(true);
        planner.start();
    }

    /** The idle stop: the option (or its variable), else 30 minutes in the background and never in the foreground. */
    static Duration idleTimeout(String text, boolean background) {
        if (text == null || text.isBlank()) {
            return background ? DEFAULT_IDLE_TIMEOUT : null;
        }
        String value = text.trim().toLowerCase(Locale.ROOT);
        if (value.equals("0") || value.equals("never")) {
            return null;
        }
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?").matcher(value);
        if (!matcher.matches()) {
            throw new PaddockException("--idle-timeout: not a duration: '" + text + "' (use e.g. 30m, 90s, 2h, or 0 for never)");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "m" : matcher.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofMinutes(amount);
        };
    }

    /**
     * Asks every kind of question once, in the background once serve is ready, so that the server has planned its
     * queries before most users ask: a question's first plan costs the server seconds on a cold JVM, later ones
     * milliseconds. Names from the shipped seed; a question the graph cannot answer (no such name) is skipped, and so
     * is everything once the server stops.
     */
    private static int warmUp(Paddock paddock, CommandService commands) {
        PaddockQueries queries = paddock.queries();
        QueryFilter all = QueryFilter.all();
        List<Runnable> questions = new ArrayList<>(List.of(
                () -> queries.search("bernhard"),
                () -> queries.teammates("Timo Bernhard", all),
                () -> queries.teammates("Timo Bernhard", all.season(2007)),
                () -> queries.sharedEvents("Timo Bernhard", "Sascha Maassen"),
                () -> queries.headToHead(PaddockQueries.Side.DRIVERS, "Romain Dumas", "Rinaldo Capello", all),
                () -> queries.rivals("Timo Bernhard", all),
                () -> queries.rivals("Timo Bernhard", all.limit(5)),
                () -> queries.rivalsOverall("Timo Bernhard", all),
                () -> queries.driver("Sascha Maassen"),
                () -> queries.team("Penske Racing"),
                () -> queries.car("Porsche RS Spyder"),
                () -> queries.circuit("Mosport"),
                () -> queries.event("Petit Le Mans 2007"),
                () -> queries.path("Richard Lietz", "Seth Neiman", all),
                () -> queries.career("Timo Bernhard", all),
                () -> queries.crossover(null, null, false, all),
                paddock::network));
        for (RecordKind kind : RecordKind.values()) {
            questions.add(() -> queries.recordTable(kind, null, all));   // as `paddock records KIND` asks
        }
        int answered = 0;
        for (Runnable question : questions) {
            try {
                giveWay(commands);
                question.run();
                answered++;
            } catch (RuntimeException notInThisGraph) {
                // e.g. a seed name missing from a graph without the seed: nothing to plan with it
            }
        }
        return answered;
    }

    /**
     * Users first: on two cores a warm-up question beside the user's own doubles its time, so the warm-up waits while a
     * command runs (and a moment at the start, when the first command is on its way from the launcher).
     */
    private static void giveWay(CommandService commands) {
        try {
            Thread.sleep(WARM_UP_PAUSE_MILLIS);
            while (commands.running() > 0) {
                Thread.sleep(WARM_UP_PAUSE_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopping", e);
        }
    }

    private ServeSettings settings() {
        boolean loopback;
        try {
            loopback = InetAddress.getByName(listenAddress).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new PaddockException("Unknown --listen-address '" + listenAddress + "'", e);
        }
        String secret = password == null || password.isEmpty() ? null : password;
        if (!loopback && secret == null) {
            throw new PaddockException("Refusing to listen on " + listenAddress + " without authentication: "
                    + "set PADDOCK_PASSWORD (or --password), or leave --listen-address at " + LOOPBACK);
        }
        if (secret != null && secret.length() < ServeSettings.MINIMUM_PASSWORD_LENGTH) {
            throw new PaddockException("The password needs at least " + ServeSettings.MINIMUM_PASSWORD_LENGTH + " characters");
        }
        ServeTls tls = tls();
        if (background && tls != null) {
            // the launcher's server listens on loopback only, where TLS protects nothing (ADR 0021)
            throw new PaddockException("--background serves on loopback without TLS: drop --tls-cert and --tls-key");
        }
        try {
            return background ? new ServeSettings(LOOPBACK, 0, 0, secret)
                    : new ServeSettings(listenAddress, boltPort, httpPort, secret, tls);
        } catch (IllegalArgumentException e) {
            throw new PaddockException("Bad port: " + e.getMessage(), e);
        }
    }

    /** The certificate and key, checked now so that a wrong file is one line before Neo4j starts; null without them. */
    private ServeTls tls() {
        if ((tlsCert == null) != (tlsKey == null)) {
            throw new PaddockException("--tls-cert and --tls-key go together: give the certificate and its private key "
                    + "(both PEM), or neither");
        }
        return tlsCert == null ? null : ServeTls.checked(tlsCert, tlsKey);
    }

    /**
     * One line for a server other machines can reach in clear text: it starts, as asked, but whoever listens on the
     * network reads the password and every answer.
     */
    static Optional<String> clearTextWarning(ServeSettings settings) {
        if (settings.encrypted() || isLoopback(settings.listenAddress())) {
            return Optional.empty();
        }
        return Optional.of("paddock: warning: serving on " + settings.listenAddress() + " without TLS: the "
                + "password and every answer cross the network unencrypted; add --tls-cert FILE --tls-key FILE to encrypt "
                + "Bolt and HTTP");
    }

    private static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Checks the --import pairs before anything starts. */
    private void checkImports() {
        for (int i = 0; i < imports.size(); i += 2) {
            String kind = imports.get(i).toLowerCase(Locale.ROOT);
            if (!kind.equals("ergast") && !kind.equals("lemans")) {
                throw new PaddockException("Unknown --import kind '" + imports.get(i) + "': use ergast DIR or lemans DIR");
            }
            if (!Path.of(imports.get(i + 1)).toFile().isDirectory()) {
                throw new PaddockException("--import " + kind + ": not a folder: " + imports.get(i + 1));
            }
        }
    }

    private void importDataset(Paddock paddock, String kind, Path dir, PrintWriter err) {
        err.println("Importing " + kind + " from " + dir + " …");
        ImportCommand.Progress progress = new ImportCommand.Progress(err, CommandContext.interactive());
        ImportReport report = kind.equals("ergast")
                ? paddock.importer().ergast(dir, YearRange.all(), progress)
                : paddock.importer().lemans(dir, YearRange.all(), progress);
        progress.done();
        err.printf(Locale.ROOT, "  %,d rows read, %,d rejected, %,d nodes created in %.1f s%n", report.totalRowsRead(),
                report.rejected().size(), report.written().nodesCreated(), report.took().toMillis() / 1000.0);
    }

    private void printReady(PrintWriter out, Paddock paddock, ServeSettings settings, Path dir, double seconds) {
        String http = paddock.httpUri();
        String browser = http + "/browser/?dbms=" + URLEncoder.encode(paddock.uri(), StandardCharsets.UTF_8)
                + (settings.authenticated() ? "&preselectAuthMethod=NATIVE" : "&preselectAuthMethod=NO_AUTH");
        out.printf(Locale.ROOT, "Paddock is serving %s (ready in %.1f s)%n", dir, seconds);
        out.println("  Bolt:          " + paddock.uri() + (settings.authenticated() ? "  (user neo4j, password from PADDOCK_PASSWORD)" : "  (no authentication)"));
        if (settings.encrypted()) {
            out.println("  TLS:           " + settings.tls().certificate() + "  (clients of a self-signed one add --trust-cert FILE)");
        }
        out.println("  Neo4j Browser: " + browser);
        out.println("  Guide:         :play " + http + "/paddock/guide   (type it into Browser's editor)");
        out.println("Other paddock commands given this data directory answer through this server"
                + (settings.authenticated() ? " (with PADDOCK_PASSWORD set)." : "."));
        out.println("Press Ctrl-C to stop.");
        out.flush();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
