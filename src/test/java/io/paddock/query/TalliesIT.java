package io.paddock.query;

import io.paddock.SeededGraph;
import io.paddock.TestNeo4j;
import io.paddock.importer.GraphExport;
import io.paddock.importer.TallyAnswers;
import io.paddock.importer.YearRange;
import io.paddock.model.HolderKind;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record tallies the writer keeps (ADR 0043) on the shipped seed: fresh after a load, the same answer as the count
 * from the results for every holder kind, scope and filter, and set aside as soon as the graph is changed by hand.
 * Every expected value comes from the articles (seed/articles/*.json).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TalliesIT extends SeededGraph {

    private static List<Map<String, Object>> rows(String file, Map<String, Object> parameters) throws IOException {
        return TallyAnswers.rows(paddock, file, parameters);
    }

    private static boolean fresh() throws IOException {
        return (Boolean) rows("tallies-state.cypher", Map.of()).get(0).get("fresh");
    }

    @Test
    @Order(1)
    void afterTheSeedLoadEveryWinPodiumPoleAndStartsRecordReadFromTalliesEqualsTheCountFromResults() throws IOException {
        assertThat(fresh()).isTrue();
        int compared = TallyAnswers.assertEqualToTheLiveCount(paddock, List.of(Map.of(), Map.of("season", 2007L),
                Map.of("fromYear", 2008L, "toYear", 2011L), Map.of("classId", "lmp2"), Map.of("seriesId", "alms", "limit", 2L)));
        assertThat(compared).as("rows compared").isEqualTo(520);
        // 000_a2ddb8a8b78fb99c, 001_40dddd42d94a9a30: Capello won Petit Le Mans 2007 and Laguna Seca 2007 overall.
        assertThat(rows("records-wins-tallied.cypher", Map.of("holder", "driver", "scope", "overall", "top", 1L)).get(0))
                .containsEntry("holder", "Rinaldo Capello").containsEntry("value", 2L)
                .containsEntry("detail", List.of("Petit Le Mans 2007 (team unknown, Audi R10)",
                        "Laguna Seca 4 Hours 2007 (team unknown, Audi R10)"));
        // Dumas started three of the articles' races, from 2007 to 2011; Porsche cars started four.
        assertThat(rows("records-starts-tallied.cypher", Map.of("holder", "driver")).get(0))
                .containsEntry("holder", "Romain Dumas").containsEntry("value", 3L).containsEntry("detail", List.of("from 2007 to 2011"));
        assertThat(rows("records-starts-tallied.cypher", Map.of("holder", "manufacturer")).get(0))
                .containsEntry("holder", "Porsche").containsEntry("value", 4L);
    }

    @Test
    @Order(2)
    void aChangeByHandSetsTheTalliesAsideUntilTheNextLoadRebuildsThem() throws IOException {
        assertThat(wins()).startsWith("Rinaldo Capello 2");

        // A user corrects a result in Browser or through cypherWrite: Capello's Laguna Seca 2007 win becomes a second place.
        paddock.cypherWrite("""
                MATCH (:Driver {id: 'rinaldo-capello'})-[:DROVE]->(n:Entry)-[:IN_EVENT]->(e:Event {year: 2007})
                MATCH (r:Result {position: 1})-[:OF_ENTRY]->(n)
                MATCH (r)-[:IN_SESSION]->(:Session {type: 'RACE'})
                WHERE e.name STARTS WITH 'Laguna Seca'
                SET r.position = 2""", Map.of());

        assertThat(fresh()).isFalse();
        assertThat(wins()).startsWith("Rinaldo Capello 1", "Stefan Mücke 1");

        // Loading the seed again puts the article's result back and rebuilds every series: the tallies are fresh again.
        paddock.loadShippedSeed();
        assertThat(fresh()).isTrue();
        assertThat(wins()).startsWith("Rinaldo Capello 2", "Stefan Mücke 1");
    }

    @Test
    @Order(3)
    void loadingTheSameSeedAgainRebuildsTheSameTallies() {
        List<String> before = GraphExport.tallies(paddock);

        paddock.loadShippedSeed();

        assertThat(before).hasSize(257);
        assertThat(GraphExport.tallies(paddock)).isEqualTo(before);
    }

    @Test
    @Order(4)
    void aLaterLoadThatRenamesACarRebuildsTheOtherSeriesSeasonsThatShowIt() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(LEMANS), "the Le Mans dataset is not at " + LEMANS);
        TestNeo4j.clear(paddock);
        paddock.importer().lemans(LEMANS, new YearRange(2004, 2005), p -> { });
        Map<String, Object> gt2 = Map.of("holder", "team", "scope", "class", "top", 3L, "seriesId", "lemans", "limit", 100L);
        // results_in.csv spells the car "Porsche 911 GT3-RSR"; the seed (ranked higher) names it "Porsche 911 GT3 RSR".
        assertThat(rows("records-wins-tallied.cypher", gt2).toString()).contains("Porsche 911 GT3-RSR")
                .doesNotContain("Porsche 911 GT3 RSR");

        paddock.loadShippedSeed();

        // The seed writes ALMS seasons only, but renamed a car that Le Mans lines show: those seasons were rebuilt.
        List<Map<String, Object>> tallied = rows("records-wins-tallied.cypher", gt2);
        assertThat(tallied.toString()).contains("Porsche 911 GT3 RSR").doesNotContain("Porsche 911 GT3-RSR");
        assertThat(tallied).isEqualTo(rows("records-wins.cypher", gt2));
    }

    @Test
    @Order(5)
    void talliesOfAnotherFormatAreNotReadAndTheNextLoadRebuildsThem() throws IOException {
        // The writer and the facade must agree on the format: both files name the one the build writes.
        String format = "s.format = 3";
        assertThat(Files.readString(Path.of("cypher", "load", "tallies.cypher"))).contains("SET s.fresh = true, " + format)
                .contains("coalesce(s.fresh AND " + format + ", false)");
        assertThat(Files.readString(Path.of("cypher", "queries", "tallies-state.cypher")))
                .contains("coalesce(s.fresh AND " + format + ", false)");
        assertThat(fresh()).isTrue();

        // Tallies an older build wrote (no poles among them) say fresh, but in their own format.
        try (var session = paddock.driver().session(paddock.sessionConfig())) {
            session.executeWrite(tx -> tx.run("MATCH (s:Tallies {id: 'records'}) SET s.format = 1").consume());
        }

        assertThat(rows("tallies-state.cypher", Map.of()).get(0)).containsEntry("fresh", false);
        // The facade counts from the results (the graph also holds Le Mans 2004–2005 when the dataset is there).
        List<String> live = rows("records-wins.cypher", Map.of("holder", "driver", "scope", "overall", "top", 1L)).stream()
                .map(r -> r.get("holder") + " " + r.get("value")).toList();
        assertThat(live.get(0)).startsWith("Rinaldo Capello ");
        assertThat(wins()).isEqualTo(live);
        paddock.loadShippedSeed();
        assertThat(fresh()).isTrue();
    }

    private static List<String> wins() {
        return queries.records(RecordKind.WINS, HolderKind.DRIVER, QueryFilter.all()).stream()
                .map((RecordRow r) -> r.holder().name() + " " + r.value().toPlainString()).toList();
    }
}
