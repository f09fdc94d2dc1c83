package io.paddock.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * The discovery file {@code <data dir>/server.properties} of the Paddock server on that data directory (the background
 * one the launcher starts, or a foreground {@code paddock serve}): its process, its ports and the token a command must
 * present. Readable by its owner only, since the token lets a caller run commands in the server. A file left by a
 * killed server is ignored when its process is gone or its ports do not answer.
 * <p>
 * Plain {@code java.util.Properties}, so that the launcher reads it with the JDK alone (no JSON library to load on the
 * path of every question).
 */
final class ServeFile {

    static final String NAME = "server.properties";
    static final String LOG = "server.log";
    static final String LOCK = "server.lock";
    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    /** Whether a server is still starting (its process spawned, Neo4j not ready) or answers commands. */
    enum State { STARTING, READY }

    /**
     * What a running server tells commands.
     *
     * @param pid           its process id
     * @param state         starting or ready
     * @param bolt          the {@code bolt://} (with TLS {@code bolt+s://}) address to connect to ({@code null} while starting)
     * @param http          the web server's address (Neo4j Browser at {@code /browser}), or {@code null} without one
     * @param authenticated whether Bolt clients must send the {@code neo4j} user's password
     * @param commandPort   loopback port on which the server runs commands ({@code 0} when it does not)
     * @param token         what a command sends to be run ({@code ""} when it does not run commands)
     * @param started       when the process started, in epoch milliseconds
     * @param build         which build of Paddock it runs ({@link #currentBuild()})
     * @param certificate   the certificate a server with TLS serves (a path; what a command on this machine trusts), or
     *                      {@code null} without TLS
     */
    record Running(long pid, State state, String bolt, String http, boolean authenticated, int commandPort, String token,
                   long started, String build, String certificate) {

        /** A server without TLS. */
        Running(long pid, State state, String bolt, String http, boolean authenticated, int commandPort, String token,
                long started, String build) {
            this(pid, state, bolt, http, authenticated, commandPort, token, started, build, null);
        }

        /** A ready server that answers over Bolt only. */
        Running(long pid, String bolt, String http, boolean authenticated) {
            this(pid, State.READY, bolt, http, authenticated, 0, "", System.currentTimeMillis(), currentBuild());
        }

        /** A server process just spawned by a launcher, not yet ready. */
        static Running starting(long pid) {
            return new Running(pid, State.STARTING, null, null, false, 0, "", System.currentTimeMillis(), currentBuild());
        }

        boolean ready() {
            return state == State.READY;
        }

        boolean alive() {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
    }

    private ServeFile() {
    }

    /**
     * This process's build of Paddock: where its classes come from and when that jar (or folder) was last written. A
     * launcher from another build (after {@code mvn package}) replaces the server rather than talk to old code whose
     * jar has changed under it.
     */
    static String currentBuild() {
        try {
            Path classes = Path.of(ServeFile.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return classes + "@" + Files.getLastModifiedTime(classes).toMillis();
        } catch (Exception unknown) {
            return "unknown";
        }
    }

    static Path path(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    /** Writes the file atomically (a reader never sees half of it), readable by its owner only. */
    static void write(Path dataDir, Running running) throws IOException {
        Files.createDirectories(dataDir);
        Path tmp = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? Files.createTempFile(dataDir, NAME, ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dataDir, NAME, ".tmp");
        Properties properties = new Properties();
        properties.setProperty("pid", Long.toString(running.pid()));
        properties.setProperty("state", running.state().name().toLowerCase(java.util.Locale.ROOT));
        if (running.bolt() != null) {
            properties.setProperty("bolt", running.bolt());
        }
        if (running.http() != null) {
            properties.setProperty("http", running.http());
        }
        properties.setProperty("authenticated", Boolean.toString(running.authenticated()));
        properties.setProperty("commandPort", Integer.toString(running.commandPort()));
        properties.setProperty("token", running.token());
        properties.setProperty("started", Long.toString(running.started()));
        properties.setProperty("build", running.build());
        if (running.certificate() != null) {
            properties.setProperty("certificate", running.certificate());
        }
        try (Writer writer = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            properties.store(writer, "The Paddock server on this data directory; removed when it stops");
        }
        Files.move(tmp, path(dataDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the file if it is still the one this process wrote. */
    static void delete(Path dataDir, long pid) {
        try {
            Optional<Running> current = read(dataDir);
            if (current.isPresent() && current.get().pid() == pid) {
                Files.deleteIfExists(path(dataDir));
            }
        } catch (IOException | RuntimeException ignored) {
            // best effort at shutdown; a stale file is ignored by readers
        }
    }

    /** The ready server described by the file, if its process is alive and its ports answer. */
    static Optional<Running> find(Path dataDir) {
        return current(dataDir).filter(Running::ready);
    }

    /**
     * The server described by the file, starting or ready, if its process is alive (and, once ready, its ports
     * answer); empty for no file, an unreadable one, or one left by a server that is gone.
     */
    static Optional<Running> current(Path dataDir) {
        return current(dataDir, true);
    }

    /**
     * Like {@link #current(Path)}; without {@code probe}, a ready server's ports are not tried (for a caller that
     * connects next anyway and treats a refused connection as a stale file).
     */
    static Optional<Running> current(Path dataDir, boolean probe) {
        Optional<Running> running;
        try {
            running = read(dataDir);
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        return running.filter(Running::alive).filter(r -> !probe || !r.ready() || answers(r));
    }

    static Optional<Running> read(Path dataDir) throws IOException {
        Path file = path(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return Optional.of(new Running(
                Long.parseLong(properties.getProperty("pid")),
                State.valueOf(properties.getProperty("state", "ready").toUpperCase(java.util.Locale.ROOT)),
                properties.getProperty("bolt"),
                properties.getProperty("http"),
                Boolean.parseBoolean(properties.getProperty("authenticated")),
                Integer.parseInt(properties.getProperty("commandPort", "0")),
                properties.getProperty("token", ""),
                Long.parseLong(properties.getProperty("started", "0")),
                properties.getProperty("build", "unknown"),
                properties.getProperty("certificate")));
    }

    private static boolean answers(Running running) {
        if (running.commandPort() > 0) {
            return answers("127.0.0.1", running.commandPort());
        }
        URI uri = URI.create(running.bolt());
        return answers(uri.getHost(), uri.getPort());
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
