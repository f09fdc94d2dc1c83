package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import io.paddock.export.ExportFormat;
import io.paddock.export.ExportResult;
import io.paddock.export.ExportTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.paddock.cli.CliRun.run;
import static io.paddock.cli.CliRun.runOnTestServer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code paddock export} on the shipped seed, as a user runs it against a server (--uri): the files, their row counts
 * against the graph, specific rows from the articles, the CSV header order, JSON Lines, and one-line errors.
 */
class ExportCommandIT {

    private static final Path OUT = Path.of("target", "export-it");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final CsvMapper CSV = new CsvMapper();

    private static final String BERNHARD_PETIT_LE_MANS = "alms-2007-petit-le-mans-penske-racing-bernhard@alms-2007-petit-le-mans-race";

    /** The export of every table as CSV, written once by the first test that needs it. */
    private static CliRun all;

    @BeforeAll
    static void seed() throws IOException {
        TestNeo4j.seeded().close();
        TestFiles.deleteRecursively(OUT);
        all = runOnTestServer("export", "--out", OUT.resolve("csv").toString());
    }

    @Test
    void everyTableIsAFileWithAsManyRowsAsTheGraphHasThings() throws IOException {
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).containsPattern("table\\s+file\\s+rows\\s+columns\\s+seconds")
                .containsPattern("results\\s+\\S+results\\.csv\\s+65\\s+43")
                .containsPattern("standings\\s+\\S+standings\\.csv\\s+14\\s+22")
                .contains("(5 rows)");
        try (Paddock paddock = TestNeo4j.paddock()) {
            Map<String, Object> graph = paddock.cypher("""
                    RETURN COUNT { (:Result) } AS results, COUNT { (:Entry) } AS entries, COUNT { (:Driver) } AS drivers,
                           COUNT { (:Event) } AS events, COUNT { ()-[:STANDING]->() } AS standings""", Map.of()).get(0);
            // The seed: 41 results, 50 entries, 46 drivers, 8 events, 14 standings.
            assertThat(graph).containsEntry("results", 41L).containsEntry("entries", 50L).containsEntry("drivers", 46L)
                    .containsEntry("events", 8L).containsEntry("standings", 14L);
            assertThat(csv("entries")).hasSize(50);
            assertThat(csv("drivers")).hasSize(46);
            assertThat(csv("events")).hasSize(8);
            assertThat(csv("standings")).hasSize(14);
            List<Map<String, String>> results = csv("results");
            assertThat(results.stream().map(r -> r.get("result_id")).distinct()).hasSize(41);
            // One row per named driver of each result, and one (driver empty) for a result whose car has no named driver.
            long named = (long) paddock.cypher("MATCH (:Result)-[:OF_ENTRY]->(:Entry)<-[:DROVE]-(d:Driver) RETURN count(*) AS n",
                    Map.of()).get(0).get("n");
            long unnamed = (long) paddock.cypher("MATCH (r:Result)-[:OF_ENTRY]->(n:Entry) WHERE NOT EXISTS { (n)<-[:DROVE]-() } "
                    + "RETURN count(r) AS n", Map.of()).get(0).get("n");
            assertThat(results).hasSize((int) (named + unnamed)).hasSize(65);
            assertThat(results.stream().filter(r -> r.get("driver_id").isEmpty())).hasSize((int) unnamed);
        }
        try (var files = Files.list(OUT.resolve("csv"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("drivers.csv", "entries.csv", "events.csv", "results.csv", "standings.csv");
        }
    }

    @Test
    void theResultsHeaderIsTheDocumentedColumnOrder() throws IOException {
        String header = Files.readAllLines(OUT.resolve("csv").resolve("results.csv"), StandardCharsets.UTF_8).get(0);

        assertThat(header).isEqualTo("series_id,series_name,season,event_id,event_name,round,event_date,circuit_id,circuit_name,"
                + "session_id,session_kind,entry_id,car_number,class_id,class_name,team_id,team_name,car_id,car_name,"
                + "manufacturer_id,manufacturer_name,engine_manufacturer_id,engine_manufacturer_name,"
                + "driver_id,driver_name,driver_nationality,crew_named,crew_complete,"
                + "result_id,position,class_position,status,reason,laps,grid,points,time_seconds,gap_seconds,gap_to_entry_id,"
                + "fastest_lap_seconds,best_lap_seconds,inferred,sources");
        Map<String, List<String>> documented = documentedColumns();
        assertThat(documented.keySet()).containsExactly("results", "entries", "drivers", "events", "standings");
        for (ExportTable table : ExportTable.values()) {
            String first = Files.readAllLines(OUT.resolve("csv").resolve(table.key() + ".csv"), StandardCharsets.UTF_8).get(0);
            assertThat(documented.get(table.key())).as("docs/export.md, table " + table.key())
                    .containsExactly(first.split(","));
        }
    }

    @Test
    void aResultOfTheSeedAsTheArticleGivesIt() throws IOException {
        List<Map<String, String>> results = csv("results");

        // Petit Le Mans 2007 (article 000, paragraphs 1 and 5): Bernhard/Dumas/Long second overall, first in LMP2,
        // 0.923 s behind Capello's Audi; the articles print no car number or laps.
        Map<String, String> bernhard = results.stream()
                .filter(r -> r.get("result_id").equals(BERNHARD_PETIT_LE_MANS) && r.get("driver_id").equals("timo-bernhard"))
                .findFirst().orElseThrow();
        assertThat(bernhard).containsEntry("driver_name", "Timo Bernhard").containsEntry("driver_nationality", "DE")
                .containsEntry("series_id", "alms").containsEntry("series_name", "American Le Mans Series")
                .containsEntry("season", "2007").containsEntry("event_id", "alms-2007-petit-le-mans")
                .containsEntry("event_name", "Petit Le Mans").containsEntry("round", "11")
                .containsEntry("circuit_name", "Road Atlanta").containsEntry("session_kind", "RACE")
                .containsEntry("class_name", "LMP2").containsEntry("team_name", "Penske Racing")
                .containsEntry("car_name", "Porsche RS Spyder").containsEntry("manufacturer_name", "Porsche")
                .containsEntry("position", "2").containsEntry("class_position", "1").containsEntry("status", "CLASSIFIED")
                .containsEntry("gap_seconds", "0.923").containsEntry("gap_to_entry_id", "alms-2007-petit-le-mans-audi-capello")
                .containsEntry("crew_named", "3").containsEntry("crew_complete", "true")
                .containsEntry("car_number", "").containsEntry("laps", "").containsEntry("points", "")
                .containsEntry("sources", "000_a2ddb8a8b78fb99c#p1|000_a2ddb8a8b78fb99c#p5");
        assertThat(results.stream().filter(r -> r.get("result_id").equals(BERNHARD_PETIT_LE_MANS)).map(r -> r.get("driver_name")))
                .containsExactly("Patrick Long", "Romain Dumas", "Timo Bernhard");
        // Dyson's car at Petit Le Mans: second in LMP2, crew not named: one row, driver unknown (empty).
        assertThat(results.stream().filter(r -> r.get("entry_id").equals("alms-2007-petit-le-mans-dyson-racing-car")))
                .singleElement()
                .satisfies(r -> assertThat(r).containsEntry("driver_id", "").containsEntry("driver_name", "")
                        .containsEntry("class_position", "2").containsEntry("position", "").containsEntry("crew_named", "0")
                        .containsEntry("crew_complete", "false").containsEntry("team_name", "Dyson Racing"));
    }

    @Test
    void entriesDriversEventsAndStandingsCarryTheSeedsFacts() throws IOException {
        assertThat(row("entries", "entry_id", "alms-2007-petit-le-mans-6"))
                .containsEntry("car_number", "6").containsEntry("class_id", "lmp2").containsEntry("team_id", "penske-racing")
                .containsEntry("driver_ids", "emmanuel-collard|ryan-briscoe|sascha-maassen")
                .containsEntry("driver_names", "Emmanuel Collard|Ryan Briscoe|Sascha Maassen")
                .containsEntry("race_position", "").containsEntry("race_class_position", "5")
                .containsEntry("started", "true").containsEntry("sources", "000_a2ddb8a8b78fb99c#p4");
        assertThat(row("drivers", "driver_id", "timo-bernhard"))
                .containsEntry("driver_name", "Timo Bernhard").containsEntry("nationality", "DE")
                .containsEntry("hometown", "Dittweiler").containsEntry("birth_date", "")
                .containsEntry("entries", "3").containsEntry("first_season", "2007").containsEntry("last_season", "2008")
                .containsEntry("series_ids", "alms");
        assertThat(row("drivers", "driver_id", "rinaldo-capello")).containsEntry("aliases", "Dindo Capello");
        assertThat(row("events", "event_id", "alms-2007-laguna-seca"))
                .containsEntry("event_name", "Laguna Seca 4 Hours").containsEntry("round", "12")
                .containsEntry("circuit_name", "Mazda Raceway Laguna Seca").containsEntry("lap_length_km", "3.6")
                .containsEntry("season_finale", "true").containsEntry("sessions", "QUALIFYING|RACE").containsEntry("entries", "8");
        List<Map<String, String>> titles = csv("standings").stream()
                .filter(r -> r.get("championship_id").equals("alms-2007-lmp2-drivers")).toList();
        assertThat(titles).extracting(r -> r.get("holder_name")).containsExactly("Romain Dumas", "Timo Bernhard");
        assertThat(titles.get(1)).containsEntry("holder_kind", "driver").containsEntry("position", "1")
                .containsEntry("final", "true").containsEntry("title", "true").containsEntry("as_of_event_id", "")
                .containsEntry("clinched_at_event_id", "alms-2007-petit-le-mans")
                .containsEntry("clinched_at_event_name", "Petit Le Mans").containsEntry("class_name", "LMP2");
    }

    @Test
    void oneTableGoesToStandardOutputAsJsonLines() throws IOException {
        CliRun run = runOnTestServer("export", "results", "--format", "jsonl");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(65);
        List<JsonNode> rows = new ArrayList<>();
        for (String line : lines) {
            rows.add(JSON.readTree(line));
        }
        List<String> header = List.of(Files.readAllLines(OUT.resolve("csv").resolve("results.csv")).get(0).split(","));
        for (JsonNode row : rows) {
            List<String> keys = new ArrayList<>();
            row.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).isEqualTo(header);
        }
        // Laguna Seca 2007: Capello's Audi won after 157 laps; number and team are not printed: JSON null.
        JsonNode capello = rows.stream()
                .filter(r -> r.path("result_id").asText().equals("alms-2007-laguna-seca-audi-capello@alms-2007-laguna-seca-race"))
                .findFirst().orElseThrow();
        assertThat(capello.path("laps").isInt()).isTrue();
        assertThat(capello.path("laps").asInt()).isEqualTo(157);
        assertThat(capello.path("position").asInt()).isEqualTo(1);
        assertThat(capello.path("season").asInt()).isEqualTo(2007);
        assertThat(capello.path("crew_complete").isBoolean()).isTrue();
        assertThat(capello.get("car_number").isNull()).isTrue();
        assertThat(capello.get("team_id").isNull()).isTrue();
        assertThat(capello.path("sources").isArray()).isTrue();
        assertThat(capello.path("sources").get(0).asText()).isEqualTo("001_40dddd42d94a9a30#p3");
        JsonNode bernhard = rows.stream().filter(r -> r.path("result_id").asText().equals(BERNHARD_PETIT_LE_MANS)).findFirst().orElseThrow();
        assertThat(bernhard.path("gap_seconds").asDouble()).isEqualTo(0.923);
    }

