package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.paddock.SeededGraph;
import io.paddock.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.paddock.cli.CliRun.run;
import static io.paddock.cli.CliRun.runOnTestServer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * records, teammates and path as a user runs them (--uri) on the seed plus Formula 1 2001–2002 from the Ergast CSV
 * files: a record's table lists its first three wins and how many more (JSON and CSV all of them), and Formula 1,
 * which has no classes, prints no class. Expected figures are read straight from the CSV files.
 */
class F1SliceCommandsIT extends SeededGraph {

    /** Michael Schumacher's wins of 2001–2002 in race order, as "race name year", from races.csv and results.csv. */
    private static List<String> schumacherWins;

    @BeforeAll
    static void importTheSlice() throws IOException {
        importErgast(2001, 2002);
        schumacherWins = winsInRaceOrder("michael_schumacher", 2001, 2002);
    }

    @Test
    void aRecordsTableListsTheFirstThreeWinsAndHowManyMore() {
        CliRun table = runOnTestServer("records", "wins", "--series", "f1", "--limit", "3");

        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(schumacherWins).hasSize(20);
        String row = table.out().lines().filter(l -> l.contains("Michael Schumacher")).findFirst().orElseThrow();
        assertThat(row).matches("1\\s+Michael Schumacher\\s+20\\s+" + java.util.regex.Pattern.quote(schumacherWins.get(0)) + " \\(.*")
                .contains("; " + schumacherWins.get(1) + " (", "; " + schumacherWins.get(2) + " (")
                .contains(") … and 17 more")
                .doesNotContain(schumacherWins.get(3) + " (");
    }

    @Test
    void detailsJsonAndCsvListEveryWin() throws Exception {
        CliRun details = runOnTestServer("records", "wins", "--series", "f1", "--limit", "1", "--details");
        CliRun csv = runOnTestServer("records", "wins", "--series", "f1", "--limit", "1", "--csv");
        CliRun json = runOnTestServer("records", "wins", "--series", "f1", "--limit", "1", "--json");

        for (String win : schumacherWins) {
            assertThat(details.out()).contains(win + " (");
            assertThat(csv.out()).contains(win + " (");
        }
        assertThat(details.out()).doesNotContain("more");
        String detail = json.json().path("counted").get(0).path("detail").asText();
        assertThat(detail.split("; ")).hasSize(20).allSatisfy(phrase -> assertThat(phrase).contains(" ("));
        assertThat(detail).startsWith(schumacherWins.get(0) + " (").contains(schumacherWins.get(19) + " (");
    }

    @Test
    void aFormulaOneCareerAsCsvHasTheWinsOfEachSeasonAndTheTotal() throws Exception {
        CliRun run = runOnTestServer("career", "Michael Schumacher", "--series", "f1", "--csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Map<String, String>> career;
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(run.out())) {
            career = rows.readAll();
        }
        // One row per season of the slice, then the series' total line; wins counted from results.csv.
        assertThat(career).extracting(r -> r.get("season") + ": " + r.get("wins")).containsExactly(
                "2001: " + schumacherWins.stream().filter(w -> w.endsWith(" 2001")).count(),
                "2002: " + schumacherWins.stream().filter(w -> w.endsWith(" 2002")).count(),
                "total (2): " + schumacherWins.size());
        assertThat(career).allSatisfy(r -> assertThat(r.get("teams")).isEqualTo("Ferrari"));
    }

    @Test
    void atATerminalOfAHundredColumnsEveryLineFitsAndTheCountOfTheRestStays() {
        CliRun records = atATerminal(100, "records", "wins", "--series", "f1", "--limit", "3", "--uri", TestNeo4j.uri());
        CliRun partners = atATerminal(100, "teammates", "Michael Schumacher", "--uri", TestNeo4j.uri());

        assertThat(records.exitCode()).as(records.err()).isZero();
        assertThat(records.out().lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(100));
        assertThat(records.out()).containsPattern("1\\s+Michael Schumacher\\s+20\\s+"
                + java.util.regex.Pattern.quote(schumacherWins.get(0)) + ".* and 1[789] more");
        assertThat(partners.exitCode()).as(partners.err()).isZero();
        assertThat(partners.out().lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(100));
        // the first race they shared at Ferrari (races.csv, results.csv), then the count of the others
        assertThat(partners.out()).containsPattern("Rubens Barrichello\\s+\\d+\\s+Formula 1\\s+Australian Grand Prix 2001 #2, Ferrari"
                + "( …)? and \\d+ more");
    }

