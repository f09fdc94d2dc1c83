package io.paddock.importer;

import io.paddock.PaddockException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 digest of source files (their paths below the data folder and their bytes), to tell whether a part
 * of a dataset changed since the last import without parsing it.
 */
final class Digests {

    private Digests() {
    }

    /**
     * @param root  the data folder (paths are hashed relative to it)
     * @param paths files, or folders (every file below them)
     * @return the hex digest
     */
    static String of(Path root, List<Path> paths) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files = new ArrayList<>();
            for (Path path : paths) {
                if (Files.isDirectory(path)) {
                    try (Stream<Path> all = Files.walk(path, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
                        all.filter(Files::isRegularFile).forEach(files::add);
                    }
                } else if (Files.isRegularFile(path)) {
                    files.add(path);
                }
            }
            files.sort(null);
            for (Path file : files) {
                digest.update(root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
        } catch (IOException e) {
            throw new PaddockException(root + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
