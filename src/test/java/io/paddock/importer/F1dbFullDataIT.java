package io.paddock.importer;

import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.harness.Neo4j;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The full graph with F1DB (profile {@code full-data}): the seed, Ergast, Le Mans and F1DB imported in full into a
 * server of its own, then F1DB again (which must create nothing), checked against the YAML files and for one node
 * per race, car and person across both Formula 1 sources. Prints the import figures for docs/performance.md.
 */
class F1dbFullDataIT {

    private static Neo4j server;
    private static Paddock paddock;
    private static ImportReport f1db;
    private static ImportReport f1dbAgain;

    @BeforeAll
    static void importEverything() {
        assumeTrue(DatasetFigures.present() && F1dbFigures.present(), "the datasets in ../shared/data are absent");
        server = TestNeo4j.newServer(Path.of("target", "neo4j-full-f1db"), FullDataGraph.PAGE_CACHE_BYTES);
        paddock = Paddock.connect(server.boltURI().toString(), AuthTokens.none());
        paddock.loadShippedSeed();
        ImportReport ergast = paddock.importer().ergast(DatasetFigures.ERGAST, YearRange.all(), p -> { });
        paddock.importer().lemans(DatasetFigures.LEMANS, YearRange.all(), p -> { });
        f1db = paddock.importer().f1db(F1dbFigures.DATA, YearRange.all(), p -> { });
        f1dbAgain = paddock.importer().f1db(F1dbFigures.DATA, YearRange.all(), p -> { });
        System.out.printf("F1DB full import after Ergast: %,d rows read, %,d rows written in %.1f s (%,.0f rows/s); "
                        + "again: %.1f s; Ergast: %.1f s%n", f1db.totalRowsRead(), f1db.written().rows().values().stream()
                        .mapToInt(Integer::intValue).sum(), f1db.took().toMillis() / 1000.0,
                f1db.totalRowsRead() / (f1db.took().toMillis() / 1000.0), f1dbAgain.took().toMillis() / 1000.0,
                ergast.took().toMillis() / 1000.0);
        System.out.println("F1DB people: " + f1db.verdicts());
    }

    @AfterAll
    static void close() {
        if (paddock != null) {
            paddock.close();
            server.close();
        }
    }

    private static long count(String query) {
        return ((Number) paddock.cypher(query, Map.of()).get(0).get("n")).longValue();
    }

    @Test
    void everyFileIsReadNoRowIsRejectedAndTheSecondImportCreatesNothing() {
        assertThat(f1db.rejected()).isEmpty();
        assertThat(f1db.rowsRead()).containsEntry("race.yml", F1dbFigures.allRaceWeekends()).containsEntry("race.yml", 1172);
        assertThat(f1dbAgain.written().nodesCreated()).isZero();
        assertThat(f1dbAgain.written().relationshipsCreated()).isZero();
    }

    @Test
    void bothFormula1SourcesDescribeOneEventPerRaceOneSquadPerCarAndOnePersonPerDriver() {
        assertThat(count("MATCH (:Series {id: 'f1'})<-[:OF_SERIES]-(:Season)<-[:IN_SEASON]-(e:Event) RETURN count(e) AS n"))
                .isEqualTo(F1dbFigures.allRaceWeekends());
        assertThat(count("""
                MATCH (:Series {id: 'f1'})<-[:OF_SERIES]-(:Season)<-[:IN_SEASON]-(:Event)<-[:IN_EVENT]-(e:Entry)
                WHERE size([(e)-[:FOR_SQUAD]->(s) | s]) <> 1 RETURN count(e) AS n""")).isZero();
        // Every driver Ergast knows is F1DB's too, unless F1DB has no such driver at all (13 in this snapshot, e.g.
        // Ray Reed and Alex Blignaut of the 1960s South African Grands Prix, Geoff Duke, Ken Miles): no person split.
        List<Map<String, Object>> ergastOnly = paddock.cypher("""
                MATCH (d:Driver) WHERE any(s IN d.sources WHERE s STARTS WITH 'ergast-f1-csv#')
                  AND none(s IN d.sources WHERE s STARTS WITH 'f1db#') RETURN d.name AS name ORDER BY name""", Map.of());
        System.out.println("Ergast drivers F1DB does not have: " + ergastOnly.stream().map(r -> r.get("name")).toList());
        java.util.Set<String> f1dbNames = F1dbFigures.allDriverNames();
        assertThat(ergastOnly).extracting(r -> ((String) r.get("name")).toLowerCase(java.util.Locale.ROOT))
                .hasSize(13).noneMatch(f1dbNames::contains);
    }

    @Test
    void the2025TitleAndThe2026LeaderAreTheStandingsFiles() {
        List<Map<String, Object>> champion = paddock.cypher("""
                MATCH (d:Driver)-[:STANDING {asOf: 'final', position: 1}]->(:Championship {id: 'f1-2025-drivers'})
                RETURN d.name AS name""", Map.of());
        assertThat(champion).extracting(r -> r.get("name")).containsExactly(F1dbFigures.seasonLeader(2025));
        List<Map<String, Object>> leader2026 = paddock.cypher("""
                MATCH (c:Championship {id: 'f1-2026-drivers'})<-[st:STANDING {position: 1}]-(d:Driver)
                MATCH (e:Event {id: st.asOf})
                RETURN d.name AS name, e.round AS round, st.final AS final ORDER BY round DESC LIMIT 1""", Map.of());
        assertThat(leader2026).hasSize(1);
        assertThat(leader2026.get(0)).containsEntry("name", F1dbFigures.seasonLeader(2026)).containsEntry("round", 11L)
                .containsEntry("final", false);
        assertThat(count("MATCH (:Championship {id: 'f1-2026-drivers'})<-[st:STANDING {asOf: 'final'}]-() RETURN count(st) AS n"))
                .isZero();
    }

    @Test
    void theResolutionReportListsEachDisagreementWithBothValuesAndSources() {
        Importer.ResolutionReport report = Importer.report(DatasetFigures.ERGAST, F1dbFigures.DATA, null);
        // Hamilton, Bahrain 2020: F1DB's race time runs 2:59:47.515 (the red-flag stop included), Ergast's
        // milliseconds 7187515 (1:59:47.515).
        assertThat(report.conflicts()).contains(new Conflict("result",
                "f1-2020-bahrain-grand-prix-44@f1-2020-bahrain-grand-prix-race", "timeSeconds", "10787.515", "f1db",
                "7187.515", "ergast-f1-csv"));
        System.out.println("Conflicts by field: " + report.conflicts().stream().collect(java.util.stream.Collectors
                .groupingBy(c -> c.kind() + "." + c.field(), java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        // Every F1DB driver Ergast also has is one person: no F1DB claim is kept apart or doubtful.
        assertThat(report.decisions()).filteredOn(d -> d.claim().source().equals("f1db"))
                .extracting(d -> d.verdict().name()).doesNotContain("KEPT_APART", "DOUBTFUL");
    }
}
