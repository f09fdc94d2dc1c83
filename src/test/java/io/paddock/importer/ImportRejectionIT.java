package io.paddock.importer;

import io.paddock.Paddock;
import io.paddock.PaddockException;
import io.paddock.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Bad dataset files: a row with a bad value is left out and listed with file, line and column while the good rows
 * load; a file missing a column is refused before anything is written. The files are copies of the real Le Mans
 * files, edited in a temporary folder.
 */
class ImportRejectionIT {

    private static final YearRange YEAR_2009 = new YearRange(2009, 2009);

    private static Paddock paddock;

    @TempDir
    Path dir;

    @BeforeAll
    static void open() {
        assumeTrue(DatasetFigures.present(), "../shared/data is absent: rejection tests skipped");
        paddock = TestNeo4j.paddock();
    }

    @AfterAll
    static void close() {
        if (paddock != null) {
            paddock.close();
        }
    }

    /** Copies the Le Mans files, replacing the lines given (1-based line number → new text) in results_in.csv. */
    private Path lemansWith(Map<Integer, String> replacements) throws IOException {
        for (String file : List.of("races.csv", "circuits.csv")) {
            Files.copy(DatasetFigures.LEMANS.resolve(file), dir.resolve(file));
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(DatasetFigures.LEMANS.resolve("results_in.csv"), StandardCharsets.UTF_8));
        replacements.forEach((line, text) -> lines.set(line - 1, text));
        Files.write(dir.resolve("results_in.csv"), lines, StandardCharsets.UTF_8);
        return dir;
    }

    private static int firstLineOf(String year) throws IOException {
        List<String> lines = Files.readAllLines(DatasetFigures.LEMANS.resolve("results_in.csv"), StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith(year + ";")) {
                return i + 1;
            }
        }
        throw new IllegalStateException("no row for " + year);
    }

    private static long entries2009() {
        return ((Number) paddock.cypher("MATCH (:Event {id: 'lemans-2009'})<-[:IN_EVENT]-(n:Entry) RETURN count(n) AS n", Map.of())
                .get(0).get("n")).longValue();
    }

    @Test
    void aRowWithABadValueIsListedAndTheOthersLoad() throws IOException {
        TestNeo4j.clear(paddock);
        int line = firstLineOf("2009");
        String original = Files.readAllLines(DatasetFigures.LEMANS.resolve("results_in.csv"), StandardCharsets.UTF_8).get(line - 1);
        String badPosition = original.replaceFirst("^2009;[^;]*;", "2009;first;");
        String badLaps = Files.readAllLines(DatasetFigures.LEMANS.resolve("results_in.csv"), StandardCharsets.UTF_8).get(line)
                .replaceFirst("^((?:[^;]*;){11})[^;]*;", "$1many;");
        ImportReport report = paddock.importer().lemans(lemansWith(Map.of(line, badPosition, line + 1, badLaps)), YEAR_2009, p -> { });
        assertThat(report.rejected()).extracting(Rejection::toString).containsExactly(
                "results_in.csv:" + line + ": Pos: neither a position nor a known status code: 'first'",
                "results_in.csv:" + (line + 1) + ": Laps: not a whole number: 'many'");
        long rows2009 = DatasetFigures.leMansEntriesPerYear(y -> y == 2009).get(2009);
        assertThat(entries2009()).isEqualTo(rows2009 - 2);
    }

    @Test
    void aFileMissingAColumnIsRefusedBeforeAnythingIsWritten() throws IOException {
        TestNeo4j.clear(paddock);
        long nodesBefore = ((Number) paddock.cypher("MATCH (n) RETURN count(n) AS n", Map.of()).get(0).get("n")).longValue();
        String header = "Year;Pos;Class;No;TeamCtry;Team;DrCtry;Driverz;Chassis;Engine;Tyres;Laps;Distance;Time;Reason";
        Path broken = lemansWith(Map.of(1, header));
        assertThatThrownBy(() -> paddock.importer().lemans(broken, YEAR_2009, p -> { }))
                .isInstanceOf(PaddockException.class)
                .hasMessageStartingWith("results_in.csv:1: missing column 'Drivers'");
        assertThat(((Number) paddock.cypher("MATCH (n) RETURN count(n) AS n", Map.of()).get(0).get("n")).longValue())
                .isEqualTo(nodesBefore);
    }
}
