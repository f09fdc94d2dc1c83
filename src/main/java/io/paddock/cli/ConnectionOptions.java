package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.PaddockException;
import io.paddock.TrustedCertificate;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a command finds its graph: a server given by {@code --uri} (or {@code NEO4J_URI}); else, for a command the
 * Paddock server runs on a launcher's behalf, that server's graph; else the Paddock server running on
 * {@code --data-dir}, over Bolt (found through its {@link ServeFile}); else an embedded database started for this one
 * command under {@code --data-dir}.
 */
final class ConnectionOptions {

    /** The password a {@code paddock serve} with authentication wants from other commands. */
    static final String SERVE_PASSWORD_ENV = "PADDOCK_PASSWORD";

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Database folder (default: $PADDOCK_DATA_DIR or ~/.paddock/data): the paddock serve running on it, "
                    + "else an embedded database. Ignored with --uri.")
    Path dataDir;

    @Option(names = "--no-server",
            description = "Run this command in its own process with its own embedded database instead of in the background "
                    + "server, which is otherwise started on first use (env PADDOCK_NO_SERVER=1). Slower, but needs no "
                    + "resident process: for scripts, CI and small machines. A server already running is still used over Bolt.")
    boolean noServer;

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "Use a Neo4j server, cluster or Aura instead of the embedded database: bolt://, neo4j://, neo4j+s://… (env NEO4J_URI)")
    String uri;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "${env:NEO4J_USERNAME:-neo4j}",
            description = "User for --uri (env NEO4J_USERNAME, default neo4j)")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "Password for --uri (env NEO4J_PASSWORD), or for a paddock serve with authentication "
                    + "(env PADDOCK_PASSWORD); without one, no authentication is sent")
    String password;

    @Option(names = "--trust-cert", paramLabel = "FILE", defaultValue = "${env:PADDOCK_TRUST_CERT}",
            description = "Trust exactly this certificate (PEM) for --uri, e.g. that of a paddock serve with a self-signed "
                    + "--tls-cert: the connection is encrypted and the server must present it, or a certificate it signed (env PADDOCK_TRUST_CERT). "
                    + "Use it with bolt:// or neo4j:// (bolt+s:// and neo4j+s:// mean the same here).")
    Path trustCert;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "${env:NEO4J_DATABASE}",
            description = "Database on the server (env NEO4J_DATABASE; default: the server's default)")
    String database;

    Paddock open() {
        if (uri != null && !uri.isBlank()) {
            var auth = password == null || password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(user, password);
            String db = database == null || database.isBlank() ? null : database;
            return trustCert == null ? Paddock.connect(uri, auth, db)
                    : Paddock.connect(uri, auth, db, TrustedCertificate.of(trustCert));
        }
        Optional<CommandContext.Remote> remote = CommandContext.remote();
        if (remote.isPresent()) {
            return remote.get().graph().shared();
        }
        Path dir = effectiveDataDir();
        Optional<ServeFile.Running> running = ServeFile.current(dir);
        if (running.isPresent() && !running.get().ready()) {
            running = waitUntilReady(dir, running.get());
        }
        if (running.isPresent()) {
            ServeFile.Running server = running.get();
            hint("using the running paddock serve (pid " + server.pid() + ") at " + server.bolt() + " for " + dir);
            long start = System.nanoTime();
            // a server with TLS: trust the certificate it serves, named in its own discovery file (readable by its
            // owner only), whatever host names that certificate carries
            Paddock paddock = server.certificate() == null ? Paddock.attach(server.bolt(), serveAuth(server, dir))
                    : Paddock.attach(server.bolt(), serveAuth(server, dir), new TrustedCertificate(Path.of(server.certificate()), false));
            hint("connected in " + (System.nanoTime() - start) / 1_000_000 + " ms (serve applied the schema)");
            return paddock;
        }
        requireWritable(dir);
        hint("no paddock serve runs on " + dir + ": starting an embedded database for this command");
        long start = System.nanoTime();
        Paddock paddock = Paddock.embedded(dir);
        hint("embedded database started, connected and schema checked in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        return paddock;
    }

    /** Where the graph is, in a message: the same words whether the command runs in the server or on its own. */
    String target() {
        if (uri != null && !uri.isBlank()) {
            return uri;
        }
        Optional<CommandContext.Remote> remote = CommandContext.remote();
        if (remote.isPresent()) {
            return "the database in " + remote.get().dataDir();
        }
        Path dir = effectiveDataDir();
        return ServeFile.find(dir).filter(r -> r.pid() != ProcessHandle.current().pid())
                .map(r -> "the paddock server at " + r.bolt() + " (" + dir + ")")
                .orElse("the database in " + dir);
    }

    /**
     * A data directory Neo4j cannot write is one line here; Neo4j itself would first print its logging's stack trace.
     */
    static void requireWritable(Path dir) {
        if (!Launcher.writable(dir)) {
            throw new PaddockException(Launcher.notWritable(dir));
        }
    }

    /** A server that is starting on the directory owns it: wait for it, then use it, rather than fail on its lock. */
    private Optional<ServeFile.Running> waitUntilReady(Path dir, ServeFile.Running starting) {
        if (command != null) {
            command.commandLine().getErr().println(Launcher.waiting(dir, starting));
            command.commandLine().getErr().flush();
        }
        try {
            return Launcher.awaitReady(dir, starting);   // empty: it stopped, and this command opens the directory itself
        } catch (Launcher.LaunchException e) {
            throw new PaddockException(e.getMessage(), e);
        }
    }

    private AuthToken serveAuth(ServeFile.Running server, Path dir) {
        if (!server.authenticated()) {
            return AuthTokens.none();
        }
        // --password typed on the command line, else serve's own variable, else NEO4J_PASSWORD (--password's default):
        // a NEO4J_PASSWORD meant for another server must not hide PADDOCK_PASSWORD.
        boolean typed = command != null && command.commandLine().getParseResult() != null
                && command.commandLine().getParseResult().hasMatchedOption("--password");
        String fromServeEnv = CommandContext.env(SERVE_PASSWORD_ENV);
        String secret = typed || fromServeEnv == null || fromServeEnv.isEmpty() ? password : fromServeEnv;
        if (secret == null || secret.isEmpty()) {
            throw new PaddockException("paddock serve on " + dir + " requires authentication: set " + SERVE_PASSWORD_ENV
                    + " (or --password) to its password");
        }
        return AuthTokens.basic("neo4j", secret);
    }

    /** Which path a command is on, on stderr with --verbose. */
    private void hint(String message) {
        if (command == null) {
            return;
        }
        OptionSpec verbose = command.findOption("--verbose");
        if (verbose != null && Boolean.TRUE.equals(verbose.getValue())) {
            command.commandLine().getErr().println("paddock: " + message);
            command.commandLine().getErr().flush();
        }
    }

    Path effectiveDataDir() {
        return dataDirOrDefault(dataDir);
    }

    /**
     * {@code dir}, else {@code $PADDOCK_DATA_DIR}, else {@code ~/.paddock/data}; absolute and normalised, as the
     * launcher names it, so that one directory has one server whatever the spelling.
     */
    static Path dataDirOrDefault(Path dir) {
        return Launcher.dataDir(dir == null ? null : dir.toString(), CommandContext.env(Launcher.DATA_DIR_ENV),
                CommandContext.cwd());
    }
}
