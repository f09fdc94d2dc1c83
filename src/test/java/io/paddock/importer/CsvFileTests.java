package io.paddock.importer;

import io.paddock.PaddockException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvFileTests {

    @TempDir
    Path dir;

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    @Test
    void recordsComeWithTheirLineNullMarkerAndShortRows() throws IOException {
        Path file = write("races.csv", "raceId,year,name,time\n1,2009,\"Australian, GP\",\\N\n\n2,2025,Bahrain\n".getBytes());
        List<CsvFile.Row> rows = new CsvFile(file, ',', "\\N").readAll(List.of("raceId", "year"));
        assertThat(rows).extracting(CsvFile.Row::line).containsExactly(2, 4);
        assertThat(rows.get(0).get("name")).isEqualTo("Australian, GP");
        assertThat(rows.get(0).get("time")).isNull();
        assertThat(rows.get(1).get("time")).isNull();
        assertThat(rows.get(1).at()).isEqualTo("races.csv:4");
    }

    @Test
    void semicolonsAndWindowsLineEnds() throws IOException {
        Path file = write("results_in.csv", "Year;Pos;Drivers\r\n1923;1;André Lagache|René Léonard\r\n1923;2;Raoul Bachmann\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<CsvFile.Row> rows = new CsvFile(file, ';', null).readAll(List.of("Year", "Drivers"));
        assertThat(rows).extracting(r -> r.get("Drivers")).containsExactly("André Lagache|René Léonard", "Raoul Bachmann");
        assertThat(rows).extracting(CsvFile.Row::line).containsExactly(2, 3);
    }

    @Test
    void aMissingColumnIsNamedWithTheFile() throws IOException {
        Path file = write("drivers.csv", "driverId,forename\n1,Lewis\n".getBytes());
        assertThatThrownBy(() -> new CsvFile(file, ',', "\\N").readAll(List.of("driverId", "surname")))
                .isInstanceOf(PaddockException.class)
                .hasMessageStartingWith("drivers.csv:1: missing column 'surname'");
    }

    @Test
    void aValueTheReaderCannotUseIsShownOnOneLineWithItsControlCharactersEscaped() throws IOException {
        // Found by FrontDoorFuzzTests: a NUL inside a number reached the one-line refusal as a raw NUL.
        Path file = write("qualifying.csv", "qualifyId,number\n1,50\u000001\n".getBytes());
        assertThatThrownBy(() -> new CsvFile(file, ',', "\\N").read(List.of("number"),
                row -> Integer.parseInt(row.get("number"))))
                .isInstanceOf(PaddockException.class)
                .hasMessage("qualifying.csv:2: unreadable CSV: For input string: \"50\\u000001\"");
    }

    @Test
    void bytesThatAreNotUtf8AreRefused() throws IOException {
        Path file = write("drivers.csv", new byte[]{'i', 'd', '\n', '1', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> new CsvFile(file, ',', "\\N").readAll(List.of("id")))
                .isInstanceOf(PaddockException.class)
                .hasMessageContaining("drivers.csv: not UTF-8");
    }

    @Test
    void anEmptyOrMissingFileIsRefused() throws IOException {
        Path empty = write("status.csv", new byte[0]);
        assertThatThrownBy(() -> new CsvFile(empty, ',', "\\N").readAll(List.of("statusId")))
                .hasMessageContaining("status.csv: empty file");
        assertThatThrownBy(() -> new CsvFile(dir.resolve("nope.csv"), ',', "\\N").readAll(List.of("x")))
                .hasMessageContaining("nope.csv: file not found");
    }

    @Test
    void clockTimesAndGapsReadAsSeconds() throws IOException {
        Path file = write("results.csv", "time,gap\n1:34:50.616,+5.478\n".getBytes());
        CsvFile.Row row = new CsvFile(file, ',', "\\N").readAll(List.of("time")).get(0);
        assertThat(Fields.seconds(row, "time")).isEqualTo(5690.616);
        assertThat(Fields.seconds(row, "gap")).isEqualTo(5.478);
    }

    @Test
    void aRowOfTheWrongShapeOrWithAHugeValueIsLeftOutAndListed() throws IOException {
        Path file = write("results_in.csv", ("Year;Team;Laps\n2031;Probe;369\n2031;Pro;be;369\n2031;" + "T".repeat(1001)
                + ";1\n2031;Cut").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CsvFile csv = new CsvFile(file, ';', null).everyColumn();
        List<CsvFile.Row> rows = csv.readAll(List.of("Year", "Team"));
        assertThat(rows).extracting(CsvFile.Row::line).containsExactly(2);
        assertThat(csv.rejected()).extracting(Rejection::toString).containsExactly(
                "results_in.csv:3: (columns): 4 fields, the header has 3 (a separator inside an unquoted value?)",
                "results_in.csv:4: Team: 1,001 characters, more than the 1,000 a value may have",
                "results_in.csv:5: (columns): 2 fields, the header has 3 (a truncated line?)");
    }

    @Test
    void theFirstByteThatIsNotUtf8IsNamedByLineAndColumn() throws IOException {
        Path file = write("drivers.csv", new byte[]{'i', 'd', '\n', '1', '\n', 'M', 'u', (byte) 0xFC, 'l', '\n'});
        assertThatThrownBy(() -> new CsvFile(file, ',', "\\N").readAll(List.of("id")))
                .isInstanceOf(PaddockException.class)
                .hasMessage("drivers.csv: not UTF-8 text: line 3, column 3 has byte 0xFC (save the file as UTF-8)");
    }
}
