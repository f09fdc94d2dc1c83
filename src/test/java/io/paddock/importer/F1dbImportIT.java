package io.paddock.importer;

import io.paddock.PaddockException;
import io.paddock.SeededGraph;
import io.paddock.TestNeo4j;
import io.paddock.model.HolderKind;
import io.paddock.model.Partner;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import io.paddock.query.QueryFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * F1DB 1950 and 2021–2022 imported on top of the shipped seed, checked against figures read from the YAML files
 * with another parser ({@link F1dbFigures}); then F1DB and Ergast imported in both orders give the same graph.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class F1dbImportIT extends SeededGraph {

    private static ImportReport report;

    @TempDir
    Path temp;

    @BeforeAll
    static void importTheSlice() {
        assumeTrue(F1dbFigures.present(), "../shared/data/f1db is absent: F1DB import tests skipped");
        paddock.importer().f1db(F1dbFigures.DATA, new YearRange(1950, 1950), p -> { });
        report = paddock.importer().f1db(F1dbFigures.DATA, new YearRange(2021, 2022), p -> { });
    }

    @Test
    @Order(1)
    void everyRaceWeekendIsOneEventAndEveryRaceResultRowAnEntry() {
        assertThat(report.rejected()).isEmpty();
        assertThat(count("MATCH (:Season {id: 'f1-2021'})<-[:IN_SEASON]-(e:Event) RETURN count(e) AS n", Map.of()))
                .isEqualTo(F1dbFigures.raceWeekends(2021)).isEqualTo(22);
        // No shared cars in 2021: one entry per race-results row; practice-only cars are entries of their own kind.
        assertThat(count("""
                MATCH (:Season {id: 'f1-2021'})<-[:IN_SEASON]-(:Event)<-[:IN_EVENT]-(e:Entry)
                WHERE coalesce(e.status, '') <> 'PRACTICE_ONLY' RETURN count(e) AS n""", Map.of()))
                .isEqualTo(F1dbFigures.raceResultRows(2021));
    }

    @Test
    @Order(2)
    void raceWinsPerDriverAreTheYamlsWinners() {
        Map<String, Integer> expected = F1dbFigures.wins(2021);
        List<RecordRow> rows = paddock.queries().records(RecordKind.WINS, HolderKind.DRIVER,
                QueryFilter.all().series("Formula 1").season(2021).limit(100));
        Map<String, Integer> actual = rows.stream().collect(Collectors.toMap(r -> r.holder().name(),
                r -> r.value().intValue(), (a, b) -> a, TreeMap::new));
        assertThat(actual).isEqualTo(expected).containsEntry("Max Verstappen", 10).containsEntry("Lewis Hamilton", 8);
    }

    @Test
    @Order(2)
    void polesAreCountedAsTheRecordBooksCountThem() {
        for (int year : new int[]{2021, 2022}) {
            List<RecordRow> rows = paddock.queries().records(RecordKind.POLES, HolderKind.DRIVER,
                    QueryFilter.all().series("Formula 1").season(year).limit(100));
            Map<String, Integer> actual = rows.stream().collect(Collectors.toMap(r -> r.holder().name(),
                    r -> r.value().intValue(), (a, b) -> a, TreeMap::new));
            assertThat(actual).as("poles %s", year).isEqualTo(F1dbFigures.poles(year));
            assertThat(rows).extracting(RecordRow::unit).containsOnly("poles");
        }
        // 2021 British GP, a sprint weekend: Hamilton was fastest in qualifying, Verstappen won the sprint and started first.
        assertThat(F1dbFigures.poles(2021)).containsEntry("Max Verstappen", 10);
        // The driver profile counts poles the same way as the records.
        assertThat(paddock.queries().driver("Max Verstappen").counted().overallPoles())
                .isEqualTo(F1dbFigures.poles(2021).get("Max Verstappen") + F1dbFigures.poles(2022).get("Max Verstappen"));
    }

    @Test
    @Order(2)
    void fastestLapsAndDriverOfTheDayAreTheFilesFirsts() {
        for (RecordKind kind : List.of(RecordKind.FASTEST_LAPS, RecordKind.DRIVER_OF_THE_DAY)) {
            Map<String, Integer> actual = paddock.queries().records(kind, HolderKind.DRIVER,
                            QueryFilter.all().series("Formula 1").season(2021).limit(100)).stream()
                    .collect(Collectors.toMap(r -> r.holder().name(), r -> r.value().intValue(), (a, b) -> a, TreeMap::new));
            assertThat(actual).as(kind.key()).isEqualTo(F1dbFigures.firstIn(2021,
                    kind == RecordKind.FASTEST_LAPS ? "fastest-laps.yml" : "driver-of-the-day-results.yml"));
        }
        assertThat(F1dbFigures.firstIn(2021, "fastest-laps.yml")).containsEntry("Max Verstappen", 6);
    }

    @Test
    @Order(3)
    void standingsAfterEveryRoundAreThereWithTheFilesPoints() {
        List<Map<String, Object>> rows = paddock.cypher("""
                MATCH (:Driver {id: 'max-verstappen'})-[st:STANDING]->(:Championship {id: 'f1-2021-drivers'})
                MATCH (e:Event {id: st.asOf, round: 10})
                RETURN st.points AS points, st.position AS position, st.final AS final""", Map.of());
        assertThat(rows).hasSize(1);
        assertThat(((Number) rows.get(0).get("points")).doubleValue())
                .isEqualTo(F1dbFigures.pointsAfter(2021, 10, "max-verstappen").doubleValue()).isEqualTo(185.0);
        assertThat(rows.get(0)).containsEntry("position", 1L).containsEntry("final", false);
        assertThat(count("""
                MATCH (:Championship {id: 'f1-2021-drivers'})<-[st:STANDING]-(:Driver)
                WITH DISTINCT st.asOf AS asOf RETURN count(asOf) AS n""", Map.of())).isEqualTo(22 + 1);
    }

    @Test
    @Order(4)
    void entrantsAndRealChassisAreThereForEachDriver() {
        List<String> actual = paddock.cypher("""
                MATCH (:Driver {id: 'lewis-hamilton'})-[r:ENTERED_BY {season: 'f1-2021'}]->(e:Entrant)
                RETURN e.name + ' / ' + r.car AS line ORDER BY line""", Map.of())
                .stream().map(r -> (String) r.get("line")).toList();
        assertThat(actual).isEqualTo(F1dbFigures.entrantsAndChassis(2021, "lewis-hamilton"))
                .containsExactly("Mercedes-AMG Petronas F1 Team / Mercedes F1 W12");
        assertThat(count("""
                MATCH (:Driver {id: 'lewis-hamilton'})-[:DROVE]->(e:Entry)-[:IN_EVENT]->(:Event {id: 'f1-2021-british-grand-prix'})
                MATCH (e)-[:WITH_CAR]->(:CarModel {name: 'Mercedes F1 W12'})
                MATCH (e)-[:ENGINE_BY]->(:Manufacturer {name: 'Mercedes-Benz'})
                MATCH (e)-[:TYRES_BY]->(:Manufacturer {name: 'Pirelli'})
                RETURN count(e) AS n""", Map.of())).isEqualTo(1);
    }

    @Test
    @Order(5)
    void teammatesAre1950sEntrantMatesNotEveryDriverOfTheMake() {
        java.util.Set<String> expected = F1dbFigures.teammates(1950, "juan-manuel-fangio");
        java.util.Set<String> actual = paddock.queries().teammates("Juan Manuel Fangio",
                        QueryFilter.all().series("Formula 1").season(1950)).teamMates().stream()
                .map(Partner::driver).map(r -> r.name()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(actual).isEqualTo(expected).contains("Nino Farina", "Luigi Fagioli", "Piero Taruffi");
    }

    @Test
    @Order(6)
    void aBadValueIsAListedRowAndAMissingFieldStopsBeforeAnythingIsWritten() throws IOException {
        Path data = temp.resolve("data");
        Files.createDirectories(data.resolve("seasons"));
        try (var entries = Files.list(F1dbFigures.DATA)) {
            for (Path p : entries.filter(p -> !p.getFileName().toString().equals("seasons")).toList()) {
                Files.createSymbolicLink(data.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        Path season = data.resolve("seasons").resolve("2021");
        copyTree(F1dbFigures.DATA.resolve("seasons").resolve("2021"), season);
        Path results = season.resolve("races").resolve("10-great-britain").resolve("race-results.yml");
        Files.writeString(results, Files.readString(results).replaceFirst("position: 1\n", "position: first\n"));
        long before = count("MATCH (n) RETURN count(n) AS n", Map.of());
        ImportReport bad = paddock.importer().f1db(data, new YearRange(2021, 2021), p -> { });
        assertThat(bad.rejected()).extracting(Rejection::toString).containsExactly(
                "seasons/2021/races/10-great-britain/race-results.yml:1: position: neither a position nor a known code "
                        + "(DNF, DNS, DSQ, NC, DNQ, DNPQ, EX, DNP): 'first'");
        assertThat(count("MATCH (n) RETURN count(n) AS n", Map.of())).isEqualTo(before);

        Files.writeString(results, Files.readString(results).replaceFirst("  driverId: lewis-hamilton\n", ""));
        assertThatThrownBy(() -> paddock.importer().f1db(data.getParent().resolve("data"), new YearRange(2021, 2021), p -> { }))
                .isInstanceOf(PaddockException.class)
                .hasMessage("seasons/2021/races/10-great-britain/race-results.yml:1: missing field 'driverId' "
                        + "(is this F1DB's src/data layout?)");
        assertThat(count("MATCH (n) RETURN count(n) AS n", Map.of())).isEqualTo(before);
    }

    @Test
    @Order(7)
    void reimportingAfterARaceIsAddedUpstreamWritesThatRaceOnlyAndEqualsAFreshImport() throws IOException {
        Path data = linkedCopy(temp.resolve("upstream"), 2021);
        Path races = data.resolve("seasons").resolve("2021").resolve("races");
        Path last = races.resolve("22-abu-dhabi");
        Path aside = temp.resolve("22-abu-dhabi");
        Files.move(last, aside);
        YearRange years = new YearRange(2021, 2021);
        TestNeo4j.clear(paddock);
        paddock.loadShippedSeed();
        paddock.importer().f1db(data, years, p -> { });
        Files.move(aside, last);
        ImportReport again = paddock.importer().f1db(data, years, p -> { });
        assertThat(again.changes()).containsExactly(
                "reference data (drivers, constructors, chassis, engines …): unchanged",
                "races written: 1 (2021 Abu Dhabi Grand Prix)",
                "races unchanged since the last import: 21");
        assertThat(again.written().rows().get("results")).isEqualTo(count("""
                MATCH (:Event {id: 'f1-2021-abu-dhabi-grand-prix'})-[:HAS_SESSION]->(:Session)<-[:IN_SESSION]-(r:Result)
                RETURN count(r) AS n""", Map.of()));
        List<String> updated = GraphExport.of(paddock);
        TestNeo4j.clear(paddock);
        paddock.loadShippedSeed();
        paddock.importer().f1db(data, years, p -> { });
        assertThat(updated).isEqualTo(GraphExport.of(paddock));
        ImportReport unchanged = paddock.importer().f1db(data, years, p -> { });
        assertThat(unchanged.changes()).contains("races written: 0");
        assertThat(unchanged.written().rows()).doesNotContainKeys("results", "entries", "events");
    }

    /** A data folder whose reference folders link to the unpacked F1DB and whose season is a real copy. */
    private static Path linkedCopy(Path data, int year) throws IOException {
        Files.createDirectories(data.resolve("seasons"));
        try (var entries = Files.list(F1dbFigures.DATA)) {
            for (Path p : entries.filter(p -> !p.getFileName().toString().equals("seasons")).toList()) {
                Files.createSymbolicLink(data.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        copyTree(F1dbFigures.DATA.resolve("seasons").resolve(String.valueOf(year)), data.resolve("seasons").resolve(String.valueOf(year)));
        return data;
    }

    @Test
    @Order(8)
    void f1dbAndErgastInEitherOrderGiveTheSameGraph() {
        assumeTrue(DatasetFigures.present(), "../shared/data/ergast-f1-csv is absent");
        YearRange years = new YearRange(2021, 2021);
        TestNeo4j.clear(paddock);
        paddock.loadShippedSeed();
        paddock.importer().ergast(DatasetFigures.ERGAST, years, p -> { });
        paddock.importer().f1db(F1dbFigures.DATA, years, p -> { });
        List<String> ergastFirst = GraphExport.of(paddock);
        TestNeo4j.clear(paddock);
        paddock.loadShippedSeed();
        paddock.importer().f1db(F1dbFigures.DATA, years, p -> { });
        paddock.importer().ergast(DatasetFigures.ERGAST, years, p -> { });
        List<String> f1dbFirst = GraphExport.of(paddock);
        assertThat(f1dbFirst).hasSize(ergastFirst.size());
        assertThat(f1dbFirst).isEqualTo(ergastFirst);
        // Verstappen, Baku 2021: F1DB classifies him 18th (position 18, retired with a tyre failure), Ergast says
        // retired (positionText R, no position). The graph keeps F1DB's and lists the disagreement, in either order.
        Map<String, Object> baku = paddock.cypher("""
                MATCH (r:Result {id: 'f1-2021-azerbaijan-grand-prix-33@f1-2021-azerbaijan-grand-prix-race'})
                RETURN r.status AS status, r.position AS position, r.reason AS reason, r.conflicts AS conflicts""", Map.of()).get(0);
        assertThat(baku).containsEntry("status", "CLASSIFIED").containsEntry("position", 18L).containsEntry("reason", "Tyre")
                .containsEntry("conflicts", List.of("status|CLASSIFIED|f1db|RETIRED|ergast-f1-csv"));
        // One event per race, one entry per car, whichever came first.
        assertThat(count("MATCH (:Season {id: 'f1-2021'})<-[:IN_SEASON]-(e:Event) RETURN count(e) AS n", Map.of())).isEqualTo(22);
        assertThat(count("""
                MATCH (e:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(:Season {id: 'f1-2021'})
                WHERE size([(e)-[:FOR_SQUAD]->(s) | s]) <> 1 RETURN count(e) AS n""", Map.of())).isZero();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
