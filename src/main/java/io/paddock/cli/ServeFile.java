package io.paddock.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The discovery file {@code <data dir>/serve.json} that {@code paddock serve} writes while it runs (and deletes on a
 * clean stop), so that every other command given that data directory uses the running server over Bolt instead of
 * starting a second database on a locked store. A file left by a killed server is ignored when its process is gone
 * or its Bolt port does not answer.
 */
final class ServeFile {

    static final String NAME = "serve.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    /**
     * What a running {@code paddock serve} tells other commands.
     *
     * @param pid           its process id
     * @param bolt          the {@code bolt://} address to connect to
     * @param http          the web server's address (Neo4j Browser at {@code /browser})
     * @param authenticated whether clients must send the {@code neo4j} user's password
     */
    record Running(long pid, String bolt, String http, boolean authenticated) {
    }

    private ServeFile() {
    }

    static Path path(Path dataDir) {
        return dataDir.resolve(NAME);
    }

    /** Writes the file atomically (a reader never sees half of it). */
    static void write(Path dataDir, Running running) throws IOException {
        Files.createDirectories(dataDir);
        Path tmp = Files.createTempFile(dataDir, NAME, ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), running);
        Files.move(tmp, path(dataDir), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes the file if it is still the one this process wrote. */
    static void delete(Path dataDir, long pid) {
        try {
            Optional<Running> current = read(dataDir);
            if (current.isPresent() && current.get().pid() == pid) {
                Files.deleteIfExists(path(dataDir));
            }
        } catch (IOException ignored) {
            // best effort at shutdown; a stale file is ignored by readers
        }
    }

    /** The server described by the file, if its process is alive and its Bolt port answers. */
    static Optional<Running> find(Path dataDir) {
        Optional<Running> running;
        try {
            running = read(dataDir);
        } catch (IOException unreadable) {
            return Optional.empty();
        }
        return running.filter(r -> ProcessHandle.of(r.pid()).map(ProcessHandle::isAlive).orElse(false)
                && answers(r.bolt()));
    }

    private static Optional<Running> read(Path dataDir) throws IOException {
        Path file = path(dataDir);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(JSON.readValue(file.toFile(), Running.class));
    }

    private static boolean answers(String boltUri) {
        try (Socket socket = new Socket()) {
            URI uri = URI.create(boltUri);
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), CONNECT_TIMEOUT_MILLIS);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
