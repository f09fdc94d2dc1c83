package io.paddock.importer;

import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import io.paddock.cli.TestFiles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * An import stopped after it wrote its people but before it wrote their entries or crews, then run again, ends equal
 * to a clean import (issue 22 item 2; ADR 0035). The slice holds the two Uli Richters of Le Mans, 1937 and 1996: a
 * clean import keeps them apart by their years, and the stop leaves both in the graph without any years, which is
 * where the rerun used to take them for one person. The in-process version of {@code bench/crash.sh}'s points 3 and 4.
 */
class RerunAfterStopIT {

    private static final Path SLICE = TestNeo4j.workDir("rerun-after-stop").toAbsolutePath();
    private static final List<String> EDITIONS = List.of("1937", "1996");

    private static Paddock paddock;
    private static List<String> clean;

    /** Thrown by the progress callback: the import stops right after a batch committed, as a kill there would. */

    @BeforeAll
    static void importTheSliceCleanly() throws IOException {
        assumeTrue(DatasetFigures.present(), "../shared/data is absent: skipped");
        TestFiles.deleteRecursively(SLICE);
        Files.createDirectories(SLICE);
        copyEditions("results_in.csv", ";");
        copyEditions("races.csv", ",");
        Files.copy(DatasetFigures.LEMANS.resolve("circuits.csv"), SLICE.resolve("circuits.csv"));
        paddock = TestNeo4j.paddock();
        TestNeo4j.clear(paddock);
        paddock.importer().lemans(SLICE, YearRange.all(), p -> { });
        clean = GraphExport.of(paddock);
        assertThat(richters()).as("the clean import").isEqualTo(Map.of("uli-richter", 1937L, "uli-richter-1996", 1996L));
    }

    @AfterAll
    static void close() throws IOException {
        if (paddock != null) {
            paddock.close();
        }
        TestFiles.deleteRecursively(SLICE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"entries", "crew"})
    void aRerunAfterAStopBetweenPeopleAndCrewsEndsEqualToACleanImport(String stoppedIn) {
        TestNeo4j.clear(paddock);

        assertThatThrownBy(() -> paddock.importer().batchSize(10).lemans(SLICE, YearRange.all(), ImportStop.afterFirstBatchOf(stoppedIn)))
                .isInstanceOf(ImportStop.class).hasMessageStartingWith("stopped after " + stoppedIn + " row 10 of ");
        assertThat(paddock.cypher("MATCH (d:Driver) WHERE d.name = 'Uli Richter' RETURN count(d) AS n", Map.of()).get(0).get("n"))
                .as("both namesakes written before the stop").isEqualTo(2L);

        paddock.importer().lemans(SLICE, YearRange.all(), p -> { });

        assertThat(richters()).isEqualTo(Map.of("uli-richter", 1937L, "uli-richter-1996", 1996L));
        assertThat(GraphExport.of(paddock)).isEqualTo(clean);
    }

    /** The Uli Richters by id, each with the edition they drove. */
    private static Map<Object, Object> richters() {
        java.util.Map<Object, Object> richters = new java.util.TreeMap<>();
        paddock.cypher("""
                MATCH (d:Driver {name: 'Uli Richter'})
                OPTIONAL MATCH (d)-[:DROVE]->(:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(s:Season)
                RETURN d.id AS id, max(s.year) AS year""", Map.of()).forEach(r -> richters.put(r.get("id"), r.get("year")));
        return richters;
    }

    /** The header and the rows of the two editions, as the real file has them. */
    private static void copyEditions(String file, String separator) throws IOException {
        List<String> lines = Files.readAllLines(DatasetFigures.LEMANS.resolve(file), StandardCharsets.UTF_8);
        List<String> slice = new java.util.ArrayList<>(List.of(lines.get(0)));
        lines.stream().filter(l -> EDITIONS.stream().anyMatch(e -> l.startsWith(e + separator))).forEach(slice::add);
        Files.write(SLICE.resolve(file), slice, StandardCharsets.UTF_8);
    }
}
