package io.paddock.cli;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code paddock} command as users run it (ADR 0021): hands the command line to the Paddock server that owns the
 * data directory, starting that server in the background on first use, and prints what the command prints there, byte
 * for byte, exiting with its exit code. Help, {@code status}, {@code stop}, {@code serve}, {@code resolve},
 * {@code --no-server} and {@code --uri} run in this process instead ({@link PaddockCli}).
 * <p>
 * Loads nothing but the JDK on the way to a server, so that a question costs a small JVM's start plus the query.
 */
public final class Launcher {

    static final String DATA_DIR_ENV = "PADDOCK_DATA_DIR";
    static final String NO_SERVER_ENV = "PADDOCK_NO_SERVER";
    static final String SERVER_JAVA_OPTS_ENV = "PADDOCK_SERVER_JAVA_OPTS";
    static final long START_TIMEOUT_SECONDS = 180;
    /** The commands that work on a graph, which the server runs; anything else (help, typos …) runs here. */
    private static final Set<String> GRAPH_COMMANDS = Set.of("demo", "load", "import", "cypher", "search", "teammates",
            "h2h", "battles", "rivals", "records", "path", "career", "crossover", "export", "ingest", "driver", "team", "car",
            "circuit", "event", "network");
    /** The terminal's width, which the paddock script exports when its output is a terminal; tables fit it (ADR 0023). */
    static final String TERMINAL_COLUMNS_ENV = "COLUMNS";
    /** What commands read from the environment, sent along so that they read the user's values in the server. */
    private static final List<String> SENT_ENV = List.of(DATA_DIR_ENV, ConnectionOptions.SERVE_PASSWORD_ENV, "NEO4J_PASSWORD",
            TERMINAL_COLUMNS_ENV);
    private static final List<String> LOCAL_FLAGS = List.of("-h", "--help", "-V", "--version", "--no-server");
    /** Variables that would send the server's own commands elsewhere. */
    private static final List<String> NOT_FOR_THE_SERVER = List.of("NEO4J_URI", "NEO4J_USERNAME", "NEO4J_PASSWORD",
            "NEO4J_DATABASE", NO_SERVER_ENV);

    private Launcher() {
    }

    /**
     * @param args the command line
     */
    public static void main(String[] args) {
        int code;
        try {
            code = launch(args);
        } catch (LaunchException e) {
            System.err.println("paddock: " + e.getMessage());
            code = 1;
        }
        System.exit(code);
    }

    static int launch(String[] args) {
        List<String> line = Arrays.asList(args);
        if (!throughServer(line)) {
            return PaddockCli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        }
        Path dir = dataDir(optionValue(line, "--data-dir"), System.getenv(DATA_DIR_ENV), Path.of("").toAbsolutePath());
        for (int attempt = 0; ; attempt++) {
            // the first look trusts a live process (the connection below tells a dead port); a retry probes
            ServeFile.Running server = ensureServer(dir, attempt > 0);
            if (server.commandPort() == 0) {   // a server that answers over Bolt only: this process attaches to it
                return PaddockCli.run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
            }
            try {
                return send(server, CommandChannel.Kind.RUN, line, rawStream(FileDescriptor.out), rawStream(FileDescriptor.err));
            } catch (java.net.ConnectException gone) {
                if (attempt > 0) {
                    throw new LaunchException("cannot reach the paddock server on " + dir + " (pid " + server.pid() + "): "
                            + gone.getMessage());
                }
                // it died between the look and the call: start another
            } catch (EOFException stopped) {
                throw new LaunchException("the paddock server on " + dir + " stopped during the command; see "
                        + dir.resolve(ServeFile.LOG));
            } catch (IOException e) {
                throw new LaunchException("lost the paddock server on " + dir + ": " + e.getMessage());
            }
        }
    }

    /** Whether the command line goes to the server, or runs in this process. */
    static boolean throughServer(List<String> line) {
        String command = line.stream().filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        if (command == null || !GRAPH_COMMANDS.contains(command)) {
            return false;
        }
        if (line.stream().anyMatch(a -> LOCAL_FLAGS.contains(a) || a.equals("--uri") || a.startsWith("--uri="))) {
            return false;
        }
        String uri = System.getenv("NEO4J_URI");
        return (uri == null || uri.isBlank()) && !truthy(System.getenv(NO_SERVER_ENV));
    }

