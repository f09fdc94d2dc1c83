package io.paddock.cli;

import io.paddock.Paddock;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where a command line runs: in its own process (the launcher's working directory, terminal and environment are the
 * process's own), or inside the Paddock server on behalf of a launcher, whose working directory, terminal and
 * environment travel with the request, and whose graph is the server's.
 */
final class CommandContext {

    /**
     * A command running inside a server.
     *
     * @param cwd         the launcher's working directory
     * @param interactive whether the launcher's output is a terminal
     * @param env         the launcher's values of the variables commands read
     * @param graph       the server's graph, shared by every command it runs
     * @param dataDir     the data directory the server owns
     */
    record Remote(Path cwd, boolean interactive, Map<String, String> env, Paddock graph, Path dataDir) {
    }

    private static final ThreadLocal<Remote> REMOTE = new InheritableThreadLocal<>();

    private CommandContext() {
    }

    static void enter(Remote remote) {
        REMOTE.set(remote);
    }

    static void leave() {
        REMOTE.remove();
    }

    /** The server's side of the current command, when it runs inside a server. */
    static Optional<Remote> remote() {
        return Optional.ofNullable(REMOTE.get());
    }

    /** The directory relative paths on the command line are relative to. */
    static Path cwd() {
        Remote remote = REMOTE.get();
        return remote != null ? remote.cwd() : Path.of("").toAbsolutePath();
    }

    /** Whether output goes to a terminal, where progress redraws one line. */
    static boolean interactive() {
        Remote remote = REMOTE.get();
        return remote != null ? remote.interactive() : System.console() != null;
    }

    /** An environment variable as the user who typed the command has it. */
    static String env(String name) {
        Remote remote = REMOTE.get();
        return remote != null ? remote.env().get(name) : System.getenv(name);
    }
}
