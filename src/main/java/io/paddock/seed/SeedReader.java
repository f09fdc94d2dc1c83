package io.paddock.seed;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.paddock.PaddockException;
import io.paddock.internal.text.Utf8;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a seed — the shipped one from the classpath, or a directory laid out like {@code seed/} — and
 * validates it completely before handing it out.
 */
public final class SeedReader {

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private static final String REGISTRY = "registry.json";
    private static final String ARTICLES = "articles";
    private static final String MANIFEST = "manifest.json";

    private SeedReader() {
    }

    /**
     * @return the seed shipped with Paddock (the curated ALMS articles), validated
     */
    public static Seed shipped() {
        JsonNode manifest = parse("seed/" + MANIFEST, classpathBytes("seed/" + MANIFEST));
        List<String> problems = new ArrayList<>();
        SeedFile registry = read("seed/" + REGISTRY, classpathBytes("seed/" + REGISTRY), problems);
        List<SeedFile> articles = new ArrayList<>();
        for (JsonNode name : manifest.path("articles")) {
            String path = "seed/" + ARTICLES + "/" + name.asText();
            articles.add(read(path, classpathBytes(path), problems));
        }
        return validated(registry, articles, problems);
    }

    /**
     * @param directory a folder with {@code registry.json} and {@code articles/*.json}
     * @return the seed in that folder, validated
     * @throws SeedException when any file is malformed or inconsistent
     */
    public static Seed fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new PaddockException("Seed directory not found: " + directory);
        }
        Path registryPath = directory.resolve(REGISTRY);
        if (!Files.isRegularFile(registryPath)) {
            throw new PaddockException("Not a seed directory (no " + REGISTRY + "): " + directory);
        }
        List<String> problems = new ArrayList<>();
        SeedFile registry = read(registryPath.toString(), fileBytes(registryPath), problems);
        List<SeedFile> articles = new ArrayList<>();
        Path articleDir = directory.resolve(ARTICLES);
        if (Files.isDirectory(articleDir)) {
            try (Stream<Path> files = Files.list(articleDir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                    articles.add(read(file.toString(), fileBytes(file), problems));
                }
            } catch (IOException e) {
                throw new PaddockException("Cannot list " + articleDir + ": " + e.getMessage(), e);
            }
        }
        return validated(registry, articles, problems);
    }

    private static Seed validated(SeedFile registry, List<SeedFile> articles, List<String> problems) {
        if (problems.isEmpty()) {
            problems.addAll(SeedValidator.problems(registry, articles));
        }
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
        return new Seed(registry, articles);
    }

    private static SeedFile read(String name, byte[] bytes, List<String> problems) {
        String encoding = Utf8.problem(bytes);
        if (bytes.length == 0 || encoding == null && new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            problems.add(name + ": empty file, expected a JSON object");
            return new SeedFile(name, JSON.createObjectNode());
        }
        if (encoding != null) {
            problems.add(name + ": " + encoding);
            return new SeedFile(name, JSON.createObjectNode());
        }
        try {
            return new SeedFile(name, JSON.readTree(bytes));
        } catch (JsonProcessingException e) {
            problems.add(name + ": not valid JSON at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ": " + oneLine(e.getOriginalMessage()));
            return new SeedFile(name, JSON.createObjectNode());
        } catch (IOException e) {
            throw new PaddockException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Jackson's message without the parts a user cannot act on: the quoted source and anything after the first line
     * (e.g. "start marker at [Source: …]" of an unclosed object).
     */
    static String oneLine(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("");
        int source = first.indexOf(" (start marker at [Source");
        if (source >= 0) {
            first = first.substring(0, source);
        }
        return first.strip() + (first.startsWith("Unexpected end-of-input") ? " (the file ends too early: truncated?)" : "");
    }

    private static JsonNode parse(String name, byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new PaddockException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static byte[] fileBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new PaddockException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static byte[] classpathBytes(String path) {
        try (InputStream in = SeedReader.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new PaddockException("Not on the classpath: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new PaddockException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }
}
