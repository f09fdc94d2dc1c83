package io.paddock.importer;

import io.paddock.Paddock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The record tallies (ADR 0043) on the full graph, written by two passes of imports in two orders
 * ({@link FullDataGraph}): each import rebuilt only the series it touched and those where a name its lines show
 * changed, and still every win and podium record read from them is the count from the results, and a rebuild of every
 * series gives the same tallies.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TalliesFullDataIT {

    private static final List<String> HOLDERS = List.of("driver", "team", "manufacturer", "chassis-maker", "car",
            "entrant", "engine-maker", "tyre-maker");

    private static Paddock paddock;

    @BeforeAll
    static void theFullGraph() {
        paddock = FullDataGraph.get().paddock;
    }

    /** A query file's rows with its parameters (unset filters null), sources sorted: their order is the plan's. */
    private static List<Map<String, Object>> rows(String file, Map<String, Object> parameters) throws IOException {
        String text = Files.readString(Path.of("cypher", "queries", file)).strip().replaceAll(";$", "");
        Map<String, Object> all = new HashMap<>(parameters);
        for (String name : List.of("season", "fromYear", "toYear", "seriesId", "classId", "eventId", "limit")) {
            all.putIfAbsent(name, null);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : paddock.cypher(text, all)) {
            Map<String, Object> sorted = new TreeMap<>(row);
            sorted.put("sources", ((List<?>) row.get("sources")).stream().map(String::valueOf).sorted().toList());
            rows.add(sorted);
        }
        return rows;
    }

    @Test
    @Order(1)
    void everyWinPodiumAndPoleRecordReadFromTalliesIsTheCountFromResults() throws IOException {
        assertThat(paddock.cypher("MATCH (s:Tallies {id: 'records'}) RETURN s.fresh AS fresh", Map.of()))
                .containsExactly(Map.of("fresh", true));
        List<Map<String, Object>> filters = List.of(
                Map.of("limit", 15L),
                Map.of("seriesId", "f1", "limit", 10L),
                Map.of("seriesId", "lemans", "limit", 10L),
                Map.of("season", 1999L),
                Map.of("fromYear", 1955L, "toYear", 1965L, "limit", 10L),
                Map.of("seriesId", "lemans", "classId", "lmp2"));
        int compared = 0;
        for (String holder : HOLDERS) {
            for (String scope : List.of("overall", "class")) {
                for (long top : List.of(1L, 3L)) {
                    for (Map<String, Object> filter : filters) {
                        Map<String, Object> parameters = new HashMap<>(filter);
                        parameters.put("holder", holder);
                        parameters.put("scope", scope);
                        parameters.put("top", top);
                        List<Map<String, Object>> live = rows("records-wins.cypher", parameters);
                        assertThat(rows("records-wins-tallied.cypher", parameters)).as(parameters.toString()).isEqualTo(live);
                        compared += live.size();
                        if (top == 1L) {
                            parameters.remove("top");
                            List<Map<String, Object>> poles = rows("records-poles.cypher", parameters);
                            assertThat(rows("records-poles-tallied.cypher", parameters)).as("poles " + parameters).isEqualTo(poles);
                            compared += poles.size();
                        }
                    }
                }
            }
        }
        assertThat(compared).as("rows compared").isEqualTo(1_541);
        // results.csv: Hamilton won 105 Grands Prix, the first the 2007 Canadian; Le Mans: Kristensen won nine.
        Map<String, Object> hamilton = rows("records-wins-tallied.cypher",
                Map.of("holder", "driver", "scope", "overall", "top", 1L, "seriesId", "f1", "limit", 1L)).get(0);
        assertThat(hamilton).containsEntry("holder", "Lewis Hamilton").containsEntry("value", 105L);
        assertThat((List<?>) hamilton.get("detail")).hasSize(105).first().asString().startsWith("Canadian Grand Prix 2007");
        assertThat(rows("records-wins-tallied.cypher",
                Map.of("holder", "driver", "scope", "overall", "top", 1L, "seriesId", "lemans", "limit", 1L)).get(0))
                .containsEntry("holder", "Tom Kristensen").containsEntry("value", 9L);
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
