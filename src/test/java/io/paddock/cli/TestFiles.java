package io.paddock.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * What the tests that run serve, the browser and the notebooks as processes share: free ports, programs on the
 * PATH, and a clean working directory.
 */
public final class TestFiles {

    private TestFiles() {
    }

    static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** Whether neither NEO4J_PASSWORD nor PADDOCK_PASSWORD is set: the tests that choose a password need none other. */
    static boolean noPasswordInEnvironment() {
        return System.getenv("NEO4J_PASSWORD") == null && System.getenv("PADDOCK_PASSWORD") == null;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /**
     * Copies test resources {@code folder/file} into {@code dir} (created if missing), each file's bytes passed
     * through {@code change} first (the fuzz tests damage one of them).
     */
    public static Path copyResources(String folder, Path dir, List<String> files, BiFunction<String, byte[], byte[]> change)
            throws IOException {
        Files.createDirectories(dir);
        for (String file : files) {
            try (InputStream in = TestFiles.class.getResourceAsStream("/" + folder + "/" + file)) {
                if (in == null) {
                    throw new IOException("no test resource " + folder + "/" + file);
                }
                Files.write(dir.resolve(file), change.apply(file, in.readAllBytes()));
            }
        }
        return dir;
    }

    /** Copies test resources {@code folder/file} unchanged into {@code dir} (created if missing). */
    public static Path copyResources(String folder, Path dir, List<String> files) throws IOException {
        return copyResources(folder, dir, files, (file, bytes) -> bytes);
    }
}