    @Test
    void theFacadeStreamsATableToAWriter() {
        StringWriter out = new StringWriter();
        ExportResult result;
        try (Paddock paddock = TestNeo4j.paddock()) {
            result = paddock.exporter().write(ExportTable.EVENTS, ExportFormat.CSV, out);
        }

        assertThat(result.rows()).isEqualTo(8);
        assertThat(result.file()).isNull();
        assertThat(result.columns()).startsWith("series_id", "series_name", "season", "event_id", "event_name").hasSize(21);
        assertThat(out.toString().lines()).hasSize(9)
                .anySatisfy(line -> assertThat(line).startsWith("alms,American Le Mans Series,2011,alms-2011-laguna-seca,"
                        + "Laguna Seca 6 Hours,,2011-09-17,"));
    }

    @Test
    void anUnknownTableOrFormatIsOneLine() {
        CliRun table = runOnTestServer("export", "results", "laps");
        assertThat(table.exitCode()).isEqualTo(1);
        assertThat(table.out()).isEmpty();
        assertThat(table.err()).isEqualTo("paddock: No export table 'laps'; the tables are: results, entries, drivers, events, standings"
                + System.lineSeparator());

        CliRun format = runOnTestServer("export", "drivers", "--format", "xlsx");
        assertThat(format.exitCode()).isEqualTo(1);
        assertThat(format.err()).isEqualTo("paddock: No export format 'xlsx'; use csv or jsonl" + System.lineSeparator());
    }

