package io.paddock.driveronly;

import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A library user who depends on Paddock gets its runtime dependencies without the optional ones (the embedded Neo4j,
 * its Lucene, the Browser files, GDS). This test builds exactly that class path from Maven's runtime dependency tree
 * ({@code target/runtime-dependency-tree.txt}, written by the build) and runs {@link DriverOnlyProbe} in its own JVM
 * against the test server: questions, search and ingest must work with the driver alone.
 */
class DriverOnlyIT {

    /** {@code +- group:artifact:jar:version:scope} and an optional {@code (optional)}, indented by depth. */
    private static final Pattern NODE = Pattern.compile("^([| \\\\+-]*)([\\w.-]+):([\\w.-]+):jar:([\\w.-]+):(\\w+)( \\(optional\\))?");

    /** The jars of the tree outside every optional subtree, as files of the local Maven repository. */
    static List<String> driverOnlyClassPath(Path tree, List<String> testClassPath) throws IOException {
        String driverJar = testClassPath.stream().filter(e -> e.contains("/org/neo4j/driver/neo4j-java-driver/")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the driver is not on the test class path"));
        String repository = driverJar.substring(0, driverJar.indexOf("/org/neo4j/driver/neo4j-java-driver/"));
        List<String> jars = new ArrayList<>();
        int optionalDepth = Integer.MAX_VALUE;
        for (String line : Files.readAllLines(tree, StandardCharsets.UTF_8)) {
            Matcher m = NODE.matcher(line);
            if (!m.find()) {
                continue;
            }
            int depth = m.group(1).length();
            if (depth <= optionalDepth) {
                optionalDepth = m.group(6) != null ? depth : Integer.MAX_VALUE;
            }
            if (optionalDepth != Integer.MAX_VALUE || depth == 0) {
                continue;
            }
            String file = m.group(3) + "-" + m.group(4) + ".jar";
            String path = "/" + m.group(2).replace('.', '/') + "/" + m.group(3) + "/" + m.group(4) + "/" + file;
            if (!Files.isRegularFile(Path.of(repository + path))) {
                throw new IllegalStateException("not in the local repository: " + repository + path);
            }
            jars.add(repository + path);
        }
        return jars;
    }

    @Test
    void theApiWorksWithTheDriverAloneOnTheClassPath() throws Exception {
        try (Paddock seeded = TestNeo4j.seeded()) {
            assertThat(seeded.uri()).isNotBlank();
        }
        List<String> testClassPath = List.of(System.getProperty("java.class.path").split(File.pathSeparator));
        List<String> classPath = new ArrayList<>(List.of("target/classes", "target/test-classes"));
        List<String> jars = driverOnlyClassPath(Path.of("target", "runtime-dependency-tree.txt"), testClassPath);
        classPath.addAll(jars);
        assertThat(jars).anyMatch(j -> j.contains("/neo4j-java-driver-"))
                .noneMatch(j -> j.contains("/org/neo4j/neo4j/"))
                .noneMatch(j -> j.contains("/org/apache/lucene/"));

        Process probe = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", String.join(File.pathSeparator, classPath), DriverOnlyProbe.class.getName(), TestNeo4j.uri())
                .redirectErrorStream(true).start();
        String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(probe.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(probe.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(l -> !l.startsWith("SLF4J")).toList()).as(output).containsExactly(
                "embedded engine on the classpath: false",
                "lucene on the classpath: false",
                // the articles: Bernhard, Dumas and Long shared the Penske Porsche at Petit Le Mans 2007
                "co-drivers: [Patrick Long, Romain Dumas]",
                "search: Stefan Mücke",
                // a maker's name inside a car's name links the maker too (IngestTests: the Ferrari of Jaime Melo)
                "ingest: [driver:romain-dumas, driver:timo-bernhard, car:porsche-rs-spyder, manufacturer:porsche]");
    }
}
