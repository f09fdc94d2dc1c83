package io.paddock.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The query files of {@code cypher/queries/}, listed the one way the tests that run them all need: by name.
 */
final class QueryFileListing {

    /** The folder of the query files a Neo4j Browser user runs. */
    static final Path QUERIES = Path.of("cypher", "queries");

    private QueryFileListing() {
    }

    /**
     * @param prefix how the file names start ({@code ""} for every file)
     * @return those {@code .cypher} files, sorted by name
     * @throws IOException when the folder cannot be listed
     */
    static List<Path> cypherFiles(String prefix) throws IOException {
        try (Stream<Path> list = Files.list(QUERIES)) {
            return list.filter(f -> f.getFileName().toString().startsWith(prefix) && f.toString().endsWith(".cypher"))
                    .sorted().toList();
        }
    }
}
