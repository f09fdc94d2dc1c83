package io.paddock.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.paddock.Paddock;
import io.paddock.SeedFixtures;
import io.paddock.TestNeo4j;
import io.paddock.importer.GraphExport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input catalogue (docs/reliability.md, ADR 0015): every case is a broken copy of a good input — the shipped
 * seed, or the small Ergast and Le Mans datasets under {@code src/test/resources/bad-inputs/} — fed to the CLI as a
 * user would ({@code paddock load DIR}, {@code paddock import ergast|lemans DIR}) against the shared test server. Each
 * case states the exact line the user sees and what the graph holds afterwards:
 * <ul>
 *   <li>refused: exit 1, one line on stderr, the graph exactly as before (every node and relationship with every
 *       property);</li>
 *   <li>rows left out: exit 2, the good rows written and every bad one listed as {@code file:line: column: why};</li>
 *   <li>loads: exit 0 and the odd value stored verbatim, with no node more than the input describes.</li>
 * </ul>
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BadInputCatalogueIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NL = System.lineSeparator();
    private static final String PLM = "articles/000_a2ddb8a8b78fb99c.json";
    private static final String LAGUNA = "articles/001_40dddd42d94a9a30.json";
    private static final String CYPHER_INJECTION = "Robert \"Bobby\" O'Neil `}) DETACH DELETE n // {x: $y} MATCH (m) RETURN m; CREATE (:Hack)";
    private static final String EMOJI_RTL = "Zoë 🏁 Ünal-محمد بن سليمان 🇸🇦";

    /** Nodes and relationships of the unbroken Le Mans fixture imported on an empty graph. */
    private static final long LEMANS_NODES = 35;
    private static final long LEMANS_RELATIONSHIPS = 52;

    private static Paddock paddock;
    private static List<String> seeded;

    @TempDir
    Path temp;

    @BeforeAll
    static void seed() {
        paddock = TestNeo4j.seeded();
        seeded = export();
    }

    @AfterAll
    static void close() throws IOException {
        paddock.close();
        // What users saw, case by case: the source of the table in docs/reliability.md.
        Files.write(Path.of("target", "bad-input-catalogue.md"), observed, StandardCharsets.UTF_8);
    }

    private static final List<String> observed = new ArrayList<>();

    /** What the user runs. */
    enum Tool {
        SEED("load"), ERGAST("import", "ergast"), LEMANS("import", "lemans");

        final String[] command;

        Tool(String... command) {
            this.command = command;
        }
    }

    /** What happens: refused (1), imported with rows left out (2), loaded (0). */
    enum Outcome { REFUSED, ROWS_LEFT_OUT, LOADS }

    /**
     * One catalogue case.
     *
     * @param name     what is wrong, as the docs list it
     * @param tool     the command that reads it
     * @param breakIt  turns the good copy into the bad input
     * @param outcome  what the command does
     * @param lines    the exact lines the user sees ({dir} is the input folder): the error, or the rows left out
     * @param graph    a check of the graph after the command (null: unchanged for REFUSED)
     */
    record Case(String name, Tool tool, Consumer<Path> breakIt, Outcome outcome, List<String> lines, Consumer<Paddock> graph) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> catalogue() {
        List<Case> cases = new ArrayList<>();
        // --- the seed format: paddock load DIR; any problem refuses the whole seed ---
        cases.add(refused("seed: malformed JSON (a trailing comma)", Tool.SEED,
                d -> replace(d.resolve(PLM), "\"paragraphs\": 5\n  },", "\"paragraphs\": 5,\n  },"),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": not valid JSON at line 8, column 3: "
                        + "Unexpected character ('}' (code 125)): was expecting double-quote to start field name"));
        cases.add(refused("seed: truncated file (cut inside a field name)", Tool.SEED, d -> truncate(d.resolve(PLM), 0.5),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": not valid JSON at line 110, column 6: "
                        + "Unexpected end-of-input in field name (the file ends too early: truncated?)"));
        cases.add(refused("seed: truncated file (cut after a complete value)", Tool.SEED, d -> truncateAt(d.resolve(PLM), "\"paragraphs\": 5"),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": not valid JSON at line 7, column 20: "
                        + "Unexpected end-of-input: expected close marker for Object (the file ends too early: truncated?)"));
        cases.add(refused("seed: empty registry file", Tool.SEED, d -> write(d.resolve("registry.json"), new byte[0]),
                "Seed rejected, nothing was written: {dir}/registry.json: empty file, expected a JSON object"));
        cases.add(refused("seed: Latin-1 bytes in a UTF-8 file", Tool.SEED,
                d -> replaceBytes(d.resolve("registry.json"), "Stefan Mücke", "Stefan M\u00fccke".getBytes(StandardCharsets.ISO_8859_1)),
                "Seed rejected, nothing was written: {dir}/registry.json: not UTF-8 text: line %d, column 24 has byte 0xFC "
                        + "(save the file as UTF-8)"));
        cases.add(refused("seed: UTF-16 file (byte-order mark)", Tool.SEED,
                d -> reencode(d.resolve(PLM), StandardCharsets.UTF_16LE, new byte[]{(byte) 0xFF, (byte) 0xFE}),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": not UTF-8 text: it starts with a UTF-16 "
                        + "byte-order mark (save the file as UTF-8)"));
        cases.add(refused("seed: missing required field (an entry without its event)", Tool.SEED,
                d -> replace(d.resolve(PLM), "\"event\": \"alms-2007-petit-le-mans\",\n      \"class\"", "\"class\""),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": $.entries[0]: required property 'event' not found"));
        cases.add(refused("seed: wrong type (a position as text)", Tool.SEED,
                d -> replace(d.resolve(PLM), "\"position\": 1,", "\"position\": \"1\","),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": $.results[0].position: string found, integer expected"));
        cases.add(refused("seed: unknown reference (an entry naming a driver that does not exist)", Tool.SEED,
                d -> replace(d.resolve(PLM), "\"crew\": [", "\"crew\": [\"nobody-known\", "),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": $.entries[0].crew[0]: unknown driver 'nobody-known'"));
        cases.add(refused("seed: unknown source in provenance", Tool.SEED,
                d -> replace(d.resolve(PLM), "\"000_a2ddb8a8b78fb99c#p1\"", "\"999_0000000000000000#p1\""),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": $.events[0].src[0]: unknown source "
                        + "'999_0000000000000000' (no article file declares it)"));
        cases.add(refused("seed: duplicate id (two drivers with one id)", Tool.SEED,
                d -> replace(d.resolve("registry.json"), "\"drivers\": [", "\"drivers\": [" + newDriver("bill-auberlen")),
                "Seed rejected, nothing was written: {dir}/registry.json: $.drivers[%d].id: duplicate driver id 'bill-auberlen' "
                        + "(first defined at {dir}/registry.json: $.drivers[0])"));
        cases.add(refused("seed: duplicate key in one JSON object", Tool.SEED,
                d -> replace(d.resolve("registry.json"), "\"name\": \"Andy Wallace\",", "\"name\": \"Andy Wallace\", \"name\": \"A. Wallace\","),
                "Seed rejected, nothing was written: {dir}/registry.json: not valid JSON at line %d, column %d: Duplicate field 'name'"));
        cases.add(refused("seed: contradictory results (two results for one entry in one session)", Tool.SEED,
                d -> replace(d.resolve(PLM), "\"entry\": \"alms-2007-petit-le-mans-audi-capello\",\n      \"session\": \"alms-2007-petit-le-mans-race\",\n      \"status\": \"CLASSIFIED\",\n      \"position\": 1,",
                        "\"entry\": \"alms-2007-petit-le-mans-audi-capello\",\n      \"session\": \"alms-2007-petit-le-mans-race\",\n      \"status\": \"CLASSIFIED\",\n      \"position\": 1,\n      \"src\": [\"000_a2ddb8a8b78fb99c#p1\"]\n    },\n    {\n      \"entry\": \"alms-2007-petit-le-mans-audi-capello\",\n      \"session\": \"alms-2007-petit-le-mans-race\",\n      \"status\": \"CLASSIFIED\",\n      \"position\": 3,"),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": $.results[1]: a second result for entry "
                        + "'alms-2007-petit-le-mans-audi-capello' in session 'alms-2007-petit-le-mans-race' (first at {dir}/" + PLM + ": $.results[0])"));
        cases.add(refused("seed: contradictory positions (two cars first in one session)", Tool.SEED,
                d -> replace(d.resolve(PLM), "\"position\": 2,", "\"position\": 1,"),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": $.results[%d].position: position 1 twice in session "
                        + "'alms-2007-petit-le-mans-race' (also at $.results[0])"));
        cases.add(refused("seed: contradictory car numbers (two entries with car 6 in one event)", Tool.SEED,
                d -> replace(d.resolve(LAGUNA), "\"number\": \"7\"", "\"number\": \"6\""),
                "Seed rejected, nothing was written: {dir}/" + LAGUNA + ": $.entries[%d].number: car 6 twice in event "
                        + "'alms-2007-laguna-seca' (also at $.entries[%d])"));
        cases.add(refused("seed: huge value (position 10^12)", Tool.SEED,
                d -> replace(d.resolve(PLM), "\"position\": 1,", "\"position\": 1000000000000,"),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": $.results[0].position: 1000000000000 is out of range (at most 100,000)"));
        cases.add(refused("seed: huge value (laps beyond a 64-bit integer)", Tool.SEED,
                d -> replace(d.resolve(PLM), "\"position\": 1,", "\"position\": 1, \"laps\": 123456789012345678901234567890,"),
                "Seed rejected, nothing was written: {dir}/" + PLM + ": $.results[0].laps: 123456789012345678901234567890 is out of range (at most 100,000)"));
        cases.add(refused("seed: a 10 MB name", Tool.SEED,
                d -> replace(d.resolve("registry.json"), "\"name\": \"Andy Wallace\"", "\"name\": \"" + "A".repeat(10 * 1024 * 1024) + "\""),
                "Seed rejected, nothing was written: {dir}/registry.json: $.drivers[%d].name: 10,485,760 characters, more than the 1,000 a text may have"));
        cases.add(refused("seed: an id carrying Cypher", Tool.SEED,
                d -> replace(d.resolve("registry.json"), "\"drivers\": [", "\"drivers\": [" + newDriver("x'}) DETACH DELETE n //")),
                "Seed rejected, nothing was written: {dir}/registry.json: $.drivers[0].id: does not match the regex pattern ^[a-z0-9]+(-[a-z0-9]+)*$"));
        cases.add(refused("seed: not a seed folder (empty directory)", Tool.SEED, d -> deleteAll(d),
                "Not a seed directory (no registry.json): {dir}"));
        cases.add(loads("seed: a name with quotes, backticks, braces and Cypher keywords", Tool.SEED,
                d -> replace(d.resolve("registry.json"), "\"name\": \"Andy Wallace\"", "\"name\": " + quoted(CYPHER_INJECTION)),
                p -> {
                    assertThat(single("MATCH (d:Driver {id: 'andy-wallace'}) RETURN d.name AS v")).isEqualTo(CYPHER_INJECTION);
                    assertSameShapeAsSeed();
                }));
        cases.add(loads("seed: emoji and right-to-left text in a name", Tool.SEED,
                d -> replace(d.resolve("registry.json"), "\"name\": \"Andy Wallace\"", "\"name\": " + quoted(EMOJI_RTL)),
                p -> {
                    assertThat(single("MATCH (d:Driver {id: 'andy-wallace'}) RETURN d.name AS v")).isEqualTo(EMOJI_RTL);
                    assertSameShapeAsSeed();
                }));
        cases.add(loads("seed: a very long name (1,000 characters, the most allowed)", Tool.SEED,
                d -> replace(d.resolve("registry.json"), "\"name\": \"Andy Wallace\"", "\"name\": \"Andy " + "W".repeat(995) + "\""),
                p -> {
                    assertThat(single("MATCH (d:Driver {id: 'andy-wallace'}) RETURN size(d.name) AS v")).isEqualTo(1000L);
                    assertSameShapeAsSeed();
                }));

        // --- Le Mans CSV: paddock import lemans DIR; a broken file is refused, a bad row is left out and listed ---
        cases.add(refused("lemans: unbalanced quote", Tool.LEMANS,
                d -> replaceLine(d.resolve("results_in.csv"), 3, "2031;2;HYPERCAR;8;JPN;\"Team Probe;JPN|NZL|CHE;Daichi Shiken;Toyota GR010;;;369;4986.5;;"),
                "results_in.csv:3: unreadable CSV: Missing closing quote for value"));
        cases.add(rowsLeftOut("lemans: a row with more fields than the header", Tool.LEMANS,
                d -> replaceLine(d.resolve("results_in.csv"), 3, "2031;2;HYPERCAR;8;JPN;Team; Probe;JPN|NZL|CHE;Daichi Shiken|Evan Trialson|Fabio Versuch;Toyota GR010;Toyota 3.5L V6 Turbo Hybrid;Michelin;369;4986.5;;"),
                List.of("results_in.csv:3: (columns): 16 fields, the header has 15 (a separator inside an unquoted value?)"),
                p -> assertThat(entries2031()).isEqualTo(2L)));
        cases.add(rowsLeftOut("lemans: truncated file (the last line cut short)", Tool.LEMANS,
                d -> truncateAt(d.resolve("results_in.csv"), "Gavin Checkley|Hank"),
                List.of("results_in.csv:4: (columns): 8 fields, the header has 15 (a truncated line?)"),
                p -> assertThat(entries2031()).isEqualTo(2L)));
        cases.add(refused("lemans: Latin-1 bytes in a UTF-8 file", Tool.LEMANS,
                d -> replaceBytes(d.resolve("results_in.csv"), "Zürich", "Z\u00fcrich".getBytes(StandardCharsets.ISO_8859_1),
                        "Test Racing", "Zürich"),
                "results_in.csv: not UTF-8 text: line 4, column 23 has byte 0xFC (save the file as UTF-8)"));
        cases.add(refused("lemans: UTF-16 file (byte-order mark)", Tool.LEMANS,
                d -> reencode(d.resolve("results_in.csv"), StandardCharsets.UTF_16LE, new byte[]{(byte) 0xFF, (byte) 0xFE}),
                "results_in.csv: not UTF-8 text: it starts with a UTF-16 byte-order mark (save the file as UTF-8)"));
        cases.add(refused("lemans: empty file", Tool.LEMANS, d -> write(d.resolve("results_in.csv"), new byte[0]),
                "results_in.csv: empty file, expected a header line with [Year, Pos, Class, No, TeamCtry, Team, DrCtry, "
                        + "Drivers, Chassis, Engine, Tyres, Laps, Distance, Time, Reason]"));
        cases.add(refused("lemans: missing required column", Tool.LEMANS,
                d -> replaceLine(d.resolve("races.csv"), 1, "Id,Circuit_Id,Date,Start_time,Cancelled,Cancellation_reason,Distance_km,Laps"),
                "races.csv:1: missing column 'Event_date' (header: [Id, Circuit_Id, Date, Start_time, Cancelled, "
                        + "Cancellation_reason, Distance_km, Laps])"));
        cases.add(rowsLeftOut("lemans: missing required value (no year)", Tool.LEMANS,
                d -> replace(d.resolve("results_in.csv"), "2031;DNF", ";DNF"),
                List.of("results_in.csv:4: Year: missing value"),
                p -> assertThat(entries2031()).isEqualTo(2L)));
        cases.add(rowsLeftOut("lemans: wrong type (distance as words)", Tool.LEMANS,
                d -> replace(d.resolve("results_in.csv"), ";4986.5;", ";far;"),
                List.of("results_in.csv:3: Distance: not a number: 'far'"),
                p -> assertThat(entries2031()).isEqualTo(2L)));
        cases.add(rowsLeftOut("lemans: unknown reference (a year races.csv does not have)", Tool.LEMANS,
                d -> replace(d.resolve("results_in.csv"), "2031;DNF", "2040;DNF"),
                List.of("results_in.csv:4: Year: no edition 2040 in races.csv"),
                p -> assertThat(entries2031()).isEqualTo(2L)));
        cases.add(rowsLeftOut("lemans: huge value (position 10^12)", Tool.LEMANS,
                d -> replace(d.resolve("results_in.csv"), "2031;2;", "2031;1000000000000;"),
                List.of("results_in.csv:3: Pos: out of range: '1000000000000' (at most 2147483647)"),
                p -> assertThat(entries2031()).isEqualTo(2L)));
        cases.add(rowsLeftOut("lemans: huge value (laps beyond a 32-bit integer)", Tool.LEMANS,
                d -> replace(d.resolve("results_in.csv"), ";369;", ";99999999999;"),
                List.of("results_in.csv:3: Laps: out of range: '99999999999' (at most 2147483647)"),
                p -> assertThat(entries2031()).isEqualTo(2L)));
        cases.add(rowsLeftOut("lemans: a 10 MB team name", Tool.LEMANS,
                d -> replace(d.resolve("results_in.csv"), "Team Probe", "T".repeat(10 * 1024 * 1024)),
                List.of("results_in.csv:3: Team: 10,485,760 characters, more than the 1,000 a value may have"),
                p -> assertThat(entries2031()).isEqualTo(2L)));
        cases.add(loads("lemans: names with quotes, backticks, braces and Cypher keywords", Tool.LEMANS,
                d -> replace(d.resolve("results_in.csv"), "Team Probe;JPN|NZL|CHE;Daichi Shiken",
                        "\"" + CYPHER_INJECTION.replace("\"", "\"\"") + "\";JPN|NZL|CHE;MATCH (n) DETACH DELETE n"),
                p -> {
                    assertThat(single("MATCH (t:Team)<-[:OF_TEAM]-(:Squad)<-[:FOR_SQUAD]-(:Entry {id: 'lemans-2031-8'}) RETURN t.name AS v"))
                            .isEqualTo(CYPHER_INJECTION);
                    assertThat(single("MATCH (d:Driver)-[:DROVE]->(:Entry {id: 'lemans-2031-8'}) WHERE d.name STARTS WITH 'MATCH' RETURN d.name AS v"))
                            .isEqualTo("MATCH (n) DETACH DELETE n");
                    assertTheLeMansFixtureAddedItsNodesOnly();
                }));
        cases.add(loads("lemans: emoji and right-to-left names", Tool.LEMANS,
                d -> replace(d.resolve("results_in.csv"), "Evan Trialson", EMOJI_RTL),
                p -> {
                    assertThat(single("MATCH (d:Driver)-[:DROVE]->(:Entry {id: 'lemans-2031-8'}) WHERE d.name STARTS WITH 'Zo' RETURN d.name AS v"))
                            .isEqualTo(EMOJI_RTL);
                    assertTheLeMansFixtureAddedItsNodesOnly();
                }));
        cases.add(loads("lemans: names in Arabic and Japanese script stay two people", Tool.LEMANS,
                d -> replace(d.resolve("results_in.csv"), "Daichi Shiken|Evan Trialson", "佐藤琢磨|محمد بن سليمان"),
                p -> {
                    assertThat(single("MATCH (d:Driver)-[:DROVE]->(:Entry {id: 'lemans-2031-8'}) WHERE NOT d.name =~ '[A-Za-z ]+' "
                            + "RETURN collect(d.name) AS v")).asList().containsExactlyInAnyOrder("佐藤琢磨", "محمد بن سليمان");
                    assertTheLeMansFixtureAddedItsNodesOnly();
                }));
        cases.add(rowsLeftOut("lemans: a driver name of emoji only (no id can be made from it)", Tool.LEMANS,
                d -> replace(d.resolve("results_in.csv"), "Evan Trialson", "🏁🏎️"),
                List.of("results_in.csv:3: Drivers: no letter or digit in '🏁🏎️' to make an id from"),
                p -> assertThat(entries2031()).isEqualTo(2L)));
        cases.add(loads("lemans: a very long team name (1,000 characters)", Tool.LEMANS,
                d -> replace(d.resolve("results_in.csv"), "Team Probe", "Team " + "P".repeat(995)),
                p -> {
                    assertThat(single("MATCH (t:Team)<-[:OF_TEAM]-(:Squad)<-[:FOR_SQUAD]-(:Entry {id: 'lemans-2031-8'}) RETURN size(t.name) AS v"))
                            .isEqualTo(1000L);
                    assertTheLeMansFixtureAddedItsNodesOnly();
                }));

        // --- Formula 1 in the Ergast CSV layout: paddock import ergast DIR ---
        cases.add(refused("ergast: a missing file", Tool.ERGAST, d -> delete(d.resolve("qualifying.csv")),
                "{dir}/qualifying.csv: file not found"));
        cases.add(rowsLeftOut("ergast: unknown reference (a result naming a driver that does not exist)", Tool.ERGAST,
                d -> replace(d.resolve("results.csv"), "90003,5001,703,", "90003,5001,799,"),
                List.of("results.csv:4: driverId: unknown driver 799"),
                p -> assertThat(single("MATCH (r:Result)-[:IN_SESSION]->(:Session {id: 'f1-2031-probestadt-grand-prix-race'}) RETURN count(r) AS v"))
                        .isEqualTo(2L)));
        cases.add(rowsLeftOut("ergast: duplicate id (two drivers with id 702)", Tool.ERGAST,
                d -> append(d.resolve("drivers.csv"), "702,\"impostor\",\\N,\"IMP\",\"Ivan\",\"Impostor\",\"2001-01-01\",\"Russian\",\"http://example.org\"\n"),
                List.of("drivers.csv:5: driverId: duplicate id 702 (first at line 3)"),
                p -> assertThat(single("MATCH (d:Driver) WHERE d.name IN ['Brian Testwood', 'Ivan Impostor'] RETURN collect(d.name) AS v"))
                        .isEqualTo(List.of("Brian Testwood"))));
        cases.add(rowsLeftOut("ergast: contradictory results (a second, different result for one car and driver)", Tool.ERGAST,
                d -> append(d.resolve("results.csv"), "90004,5001,702,801,8,2,3,3,3,15,57,+9.000,5409000,41,2,1:31.500,209.0,1\n"),
                List.of("results.csv:5: driverId: a second row for driver 702 in car 8 of race 5001 (position 3) contradicts line 3"),
                p -> assertThat(single("MATCH (r:Result)-[:OF_ENTRY]->(:Entry {id: 'f1-2031-probestadt-grand-prix-8'}), "
                        + "(r)-[:IN_SESSION]->(:Session {type: 'RACE'}) RETURN collect(r.position) AS v")).isEqualTo(List.of(2L))));
        cases.add(rowsLeftOut("ergast: wrong type (a birth date that is no date)", Tool.ERGAST,
                d -> replace(d.resolve("drivers.csv"), "\"2004-02-02\"", "\"02/02/2004\""),
                List.of("drivers.csv:3: dob: not a date (YYYY-MM-DD): '02/02/2004'",
                        "results.csv:3: driverId: unknown driver 702", "qualifying.csv:3: driverId: unknown driver 702",
                        "driver_standings.csv:3: driverId: no such driver in the imported races: 702"),
                p -> assertThat(single("MATCH (d:Driver) WHERE d.name = 'Brian Testwood' RETURN count(d) AS v")).isEqualTo(0L)));
        cases.add(rowsLeftOut("ergast: a driver named with emoji only", Tool.ERGAST,
                d -> replace(d.resolve("drivers.csv"), "\"Daichi\",\"Shiken\"", "\"🏁\",\"🏎️\""),
                List.of("drivers.csv:4: surname: no letter or digit in '🏁 🏎️' to make an id from",
                        "results.csv:4: driverId: unknown driver 703", "qualifying.csv:4: driverId: unknown driver 703",
                        "driver_standings.csv:4: driverId: no such driver in the imported races: 703"),
                p -> assertThat(single("MATCH (r:Result)-[:IN_SESSION]->(:Session {id: 'f1-2031-probestadt-grand-prix-race'}) RETURN count(r) AS v"))
                        .isEqualTo(2L)));
        cases.add(rowsLeftOut("ergast: wrong type (grid as a word)", Tool.ERGAST,
                d -> replace(d.resolve("results.csv"), "90002,5001,702,801,8,2,", "90002,5001,702,801,8,pole,"),
                List.of("results.csv:3: grid: not a whole number: 'pole'"),
                p -> assertThat(single("MATCH (r:Result)-[:IN_SESSION]->(:Session {id: 'f1-2031-probestadt-grand-prix-race'}) RETURN count(r) AS v"))
                        .isEqualTo(2L)));
        // Found by the generated inputs of FrontDoorFuzzTests (issue 22), each kept here as a case of its own.
        cases.add(rowsLeftOut("ergast: a constructors' standing naming a constructor that does not exist (was a crash)", Tool.ERGAST,
                d -> replace(d.resolve("constructor_standings.csv"), "2,5001,802,", "2,5001,899,"),
                List.of("constructor_standings.csv:3: constructorId: no such constructor in the imported races: 899"),
                p -> assertThat(single("MATCH (:Championship {id: 'f1-2031-constructors'})<-[s:STANDING]-() RETURN count(s) AS v"))
                        .isEqualTo(1L)));
        cases.add(rowsLeftOut("lemans: a circuit layout without its date (was a crash)", Tool.LEMANS,
                d -> replace(d.resolve("circuits.csv"), "2018-01-01", ""),
                List.of("circuits.csv:2: Since: missing value"),
                p -> assertThat(entries2031()).isEqualTo(3L)));
        cases.add(refused("lemans: a NUL byte in a header (shown as \\u0000, not sent to the terminal)", Tool.LEMANS,
                d -> replace(d.resolve("circuits.csv"), "Name,Since", "\u0000Name,Since"),
                "circuits.csv:1: missing column 'Name' (header: [\\u0000Name, Since, Length_km, Changes])"));
        // The refusals first, each against the seeded graph it must leave as it was; then the cases that write, each
        // on an emptied graph (cheaper than loading the seed again for each).
        return Stream.concat(cases.stream().filter(c -> c.outcome() == Outcome.REFUSED),
                cases.stream().filter(c -> c.outcome() != Outcome.REFUSED));
    }

    @ParameterizedTest(name = "{0}")
    @Order(1)
    @MethodSource("catalogue")
    void theUserSeesExactlyWhatIsWrong(Case c) {
        Path dir = temp.resolve(c.tool().name().toLowerCase(java.util.Locale.ROOT));
        goodCopy(c.tool(), dir);
        c.breakIt().accept(dir);
        if (c.outcome() != Outcome.REFUSED) {
            TestNeo4j.clear(paddock);
        }
        List<String> args = new ArrayList<>(Arrays.asList(c.tool().command));
        args.addAll(List.of(dir.toString(), "--uri", TestNeo4j.uri()));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        synchronized (observed) {
            String shown = run.err().lines().filter(l -> l.startsWith("paddock: ") || l.matches("  [^ ]+\\.csv:[0-9]+: .*"))
                    .map(l -> l.replace(dir.toString(), "DIR").strip()).collect(java.util.stream.Collectors.joining("<br>"));
            observed.add("| " + c.name() + " | `paddock " + String.join(" ", c.tool().command) + " DIR` | " + run.exitCode()
                    + " | `" + shown.replace("|", "\\|").replace("<br>", "`<br>`") + "` |");
        }
            List<String> expected = c.lines().stream().map(l -> l.replace("{dir}", dir.toString())).toList();
            assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception");
            switch (c.outcome()) {
                case REFUSED -> {
                    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
                    assertThat(run.err().lines()).as(run.err()).hasSize(c.tool() == Tool.SEED ? 1 : 2);
                    List<String> err = run.err().lines().toList();
                    assertThat(err.get(err.size() - 1)).as("the one error line")
                            .matches(pattern("paddock: " + expected.get(0)));
                    assertThat(export()).as("the graph, unchanged").isEqualTo(seeded);
                }
                case ROWS_LEFT_OUT -> {
                    assertThat(run.exitCode()).as(run.err()).isEqualTo(ImportCommand.ROWS_REJECTED);
                    assertThat(run.err()).contains("Rejected rows (" + expected.size() + "):" + NL
                            + String.join(NL, expected.stream().map(l -> "  " + l).toList()) + NL);
                    c.graph().accept(paddock);
                }
                case LOADS -> {
                    assertThat(run.exitCode()).as(run.err()).isZero();
                    assertThat(run.err()).doesNotContain("Rejected rows");
                    c.graph().accept(paddock);
                }
            }
    }

    /**
     * Odd names keep ids stable: both fixtures, with the Cypher-like and the emoji/right-to-left names in them, imported
     * twice on top of the seed leave the same full export, and the second pass creates nothing.
     */
    @Test
    @Order(2)
    void importingOddNamesTwiceLeavesTheSameGraph() {
        Path lemans = temp.resolve("lemans");
        Path ergast = temp.resolve("ergast");
        goodCopy(Tool.LEMANS, lemans);
        goodCopy(Tool.ERGAST, ergast);
        replace(lemans.resolve("results_in.csv"), "Team Probe;JPN|NZL|CHE;Daichi Shiken|Evan Trialson",
                "\"" + CYPHER_INJECTION.replace("\"", "\"\"") + "\";JPN|NZL|CHE;MATCH (n) DETACH DELETE n|" + EMOJI_RTL);
        replace(ergast.resolve("drivers.csv"), "\"Brian\",\"Testwood\"", "\"Brian \"\"Bobby\"\" `{}`\",\"O'Testwood\"");
        TestNeo4j.clear(paddock);
        paddock.loadShippedSeed();
        paddock.importer().lemans(lemans, io.paddock.importer.YearRange.all(), p -> { });
        paddock.importer().ergast(ergast, io.paddock.importer.YearRange.all(), p -> { });
        List<String> once = export();

        var lemansAgain = paddock.importer().lemans(lemans, io.paddock.importer.YearRange.all(), p -> { });
        var ergastAgain = paddock.importer().ergast(ergast, io.paddock.importer.YearRange.all(), p -> { });
        paddock.loadShippedSeed();

        assertThat(lemansAgain.written().nodesCreated() + lemansAgain.written().relationshipsCreated()).isZero();
        assertThat(ergastAgain.written().nodesCreated() + ergastAgain.written().relationshipsCreated()).isZero();
        assertThat(export()).isEqualTo(once);
        assertThat(single("MATCH (d:Driver) WHERE d.name CONTAINS 'Bobby' RETURN d.name AS v")).isEqualTo("Brian \"Bobby\" `{}` O'Testwood");
        TestNeo4j.clear(paddock);
        paddock.loadShippedSeed();
    }

    /**
     * Options a command cannot honour (issue 19, ADR 0028): a filter its query does not apply, {@code --csv} with
     * {@code --json}. Refused in one line before anything runs: exit 1, the graph as it was.
     */
    static Stream<OptionCase> optionRefusals() {
        return Stream.of(
                new OptionCase(List.of("path", "Richard Lietz", "Seth Neiman", "--class", "GT2"),
                        "paddock: path does not take --class: its query applies only --season, --from, --to and --series "
                                + "(a chain's links are at different events, in any class)."),
                new OptionCase(List.of("path", "lietz", "neiman", "--event", "Petit Le Mans 2007", "--limit", "2"),
                        "paddock: path does not take --event or --limit: its query applies only --season, --from, --to and "
                                + "--series (a chain's links are at different events, in any class)."),
                new OptionCase(List.of("crossover", "--class", "LMP2"),
                        "paddock: crossover does not take --class: its query applies only --season, --from, --to, --series "
                                + "and --limit."),
                new OptionCase(List.of("crossover", "--event", "Petit Le Mans 2007"),
                        "paddock: crossover does not take --event: its query applies only --season, --from, --to, --series "
                                + "and --limit."),
                new OptionCase(List.of("career", "Timo Bernhard", "--limit", "3"),
                        "paddock: career does not take --limit: its query applies only --season, --from, --to, --series, "
                                + "--class and --event."),
                new OptionCase(List.of("rivals", "Timo Bernhard", "--event", "Petit Le Mans 2007"),
                        "paddock: rivals does not take --event: its query applies only --season, --from, --to, --series, "
                                + "--class and --limit."),
                new OptionCase(List.of("teammates", "Timo Bernhard", "--with", "Romain Dumas", "--season", "2007"),
                        "paddock: teammates --with does not take --season: it applies none of the shared filters (it lists "
                                + "every event the two shared)."),
                new OptionCase(List.of("network", "central", "--event", "Petit Le Mans 2007"),
                        "paddock: network central does not take --event: its query applies only --season, --from, --to, "
                                + "--series, --class and --limit (one event is too small a network)."),
                new OptionCase(List.of("network", "separation", "--limit", "5"),
                        "paddock: network separation does not take --limit: its query applies only --season, --from, --to, "
                                + "--series and --class (it ranks nothing; one event is too small a network)."),
                new OptionCase(List.of("career", "Timo Bernhard", "--csv", "--json"),
                        "paddock: --csv and --json exclude each other: pick one"));
    }

    /** A command line a user types, and the one line they see. */
    record OptionCase(List<String> args, String line) {
        @Override
        public String toString() {
            return "paddock " + String.join(" ", args);
        }
    }

    @ParameterizedTest(name = "{0}")
    @Order(3)
    @MethodSource("optionRefusals")
    void anOptionTheCommandCannotHonourIsRefusedBeforeItRuns(OptionCase c) {
        List<String> args = new ArrayList<>(c.args());
        args.addAll(List.of("--uri", TestNeo4j.uri()));
        CliRun run = CliRun.run(args.toArray(String[]::new));
        synchronized (observed) {
            observed.add("| option the command cannot honour | `" + c + "` | " + run.exitCode() + " | `"
                    + run.err().strip().replace("|", "\\|") + "` |");
        }
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(c.line() + NL);
        assertThat(export()).as("the graph, unchanged").isEqualTo(seeded);
    }

    // --- the three outcomes ---

    private static Case refused(String name, Tool tool, Consumer<Path> breakIt, String message) {
        return new Case(name, tool, breakIt, Outcome.REFUSED, List.of(message), null);
    }

    private static Case rowsLeftOut(String name, Tool tool, Consumer<Path> breakIt, List<String> rejected, Consumer<Paddock> graph) {
        return new Case(name, tool, breakIt, Outcome.ROWS_LEFT_OUT, rejected, graph);
    }

    private static Case loads(String name, Tool tool, Consumer<Path> breakIt, Consumer<Paddock> graph) {
        return new Case(name, tool, breakIt, Outcome.LOADS, List.of(), graph);
    }

    /** The expected line as a regex: literal text, with %d standing for a line, column or index number. */
    private static String pattern(String expected) {
        StringBuilder regex = new StringBuilder();
        String[] parts = expected.split("%d", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(java.util.regex.Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append("[0-9]+");
            }
        }
        return regex.toString();
    }

    // --- the graph afterwards ---

    /** The whole graph as sorted lines (see {@link GraphExport}). */
    static List<String> export() {
        return GraphExport.of(paddock);
    }

    private static Object single(String query) {
        List<Map<String, Object>> rows = paddock.cypher(query, Map.of());
        assertThat(rows).as(query).hasSize(1);
        return rows.get(0).get("v");
    }

    private static long count(String query) {
        return ((Number) single(query)).longValue();
    }

    private static long entries2031() {
        return count("MATCH (:Event {id: 'lemans-2031'})<-[:IN_EVENT]-(n:Entry) RETURN count(n) AS v");
    }

    /** A renamed driver, loaded on an empty graph: as many nodes and relationships as the seed has, no :Hack anywhere. */
    private static void assertSameShapeAsSeed() {
        assertThat(count("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__' OR l IN ['Tally', 'Tallies']) RETURN count(n) AS v"))
                .isEqualTo(seeded.stream().filter(l -> l.startsWith("node ")).count());
        assertThat(count("MATCH (a)-[r]->() WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__' OR l IN ['Tally', 'Tallies']) RETURN count(r) AS v"))
                .isEqualTo(seeded.stream().filter(l -> l.startsWith("rel ")).count());
        assertThat(count("MATCH (h:Hack) RETURN count(h) AS v")).isZero();
    }

    /**
     * The Le Mans fixture, imported on an empty graph: its 3 entries, 8 drivers and 3 teams, the same node and
     * relationship counts as the unbroken fixture, and nothing named Hack.
     */
    private static void assertTheLeMansFixtureAddedItsNodesOnly() {
        assertThat(entries2031()).isEqualTo(3L);
        assertThat(count("MATCH (d:Driver) RETURN count(d) AS v")).isEqualTo(8L);
        assertThat(count("MATCH (t:Team) RETURN count(t) AS v")).isEqualTo(3L);
        assertThat(count("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__' OR l IN ['Tally', 'Tallies']) RETURN count(n) AS v")).isEqualTo(LEMANS_NODES);
        assertThat(count("MATCH (a)-[r]->() WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__' OR l IN ['Tally', 'Tallies']) RETURN count(r) AS v"))
                .isEqualTo(LEMANS_RELATIONSHIPS);
        assertThat(count("MATCH (h:Hack) RETURN count(h) AS v")).isZero();
    }

    // --- making the inputs ---

    private static void goodCopy(Tool tool, Path dir) {
        try {
            switch (tool) {
                case SEED -> SeedFixtures.copyOfShippedSeed(dir);
                case ERGAST -> TestFiles.copyResources("bad-inputs/ergast", dir, List.of("status.csv", "circuits.csv", "constructors.csv",
                        "drivers.csv", "races.csv", "results.csv", "sprint_results.csv", "qualifying.csv", "pit_stops.csv",
                        "driver_standings.csv", "constructor_standings.csv"));
                case LEMANS -> TestFiles.copyResources("bad-inputs/lemans", dir, List.of("circuits.csv", "races.csv", "results_in.csv"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A registry driver object with this id, ahead of the others. */
    private static String newDriver(String id) {
        return "{\"id\": " + quoted(id) + ", \"name\": \"William Newman\", \"src\": [\"001_40dddd42d94a9a30#p6\"]},";
    }

    private static String quoted(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path file, String from, String to) {
        SeedFixtures.replaceFirst(file, from, to);
    }

    private static void replaceLine(Path file, int line, String text) {
        try {
            List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
            lines.set(line - 1, text);
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces text with raw bytes (after optional plain replacements made first, in pairs). */
    private static void replaceBytes(Path file, String from, byte[] to, String... before) {
        try {
            String text = Files.readString(file);
            for (int i = 0; i < before.length; i += 2) {
                text = text.replace(before[i], before[i + 1]);
            }
            int at = text.indexOf(from);
            assertThat(at).as(from + " in " + file).isNotNegative();
            byte[] head = text.substring(0, at).getBytes(StandardCharsets.UTF_8);
            byte[] tail = text.substring(at + from.length()).getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + to.length + tail.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(to, 0, all, head.length, to.length);
            System.arraycopy(tail, 0, all, head.length + to.length, tail.length);
            Files.write(file, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void reencode(Path file, java.nio.charset.Charset charset, byte[] bom) {
        try {
            byte[] body = Files.readString(file).getBytes(charset);
            byte[] all = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, all, 0, bom.length);
            System.arraycopy(body, 0, all, bom.length, body.length);
            Files.write(file, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void truncate(Path file, double keep) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, Arrays.copyOf(bytes, (int) (bytes.length * keep)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void truncateAt(Path file, String end) {
        try {
            String text = Files.readString(file);
            Files.writeString(file, text.substring(0, text.indexOf(end) + end.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteAll(Path dir) {
        try {
            TestFiles.deleteRecursively(dir);
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
