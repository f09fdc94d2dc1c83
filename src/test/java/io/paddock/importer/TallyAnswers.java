package io.paddock.importer;

import io.paddock.Paddock;

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
 * The record files run as a Browser user runs them, to hold the tallied records (ADR 0043) to the live count: every
 * holder kind, scope (overall, class), wins and podiums, and poles, and every holder kind's starts, under each of the
 * given filters.
 */
public final class TallyAnswers {

    private static final List<String> HOLDERS = List.of("driver", "team", "manufacturer", "chassis-maker", "car",
            "entrant", "engine-maker", "tyre-maker");

    private TallyAnswers() {
    }

    /**
     * A query file's rows with its parameters (unset filters null), sources sorted: their order is the plan's.
     *
     * @param paddock    the graph
     * @param file       a file of {@code cypher/queries/}
     * @param parameters the parameters given
     * @return the rows, each a sorted map
     * @throws IOException when the file cannot be read
     */
    public static List<Map<String, Object>> rows(Paddock paddock, String file, Map<String, Object> parameters) throws IOException {
        String text = Files.readString(Path.of("cypher", "queries", file)).strip().replaceAll(";$", "");
        Map<String, Object> all = new HashMap<>(parameters);
        for (String name : List.of("season", "fromYear", "toYear", "seriesId", "classId", "eventId", "limit")) {
            all.putIfAbsent(name, null);
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : paddock.cypher(text, all)) {
            Map<String, Object> sorted = new TreeMap<>(row);
            if (row.get("sources") instanceof List<?> list) {
                sorted.put("sources", list.stream().map(String::valueOf).sorted().toList());
            }
            rows.add(sorted);
        }
        return rows;
    }

    /**
     * Asserts that every win, podium, pole and starts record read from the tallies equals the one counted from the results.
     *
     * @param paddock the graph
     * @param filters the filters to ask each record under
     * @return how many rows were compared
     * @throws IOException when a file cannot be read
     */
    public static int assertEqualToTheLiveCount(Paddock paddock, List<Map<String, Object>> filters) throws IOException {
        int compared = 0;
        for (String holder : HOLDERS) {
            for (Map<String, Object> filter : filters) {
                Map<String, Object> parameters = new HashMap<>(filter);
                parameters.put("holder", holder);
                List<Map<String, Object>> starts = rows(paddock, "records-starts.cypher", parameters);
                assertThat(rows(paddock, "records-starts-tallied.cypher", parameters)).as("starts " + parameters).isEqualTo(starts);
                compared += starts.size();
            }
            for (String scope : List.of("overall", "class")) {
                for (Map<String, Object> filter : filters) {
                    Map<String, Object> parameters = new HashMap<>(filter);
                    parameters.put("holder", holder);
                    parameters.put("scope", scope);
                    List<Map<String, Object>> poles = rows(paddock, "records-poles.cypher", parameters);
                    assertThat(rows(paddock, "records-poles-tallied.cypher", parameters)).as("poles " + parameters).isEqualTo(poles);
                    compared += poles.size();
                    for (long top : List.of(1L, 3L)) {
                        parameters.put("top", top);
                        List<Map<String, Object>> live = rows(paddock, "records-wins.cypher", parameters);
                        assertThat(rows(paddock, "records-wins-tallied.cypher", parameters)).as(parameters.toString()).isEqualTo(live);
                        compared += live.size();
                    }
                }
            }
        }
        return compared;
    }
}