    @Test
    void anOutThatIsAFileIsOneLine() throws IOException {
        Path file = Files.createDirectories(OUT).resolve("not-a-directory");
        Files.writeString(file, "x");

        CliRun run = runOnTestServer("export", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("paddock: Cannot write the export into " + file.toAbsolutePath().normalize() + ": ")
                .endsWith(System.lineSeparator()).hasLineCount(1).doesNotContain("Exception");
        assertThat(run.err()).contains("a file is in the way where a folder should be");
    }

    @Test
    void helpListsEveryTable() {
        CliRun run = run("export", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: paddock export", "[TABLE...]", "--format", "--out", "--uri", "--data-dir",
                "Examples:", "docs/export.md");
        for (ExportTable table : ExportTable.values()) {
            assertThat(run.out()).as(table.key()).containsPattern("(?m)^  " + table.key() + " +" + Pattern.quote(table.description()) + "$");
        }
        assertThat(run("--help").out()).contains("export");
    }

    private static List<Map<String, String>> csv(String table) throws IOException {
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
                .readValues(OUT.resolve("csv").resolve(table + ".csv").toFile())) {
            return rows.readAll();
        }
    }

    private static Map<String, String> row(String table, String column, String value) throws IOException {
        return csv(table).stream().filter(r -> r.get(column).equals(value)).findFirst().orElseThrow();
    }

    /** The column names docs/export.md lists under each "## `table`" heading, in order. */
    private static Map<String, List<String>> documentedColumns() throws IOException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        List<String> current = null;
        Pattern heading = Pattern.compile("^## `(\\w+)`");
        Pattern column = Pattern.compile("^\\| `(\\w+)` \\|");
        for (String line : Files.readAllLines(Path.of("docs", "export.md"))) {
            Matcher h = heading.matcher(line);
            Matcher c = column.matcher(line);
            if (h.find()) {
                current = new ArrayList<>();
                tables.put(h.group(1), current);
            } else if (line.startsWith("## ")) {
                current = null;
            } else if (current != null && c.find()) {
                current.add(c.group(1));
            }
        }
        return tables;
    }

}
