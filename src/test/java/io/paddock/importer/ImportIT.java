package io.paddock.importer;

import io.paddock.SeededGraph;
import io.paddock.TestNeo4j;
import io.paddock.model.HolderKind;
import io.paddock.model.Partner;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import io.paddock.model.Teammates;
import io.paddock.query.QueryFilter;
import io.paddock.resolve.Verdict;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A slice of both datasets — Formula 1 2001–2002 and Le Mans 2008–2010 — imported on top of the shipped seed,
 * checked against figures computed straight from the CSV files ({@link DatasetFigures}), not against the
 * importer's own output.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportIT extends SeededGraph {

    static final YearRange F1_YEARS = new YearRange(2001, 2002);
    static final YearRange LEMANS_YEARS = new YearRange(2008, 2010);

    private static ImportReport f1;
    private static ImportReport lemans;

    @BeforeAll
    static void importTheSlice() {
        assumeTrue(DatasetFigures.present(), "../shared/data (ergast-f1-csv, lemans24) is absent: import tests skipped");
        f1 = paddock.importer().ergast(DatasetFigures.ERGAST, F1_YEARS, p -> { });
        lemans = paddock.importer().lemans(DatasetFigures.LEMANS, LEMANS_YEARS, p -> { });
    }

    /** The wins record per driver in one series, as the facade answers it: driver name to wins, sorted by name. */
    private static Map<String, Integer> winsByDriver(String series) {
        List<RecordRow> rows = paddock.queries().records(RecordKind.WINS, HolderKind.DRIVER,
                QueryFilter.all().series(series).limit(100));
        return rows.stream().collect(Collectors.toMap(r -> r.holder().name(),
                r -> r.value().intValue(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void f1RaceWinsPerDriverAreTheCsvsWinners() {
        Map<String, Integer> expected = DatasetFigures.f1WinsByDriver(F1_YEARS::contains);
        Map<String, Integer> actual = winsByDriver("Formula 1");
        assertThat(actual).isEqualTo(expected);
        assertThat(actual).containsEntry("Michael Schumacher", 20).containsEntry("Ralf Schumacher", 4);
    }

    @Test
    void everyEventAndResultCarriesItsSeasonsYearAndSeriesAsKeys() {
        // ADR 0041: the keys the filters read, the same as walking event → season → series
        Map<String, Long> eventsByKeys = new TreeMap<>();
        paddock.cypher("""
                MATCH (e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
                WHERE e.year = s.year AND e.seriesId = series.id
                RETURN e.seriesId + ' ' + e.year AS key, count(e) AS events""", Map.of())
                .forEach(r -> eventsByKeys.put((String) r.get("key"), ((Number) r.get("events")).longValue()));
        // races.csv: 17 Grands Prix in 2001 and in 2002; one 24 Hours a year
        assertThat(eventsByKeys).containsEntry("f1 2001", 17L).containsEntry("f1 2002", 17L)
                .containsEntry("lemans 2008", 1L).containsEntry("lemans 2010", 1L);
        assertThat(eventsByKeys.values().stream().mapToLong(Long::longValue).sum())
                .isEqualTo(count("MATCH (e:Event) RETURN count(e) AS n", Map.of()));
        assertThat(count("""
                MATCH (r:Result)-[:OF_ENTRY]->(:Entry)-[:IN_EVENT]->(e:Event)
                WHERE r.year = e.year AND r.seriesId = e.seriesId RETURN count(r) AS n""", Map.of()))
                .isEqualTo(count("MATCH (r:Result) RETURN count(r) AS n", Map.of())).isGreaterThan(1000);
    }

    @Test
    void f1ChampionsAreTheLeadersAfterEachSeasonsLastRace() {
        Map<Integer, String> expected = DatasetFigures.f1Champions(F1_YEARS::contains);
        List<Map<String, Object>> rows = paddock.cypher("""
                MATCH (d:Driver)-[st:STANDING {position: 1, final: true}]->(c:Championship {kind: 'DRIVERS'})-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(:Series {id: 'f1'})
                RETURN s.year AS year, d.name AS name ORDER BY year""", Map.of());
        Map<Integer, String> actual = new TreeMap<>();
        rows.forEach(r -> actual.put(((Number) r.get("year")).intValue(), (String) r.get("name")));
        assertThat(actual).isEqualTo(expected).containsEntry(2002, "Michael Schumacher");
    }

    @Test
    void leMansHasEveryEntryOfEachEdition() {
        Map<Integer, Integer> expected = DatasetFigures.leMansEntriesPerYear(LEMANS_YEARS::contains);
        for (Map.Entry<Integer, Integer> year : expected.entrySet()) {
            assertThat(count("MATCH (:Event {id: $event})<-[:IN_EVENT]-(n:Entry) RETURN count(n) AS n",
                    Map.of("event", "lemans-" + year.getKey()))).as("entries in %s", year.getKey()).isEqualTo(year.getValue().longValue());
        }
    }

    @Test
    void everyLeMansCrewHasTheDriversItsRowNames() {
        Map<Integer, Map<Integer, Long>> expected = new TreeMap<>();
        DatasetFigures.leMansRows(LEMANS_YEARS::contains).forEach(r -> {
            int names = r.get("Drivers").isBlank() ? 0 : r.get("Drivers").split("\\|").length;
            expected.computeIfAbsent(Integer.parseInt(r.get("Year")), y -> new TreeMap<>()).merge(names, 1L, Long::sum);
        });
        Map<Integer, Map<Integer, Long>> actual = new TreeMap<>();
        paddock.cypher("""
                MATCH (e:Event)<-[:IN_EVENT]-(n:Entry) WHERE e.id STARTS WITH 'lemans-'
                RETURN toInteger(substring(e.id, 7)) AS year, COUNT { (n)<-[:DROVE]-(:Driver) } AS crew""", Map.of())
                .forEach(r -> actual.computeIfAbsent(((Number) r.get("year")).intValue(), y -> new TreeMap<>())
                        .merge(((Number) r.get("crew")).intValue(), 1L, Long::sum));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void leMansOverallWinsPerDriverAreTheCsvsWinners() {
        Map<String, Integer> expected = DatasetFigures.leMansWinsByDriver(LEMANS_YEARS::contains);
        Map<String, Integer> actual = winsByDriver("Le Mans");
        assertThat(actual).isEqualTo(expected).containsEntry("Romain Dumas", 1).containsEntry("Tom Kristensen", 1);
    }

    @Test
    void classPositionsFollowTheOrderWithinTheClass() {
        // 2010: Porsche-entered GT2 winners and the LMP2 class both derive class positions from the overall order.
        Map<String, Object> best = paddock.cypher("""
                MATCH (r:Result)-[:OF_ENTRY]->(n:Entry)-[:IN_EVENT]->(:Event {id: 'lemans-2010'}), (n)-[:IN_CLASS]->(c:Class {id: 'lmp2'})
                WHERE r.classPosition = 1 RETURN r.position AS position""", Map.of()).get(0);
        int firstLmp2 = DatasetFigures.leMansRows(y -> y == 2010).stream()
                .filter(r -> r.get("Class").equals("LMP2") && r.get("Pos").chars().allMatch(Character::isDigit))
                .mapToInt(r -> Integer.parseInt(r.get("Pos"))).min().orElseThrow();
        assertThat(((Number) best.get("position")).intValue()).isEqualTo(firstLmp2);
    }

    @Test
    void romainDumasOfTheArticlesIsRomainDumasAtLeMans() {
        assertThat(count("MATCH (d:Driver) WHERE d.name = 'Romain Dumas' RETURN count(d) AS n", Map.of())).isEqualTo(1);
        Teammates dumas = paddock.queries().teammates("Romain Dumas", QueryFilter.all());
        Map<String, Integer> coDrivers = new HashMap<>();
        for (Partner p : dumas.coDrivers()) {
            coDrivers.put(p.driver().name(), p.events());
        }
        // ALMS 2007–2008 with Bernhard (seed) plus Le Mans 2010 with Bernhard and Rockenfeller (dataset).
        assertThat(coDrivers).containsKeys("Timo Bernhard", "Mike Rockenfeller");
        assertThat(coDrivers.get("Timo Bernhard")).isGreaterThan(coDrivers.get("Mike Rockenfeller"));
    }

    @Test
    void allanMcNishIsOnePersonInFormulaOneAndAtLeMans() {
        Map<String, Object> mcnish = paddock.cypher("""
                MATCH (d:Driver {id: 'allan-mcnish'})
                RETURN d.nationality AS nationality, toString(d.birthDate) AS born,
                       COLLECT { MATCH (d)-[:DROVE]->(:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(:Season)-[:OF_SERIES]->(s:Series)
                                 RETURN DISTINCT s.id ORDER BY s.id } AS series""", Map.of()).get(0);
        assertThat(mcnish).containsEntry("nationality", "GB").containsEntry("born", "1969-12-29")
                .containsEntry("series", List.of("f1", "lemans"));
        assertThat(lemans.people()).anyMatch(d -> d.id().equals("allan-mcnish") && d.verdict() == Verdict.MERGED
                && d.evidence().stream().anyMatch(e -> e.contains("born 1969")));
    }

    @Test
    void everyImportedFactSaysItsFileAndLine() {
        int line = 0;
        List<Map<String, String>> rows = DatasetFigures.csv(DatasetFigures.LEMANS.resolve("results_in.csv"), ';');
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("Year").equals("2008") && rows.get(i).get("Pos").equals("1")) {
                line = i + 2;
            }
        }
        List<Map<String, Object>> result = paddock.cypher("""
                MATCH (r:Result {position: 1})-[:IN_SESSION]->(:Session {id: 'lemans-2008-race'}) RETURN r.sources AS sources""", Map.of());
        assertThat(result.get(0).get("sources")).isEqualTo(List.of("lemans24#results_in.csv:" + line));
        Map<String, Object> source = paddock.cypher("MATCH (s:Source {id: 'lemans24'}) RETURN s.licence AS licence, s.kind AS kind",
                Map.of()).get(0);
        assertThat(source.get("kind")).isEqualTo("DATASET");
        assertThat((String) source.get("licence")).contains("CC BY-SA 3.0");
    }

    @Test
    void theReportCountsWhatWasRead() {
        assertThat(f1.rowsRead()).containsEntry("results.csv", DatasetFigures.csv(DatasetFigures.ERGAST.resolve("results.csv"), ',').size());
        assertThat(lemans.rowsRead()).containsEntry("results_in.csv", DatasetFigures.csv(DatasetFigures.LEMANS.resolve("results_in.csv"), ';').size());
        assertThat(f1.rejected()).isEmpty();
        assertThat(lemans.rejected()).isEmpty();
        assertThat(f1.written().nodesCreated()).isPositive();
    }

    @Test
    @Order(100)
    void importingAgainChangesNothing() {
        List<String> before = GraphExport.of(paddock);
        ImportReport again = paddock.importer().ergast(DatasetFigures.ERGAST, F1_YEARS, p -> { });
        ImportReport againLeMans = paddock.importer().lemans(DatasetFigures.LEMANS, LEMANS_YEARS, p -> { });
        paddock.loadShippedSeed();
        assertThat(again.written().nodesCreated() + again.written().relationshipsCreated()).isZero();
        assertThat(againLeMans.written().nodesCreated() + againLeMans.written().relationshipsCreated()).isZero();
        assertThat(GraphExport.of(paddock)).isEqualTo(before);
    }

    @Test
    @Order(101)
    void theOrderOfSeedAndImportsDoesNotMatter() {
        List<String> seedFirst = GraphExport.of(paddock);
        TestNeo4j.clear(paddock);
        paddock.importer().lemans(DatasetFigures.LEMANS, LEMANS_YEARS, p -> { });
        paddock.importer().ergast(DatasetFigures.ERGAST, F1_YEARS, p -> { });
        paddock.loadShippedSeed();
        assertThat(GraphExport.of(paddock)).isEqualTo(seedFirst);
    }
}
