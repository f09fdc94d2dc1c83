package io.paddock.internal.cypher;

import io.paddock.PaddockException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cypher file from the {@code cypher/} folder, read from the classpath. The files are the single source of
 * truth for every statement Paddock runs: the same text a Neo4j Browser user opens.
 * <p>
 * A file holds either one statement (a named query) or several statements, each introduced by a line
 * {@code // :name <name>} and ended by {@code ;}.
 */
public final class CypherFile {

    private static final Pattern NAME_MARKER = Pattern.compile("(?m)^// :name (\\S+)\\s*$");

    private final String path;
    private final String text;

    private CypherFile(String path, String text) {
        this.path = path;
        this.text = text;
    }

    /**
     * Reads a file below {@code cypher/} on the classpath.
     *
     * @param relativePath e.g. {@code load/graph.cypher}
     * @return the file
     */
    public static CypherFile load(String relativePath) {
        String path = "cypher/" + relativePath;
        try (InputStream in = CypherFile.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new PaddockException("Cypher file not found on the classpath: " + path);
            }
            return new CypherFile(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PaddockException("Cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * @return the whole file as one statement, without a trailing semicolon
     */
    public String statement() {
        return stripTerminator(text);
    }

    /**
     * @return the named statements of the file, in file order
     */
    public Map<String, String> namedStatements() {
        Map<String, String> statements = new LinkedHashMap<>();
        Matcher marker = NAME_MARKER.matcher(text);
        String name = null;
        int start = 0;
        while (marker.find()) {
            if (name != null) {
                statements.put(name, stripTerminator(text.substring(start, marker.start())));
            }
            name = marker.group(1);
            start = marker.end();
        }
        if (name == null) {
            throw new PaddockException(path + " has no '// :name' markers");
        }
        statements.put(name, stripTerminator(text.substring(start)));
        return statements;
    }

    /**
     * @return where the file lives on the classpath
     */
    public String path() {
        return path;
    }

    private static String stripTerminator(String statement) {
        String trimmed = statement.strip();
        return trimmed.endsWith(";") ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
    }
}
