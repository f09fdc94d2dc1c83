package io.paddock.query;

import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every file in {@code cypher/queries/} runs unchanged, as a Neo4j Browser user would run it: its documented
 * {@code :param} example values are evaluated by the server (as Browser does), then the whole file is sent as
 * is. Each must use only declared parameters, be listed in the README, and return rows on the seed graph (but for
 * {@link #MAY_BE_EMPTY_ON_THE_SEED}, the questions across series).
 */
class QueryFilesIT {

    private static final Pattern PARAM = Pattern.compile("(?m)^// :param (\\w+) => (.+)$");
    private static final Pattern USED = Pattern.compile("\\$(\\w+)");

    /** Files that may rightly return no rows on the seed: it holds one series, so no driver raced in two. */
    private static final Set<String> MAY_BE_EMPTY_ON_THE_SEED = Set.of("crossover.cypher");

    private static Paddock paddock;

    @BeforeAll
    static void seed() {
        paddock = TestNeo4j.seeded();
    }

    @AfterAll
    static void close() {
        paddock.close();
    }

    @TestFactory
    Stream<DynamicTest> everyQueryFileRunsWithItsDocumentedParameters() throws IOException {
        String readme = Files.readString(QueryFileListing.QUERIES.resolve("README.md"));
        List<Path> files = QueryFileListing.cypherFiles("");
        assertThat(files).hasSizeGreaterThanOrEqualTo(27);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String text = Files.readString(file);
            Map<String, Object> parameters = new HashMap<>();
            Matcher param = PARAM.matcher(text);
            while (param.find()) {
                Object value = paddock.cypher("RETURN " + param.group(2) + " AS value", Map.of()).get(0).get("value");
                parameters.put(param.group(1), value);
            }
            Set<String> used = new LinkedHashSet<>();
            Matcher use = USED.matcher(text.replaceAll("(?m)^//.*$", ""));
            while (use.find()) {
                used.add(use.group(1));
            }
            assertThat(parameters.keySet()).as("declared :param lines of " + file).containsAll(used);
            assertThat(readme).as("cypher/queries/README.md lists " + file.getFileName()).contains(file.getFileName().toString());

            List<Map<String, Object>> rows = paddock.cypher(text, parameters);

            if (!MAY_BE_EMPTY_ON_THE_SEED.contains(file.getFileName().toString())) {
                assertThat(rows).as(file + " with its example parameters").isNotEmpty();
            }
        }));
    }
}
