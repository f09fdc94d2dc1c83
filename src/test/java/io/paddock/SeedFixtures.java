package io.paddock;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Copies of the shipped seed in a temporary folder, for tests that break one file on purpose.
 */
public final class SeedFixtures {

    /** The article files of the shipped seed, in load order. */
    public static final List<String> ARTICLES = List.of(
            "000_a2ddb8a8b78fb99c.json", "001_40dddd42d94a9a30.json", "002_5f0b9dc16f1a01fe.json",
            "003_35013f9b1b801e33.json", "004_25bd5506d5b4103e.json");

    private SeedFixtures() {
    }

    /**
     * @param target empty folder
     * @return {@code target}, now holding registry.json and articles/*.json of the shipped seed
     */
    public static Path copyOfShippedSeed(Path target) {
        try {
            Files.createDirectories(target.resolve("articles"));
            copy("seed/registry.json", target.resolve("registry.json"));
            for (String article : ARTICLES) {
                copy("seed/articles/" + article, target.resolve("articles").resolve(article));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces the first occurrence of {@code from} with {@code to} in a file.
     *
     * @param file a seed file
     * @param from exact text to find
     * @param to   replacement
     */
    public static void replaceFirst(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            int at = text.indexOf(from);
            if (at < 0) {
                throw new IllegalArgumentException("'" + from + "' not in " + file);
            }
            Files.writeString(file, text.substring(0, at) + to + text.substring(at + from.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(String resource, Path target) throws IOException {
        try (InputStream in = SeedFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing on classpath: " + resource);
            }
            Files.copy(in, target);
        }
    }
}