    static boolean truthy(String value) {
        return value != null && !value.isBlank() && !value.equals("0") && !value.equalsIgnoreCase("false")
                && !value.equalsIgnoreCase("no");
    }

    /**
     * The data directory a command line means: {@code --data-dir}, else {@code $PADDOCK_DATA_DIR}, else
     * {@code ~/.paddock/data}; absolute and normalised, so that one directory has one server whatever its spelling.
     */
    static Path dataDir(String option, String env, Path cwd) {
        String chosen = option != null ? option : env != null && !env.isBlank() ? env : null;
        Path dir = chosen != null ? cwd.resolve(chosen) : Path.of(System.getProperty("user.home"), ".paddock", "data");
        return dir.toAbsolutePath().normalize();
    }

    private static String optionValue(List<String> line, String name) {
        for (int i = 0; i < line.size(); i++) {
            if (line.get(i).equals(name) && i + 1 < line.size()) {
                return line.get(i + 1);
            }
            if (line.get(i).startsWith(name + "=")) {
                return line.get(i).substring(name.length() + 1);
            }
        }
        return null;
    }

    /**
     * The ready server on the directory: the one running, else the one starting (waited for), else one started now.
     * Two launchers that find none at once start one: the start is decided under a file lock.
     */
    static ServeFile.Running ensureServer(Path dir, boolean probe) {
        Optional<ServeFile.Running> current = ServeFile.current(dir, probe);
        if (current.isPresent() && current.get().ready() && current.get().commandPort() > 0
                && !current.get().build().equals(ServeFile.currentBuild())) {
            System.err.println("paddock: Paddock was rebuilt since its server on " + dir + " started: replacing that server …");
            stopForRebuild(current.get());
            current = ServeFile.current(dir);
        }
        if (current.isPresent() && current.get().ready()) {
            return current.get();
        }
        if (current.isEmpty()) {
            current = Optional.of(startOrJoin(dir));
        } else {
            System.err.println(waiting(dir, current.get()));
        }
        ServeFile.Running starting = current.get();
        return awaitReady(dir, starting).orElseThrow(() -> new LaunchException("the paddock server on " + dir
                + " did not start: " + lastWords(dir) + " (log: " + dir.resolve(ServeFile.LOG) + ")"));
    }