    @Test
    void formulaOneTeamMatesPrintNoClass() throws Exception {
        CliRun table = runOnTestServer("teammates", "Michael Schumacher", "--with", "Rubens Barrichello");

        assertThat(table.exitCode()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Michael Schumacher and Rubens Barrichello — events shared");
        assertThat(lines.get(1)).matches("series\\s+season\\s+event\\s+role\\s+team\\s+car");
        // 34: the races of 2001 and 2002 in races.csv, in each of which both drove a Ferrari (results.csv)
        assertThat(table.out()).doesNotContain("class").doesNotContain("unknown").contains("(34 rows)");

        JsonNode json = runOnTestServer("teammates", "Michael Schumacher", "--with", "Rubens Barrichello", "--json").json();
        JsonNode first = json.path("events").get(0);
        assertThat(first.path("className").isNull()).isTrue();
        assertThat(first.path("seriesHasClasses").asBoolean(true)).isFalse();
        assertThat(first.path("unknown").path("className").asText()).isEqualTo("this series has no classes");
    }

    @Test
    void aFormulaOneDriverAndEventPrintNoClass() throws Exception {
        CliRun driver = runOnTestServer("driver", "Rubens Barrichello");
        CliRun event = runOnTestServer("event", "Australian Grand Prix 2001");

        assertThat(driver.exitCode()).as(driver.err()).isZero();
        assertThat(driver.out()).doesNotContain("Classes:").doesNotContainPattern("\\bclass\\b")
                .containsPattern("season\\s+event\\s+no\\.\\s+team\\s+car\\s+crew");
        assertThat(event.exitCode()).as(event.err()).isZero();
        // results.csv: Michael Schumacher won the 2001 Australian Grand Prix in car 1, Barrichello third in car 2
        assertThat(event.out()).doesNotContainPattern("\\bclass\\b")
                .containsPattern("\\n1\\s+1\\s+Ferrari\\s+Michael Schumacher")
                .containsPattern("\\n3\\s+2\\s+Ferrari\\s+Rubens Barrichello");

        JsonNode entry = runOnTestServer("driver", "Rubens Barrichello", "--json").json()
                .path("entries").get(0);
        assertThat(entry.path("carClass").isNull()).isTrue();
        assertThat(entry.path("unknown").path("carClass").asText()).isEqualTo("this series has no classes");
    }

    @Test
    void profilesSayHowACarWithoutAPositionEndedTheRace() throws Exception {
        // results.csv, 2001 Australian Grand Prix: Montoya out after 40 laps (Engine), Ralf Schumacher after 4 (Collision)
        CliRun event = runOnTestServer("event", "Australian Grand Prix 2001");
        CliRun driver = runOnTestServer("driver", "Ralf Schumacher");

        assertThat(event.exitCode()).as(event.err()).isZero();
        assertThat(event.out()).containsPattern("\\nretired \\(Engine\\)\\s+6\\s+Williams\\s+Juan Pablo Montoya")
                .doesNotContain("finished, position unknown");
        assertThat(driver.exitCode()).as(driver.err()).isZero();
        assertThat(driver.out()).contains("retired (Collision), 4 laps").doesNotContain("finished, position unknown");
        JsonNode australia = runOnTestServer("driver", "Ralf Schumacher", "--json").json()
                .path("entries").findParents("sessionId").stream()
                .filter(r -> r.path("sessionId").asText().equals("f1-2001-australian-grand-prix-race")).findFirst().orElseThrow();
        assertThat(australia.path("status").asText()).isEqualTo("RETIRED");
        assertThat(australia.path("reason").asText()).isEqualTo("Collision");
        assertThat(australia.path("laps").asInt()).isEqualTo(4);
    }

    @Test
    void aPathThroughFormulaOnePrintsNoClassColumn() {
        CliRun path = runOnTestServer("path", "Michael Schumacher", "Rubens Barrichello");

        assertThat(path.exitCode()).as(path.err()).isZero();
        assertThat(path.out()).containsPattern("link\\s+from\\s+to\\s+role\\s+series\\s+season\\s+event\\s+team\\s+car\\s+events shared")
                .doesNotContain("class");
    }

    @Test
    void h2hShowsTheStatusWhereAPositionIsMissingAndNoClass() throws Exception {
        CliRun table = runOnTestServer("h2h", "Rubens Barrichello", "Ralf Schumacher", "--season", "2001");

        assertThat(table.exitCode()).as(table.err()).isZero();
        List<String> lines = table.out().lines().toList();
        // results.csv, 2001: 17 races both started; 11 – 6 with the retirements ranked by the rule
        assertThat(lines.get(0)).isEqualTo("Rubens Barrichello 11 – 6 Ralf Schumacher (races overall)");
        assertThat(lines.get(1)).startsWith("Races Rubens Barrichello 11 – 6 Ralf Schumacher · qualifying ");
        assertThat(table.out()).doesNotContainPattern("\\bclass\\b").doesNotContain("unknown")
                // Brazil: Barrichello out after 2 laps (status.csv: Collision), Ralf after 54 (Spun off)
                .containsPattern("Brazilian Grand Prix\\s+race\\s+retired \\(Collision\\)\\s+retired \\(Spun off\\)"
                        + "\\s+Ralf Schumacher \\(more laps\\)")
                // Australia: Barrichello third, Ralf out after 4 laps (Collision)
                .containsPattern("Australian Grand Prix\\s+race\\s+P3\\s+retired \\(Collision\\)\\s+Rubens Barrichello\\s")
                .contains("Ahead: the better position; where a position is missing, a classified car is ahead");

        CliRun csv = runOnTestServer("h2h", "Rubens Barrichello", "Ralf Schumacher", "--season", "2001", "--csv");
        assertThat(csv.out()).startsWith("series,season,event,session,\"Rubens Barrichello\",\"Ralf Schumacher\",ahead,\"margin s\"\n")
                .contains("\"Formula 1\",2001,\"Brazilian Grand Prix\",race,\"retired (Collision)\",\"retired (Spun off)\","
                        + "\"Ralf Schumacher (more laps)\",");

        JsonNode json = runOnTestServer("h2h", "Rubens Barrichello", "Ralf Schumacher", "--season", "2001", "--json").json();
        JsonNode h2h = json.path("headToHead");
        assertThat(json.path("aheadRule").asText()).startsWith("Ahead: the better position;");
        assertThat(h2h.path("inClass").isNull()).isTrue();
        assertThat(h2h.path("unknown").path("inClass").asText()).isEqualTo("none of the sessions compared is in a series with classes");
        JsonNode brazil = h2h.path("duels").findParents("event").stream()
                .filter(d -> d.path("event").asText().equals("Brazilian Grand Prix") && d.path("session").asText().equals("RACE"))
                .findFirst().orElseThrow();
        assertThat(brazil.path("outcomeA").path("status").asText()).isEqualTo("RETIRED");
        assertThat(brazil.path("outcomeA").path("reason").asText()).isEqualTo("Collision");
        assertThat(brazil.path("outcomeA").path("laps").asInt()).isEqualTo(2);
        assertThat(brazil.path("aheadRule").asText()).isEqualTo("MORE_LAPS");
        assertThat(brazil.path("unknown").path("positionA").asText()).isEqualTo("no position: retired");
    }

    /** A command line as the server runs it for a launcher whose output is a terminal {@code columns} wide. */
    private static CliRun atATerminal(int columns, String... args) {
        CommandContext.enter(new CommandContext.Remote(Path.of("").toAbsolutePath(), true,
                Map.of("COLUMNS", String.valueOf(columns)), null, null));
        try {
            return run(args);
        } finally {
            CommandContext.leave();
        }
    }

    /** A driver's race wins (positionOrder 1) in the given seasons, in race order, as "race name year". */
    private static List<String> winsInRaceOrder(String driverRef, int from, int to) throws IOException {
        String driverId = rows("drivers.csv").stream().filter(d -> d.get("driverRef").equals(driverRef))
                .map(d -> d.get("driverId")).findFirst().orElseThrow();
        Map<String, Map<String, String>> races = new HashMap<>();
        for (Map<String, String> race : rows("races.csv")) {
            int year = Integer.parseInt(race.get("year"));
            if (year >= from && year <= to) {
                races.put(race.get("raceId"), race);
            }
        }
        List<Map<String, String>> won = new ArrayList<>();
        for (Map<String, String> result : rows("results.csv")) {
            if (races.containsKey(result.get("raceId")) && result.get("driverId").equals(driverId)
                    && result.get("positionOrder").equals("1")) {
                won.add(races.get(result.get("raceId")));
            }
        }
        won.sort(Comparator.comparing((Map<String, String> r) -> Integer.parseInt(r.get("year")))
                .thenComparing(r -> Integer.parseInt(r.get("round"))));
        return won.stream().map(r -> r.get("name") + " " + r.get("year")).toList();
    }

    private static List<Map<String, String>> rows(String file) throws IOException {
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(ERGAST.resolve(file).toFile())) {
            return rows.readAll();
        }
    }
}
