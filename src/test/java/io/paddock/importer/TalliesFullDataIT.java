package io.paddock.importer;

import io.paddock.Paddock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record tallies (ADR 0043) on the full graph, written by two passes of imports in two orders
 * ({@link FullDataGraph}): each import rebuilt only the series it touched and those where a name its lines show
 * changed, and still every win and podium record read from them is the count from the results, and a rebuild of every
 * series gives the same tallies.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TalliesFullDataIT {

    private static Paddock paddock;

    @BeforeAll
    static void theFullGraph() {
        paddock = FullDataGraph.get().paddock;
    }

    private static List<Map<String, Object>> rows(String file, Map<String, Object> parameters) throws IOException {
        return TallyAnswers.rows(paddock, file, parameters);
    }

    @Test
    @Order(1)
    void everyWinPodiumPoleAndStartsRecordReadFromTalliesIsTheCountFromResults() throws IOException {
        assertThat(paddock.cypher("MATCH (s:Tallies {id: 'records'}) RETURN s.fresh AS fresh", Map.of()))
                .containsExactly(Map.of("fresh", true));
        List<Map<String, Object>> filters = List.of(
                Map.of("limit", 15L),
                Map.of("seriesId", "f1", "limit", 10L),
                Map.of("seriesId", "lemans", "limit", 10L),
                Map.of("season", 1999L),
                Map.of("fromYear", 1955L, "toYear", 1965L, "limit", 10L),
                Map.of("seriesId", "lemans", "classId", "lmp2"));
        int compared = TallyAnswers.assertEqualToTheLiveCount(paddock, filters);
        assertThat(compared).as("rows compared").isEqualTo(2_041);
        // results.csv: Hamilton won 105 Grands Prix, the first the 2007 Canadian; Le Mans: Kristensen won nine.
        Map<String, Object> hamilton = rows("records-wins-tallied.cypher",
                Map.of("holder", "driver", "scope", "overall", "top", 1L, "seriesId", "f1", "limit", 1L)).get(0);
        assertThat(hamilton).containsEntry("holder", "Lewis Hamilton").containsEntry("value", 105L);
        assertThat((List<?>) hamilton.get("detail")).hasSize(105).first().asString().startsWith("Canadian Grand Prix 2007");
        assertThat(rows("records-wins-tallied.cypher",
                Map.of("holder", "driver", "scope", "overall", "top", 1L, "seriesId", "lemans", "limit", 1L)).get(0))
                .containsEntry("holder", "Tom Kristensen").containsEntry("value", 9L);
        // results.csv: Alonso has a result in 420 Grands Prix from 2001 to 2025 that is not a non-start (F, W, or E
        // without a lap).
        assertThat(rows("records-starts-tallied.cypher", Map.of("holder", "driver", "seriesId", "f1", "limit", 1L)).get(0))
                .containsEntry("holder", "Fernando Alonso").containsEntry("value", 420L)
                .containsEntry("detail", List.of("from 2001 to 2025"));
    }

    @Test
    @Order(2)
    void aRebuildOfEverySeriesGivesTheTalliesTheImportsLeft() {
        List<String> left = GraphExport.tallies(paddock);

        // A write by hand marks them stale; the next load, however small, then rebuilds every series.
        paddock.cypherWrite("MATCH (s:Source) WITH s LIMIT 1 SET s.title = s.title", Map.of());
        assertThat(paddock.cypher("MATCH (s:Tallies {id: 'records'}) RETURN s.fresh AS fresh", Map.of()))
                .containsExactly(Map.of("fresh", false));
        paddock.loadShippedSeed();

        assertThat(left).hasSizeGreaterThan(10_000);
        assertThat(GraphExport.tallies(paddock)).isEqualTo(left);
    }
}