    private static void stopForRebuild(ServeFile.Running server) {
        try {
            send(server, CommandChannel.Kind.STOP, List.of(), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            ProcessHandle.of(server.pid()).ifPresent(process -> process.onExit().join());
        } catch (IOException gone) {
            // it went away by itself
        }
    }

    private static ServeFile.Running startOrJoin(Path dir) {
        try {
            if (!writable(dir)) {
                throw new LaunchException(notWritable(dir));
            }
            try (FileChannel channel = FileChannel.open(dir.resolve(ServeFile.LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Optional<ServeFile.Running> current = ServeFile.current(dir);
                if (current.isPresent()) {
                    if (!current.get().ready()) {
                        System.err.println(waiting(dir, current.get()));
                    }
                    return current.get();
                }
                ServeFile.Running starting = ServeFile.Running.starting(spawn(dir));
                ServeFile.write(dir, starting);
                System.err.println("paddock: starting the paddock server on " + dir + " for this and later commands (log: "
                        + dir.resolve(ServeFile.LOG) + ") …");
                return starting;
            }
        } catch (IOException e) {
            throw new LaunchException("cannot start a paddock server on " + dir + ": " + e.getMessage());
        }
    }

    /** The one line a command prints while it waits for a server that is starting. */
    static String waiting(Path dir, ServeFile.Running starting) {
        return "paddock: waiting for the paddock server starting on " + dir + " (pid " + starting.pid() + ") …";
    }

    /** Whether the data directory exists (made now if missing) and can be written. */
    static boolean writable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            return false;
        }
        return Files.isWritable(dir);
    }

    /** The one line for a data directory that cannot be written (Neo4j would print its logging's stack trace). */
    static String notWritable(Path dir) {
        return "Cannot write the data directory " + dir + ": give --data-dir (or PADDOCK_DATA_DIR) a folder you can write";
    }

    /** Starts {@code paddock serve --background} detached from this terminal (its own session), logging to the directory. */
    private static long spawn(Path dir) throws IOException {
        List<String> command = new ArrayList<>();
        for (String setsid : List.of("/usr/bin/setsid", "/bin/setsid")) {
            if (Files.isExecutable(Path.of(setsid))) {
                command.add(setsid);   // Ctrl-C in this terminal, or closing it, must not stop the server
                break;
            }
        }
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        String options = System.getenv(SERVER_JAVA_OPTS_ENV);
        if (options != null && !options.isBlank()) {
            command.addAll(Arrays.asList(options.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), PaddockCli.class.getName(),
                "serve", "--background", "--data-dir", dir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(ServeFile.LOG).toFile()));
        NOT_FOR_THE_SERVER.forEach(builder.environment()::remove);
        Process server = builder.start();
        server.getOutputStream().close();   // it reads nothing
        return server.pid();
    }

    /**
     * Waits until the starting server is ready: that server, or empty when its process ended without getting ready.
     *
     * @throws LaunchException when it is still not ready after {@link #START_TIMEOUT_SECONDS}, or on interrupt
     */
    static Optional<ServeFile.Running> awaitReady(Path dir, ServeFile.Running starting) {
        long deadline = System.nanoTime() + START_TIMEOUT_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<ServeFile.Running> now = ServeFile.current(dir);
            if (now.isPresent() && now.get().ready()) {
                return now;
            }
            boolean stillStarting = now.isPresent() && now.get().pid() == starting.pid();
            if (!stillStarting && !ProcessHandle.of(starting.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.empty();
            }
            sleep();   // starting, or between its "starting" and "ready" files
        }
        throw new LaunchException("the paddock server on " + dir + " (pid " + starting.pid() + ") was not ready after "
                + START_TIMEOUT_SECONDS + " s; see " + dir.resolve(ServeFile.LOG));
    }

    /** The server's last "paddock: …" line in its log: why it stopped. */
    private static String lastWords(Path dir) {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(ServeFile.LOG), StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                if (lines.get(i).startsWith("paddock: ")) {
                    return lines.get(i).substring("paddock: ".length());
                }
            }
        } catch (IOException | UncheckedIOException unreadable) {
            // fall through
        }
        return "it stopped";
    }

    private static void sleep() {
        try {
            Thread.sleep(40);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted");
        }
    }

    /**
     * Sends one request and copies the answer.
     *
     * @return the command's exit code
     */
    static int send(ServeFile.Running server, CommandChannel.Kind kind, List<String> args, OutputStream out, OutputStream err)
            throws IOException {
        Socket socket = new Socket();
        Thread cancel = new Thread(() -> close(socket), "paddock-cancel");
        Runtime.getRuntime().addShutdownHook(cancel);   // Ctrl-C closes the connection, which cancels the command
        try (socket) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.commandPort()), 2_000);
            Map<String, String> env = new LinkedHashMap<>();
            for (String name : SENT_ENV) {
                String value = System.getenv(name);
                if (value != null) {
                    env.put(name, value);
                }
            }
            new CommandChannel.Request(server.token(), kind, Path.of("").toAbsolutePath().toString(), terminalCharset().name(),
                    System.console() != null, env, List.copyOf(args))
                    .writeTo(new BufferedOutputStream(socket.getOutputStream()));
            return CommandChannel.copyUntilExit(new DataInputStream(new BufferedInputStream(socket.getInputStream())), out, err);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(cancel);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: Ctrl-C
            }
        }
    }

    /** How this process's standard output encodes text, as {@link PaddockCli#main} would print it. */
    private static Charset terminalCharset() {
        try {
            return Charset.forName(System.getProperty("stdout.encoding", Charset.defaultCharset().name()));
        } catch (RuntimeException unknown) {
            return Charset.defaultCharset();
        }
    }

    private static OutputStream rawStream(FileDescriptor descriptor) {
        return new FileOutputStream(descriptor);
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // leaving anyway
        }
    }

    /** A launcher failure: one line, no stack trace. */
    static final class LaunchException extends RuntimeException {
        LaunchException(String message) {
            super(message);
        }
    }
}
