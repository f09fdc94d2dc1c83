package io.paddock.internal.load;

import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The precedence rule does not depend on the order the sources write in (issue 22, ADR 0030), reproduced small with
 * the one circuit where the full datasets showed it: Long Beach as the seed (rank 4, no coordinates), F1DB (3) and
 * Ergast (2) describe it, the values copied from the three sources. Before ADR 0030 the seed's node kept whichever of
 * F1DB's and Ergast's coordinates arrived first.
 */
class WriteOrderIT {

    private static final WriteRow SEED = new WriteRow.Circuit("long-beach", "Long Beach", List.of(),
            List.of("001_40dddd42d94a9a30#p6"), 4, null, null, null, "US", 3.275, "Street circuit.", null, null, null);
    private static final WriteRow F1DB = new WriteRow.Circuit("long-beach", "Long Beach", List.of(),
            List.of("f1db#circuits/long-beach.yml:1"), 3, null, "Long Beach", null, "US", null, null, 33.766389,
            -118.192778, null);
    private static final WriteRow ERGAST = new WriteRow.Circuit("long-beach", "Long Beach", List.of(),
            List.of("ergast-f1-csv#circuits.csv:44"), 2, null, "California", null, "US", null, null, 33.7651, -118.189,
            null);

    @Test
    void eachValueIsTheHighestRankedSourcesInAllSixOrders() {
        List<List<WriteRow>> orders = List.of(List.of(SEED, F1DB, ERGAST), List.of(SEED, ERGAST, F1DB),
                List.of(F1DB, SEED, ERGAST), List.of(F1DB, ERGAST, SEED), List.of(ERGAST, SEED, F1DB),
                List.of(ERGAST, F1DB, SEED));
        List<Map<String, Object>> circuits = new ArrayList<>();
        try (Paddock paddock = TestNeo4j.paddock()) {
            for (List<WriteRow> order : orders) {
                TestNeo4j.clear(paddock);
                for (WriteRow row : order) {
                    GraphRows rows = new GraphRows();
                    rows.add(row);
                    new GraphWriter(paddock.driver(), paddock.sessionConfig(), GraphWriter.DEFAULT_BATCH_SIZE)
                            .write(rows, p -> { });
                }
                Map<String, Object> circuit = new TreeMap<>((Map<String, Object>) paddock.cypher(
                        "MATCH (c:Circuit {id: 'long-beach'}) RETURN properties(c) AS p", Map.of()).get(0).get("p"));
                circuit.put("sources", ((List<?>) circuit.get("sources")).stream().map(String::valueOf).sorted().toList());
                circuits.add(circuit);
            }
            TestNeo4j.clear(paddock);
        }
        Map<String, Object> first = circuits.get(0);
        // the seed's own values, F1DB's where the seed gives none (F1DB outranks Ergast), the ranks of those kept
        assertThat(first).containsEntry("name", "Long Beach").containsEntry("lengthKm", 3.275)
                .containsEntry("note", "Street circuit.").containsEntry("locality", "Long Beach")
                .containsEntry("latitude", 33.766389).containsEntry("longitude", -118.192778)
                .containsEntry("precedence", 4L)
                .containsEntry("precedenceOf", List.of("locality=3", "latitude=3", "longitude=3"));
        assertThat(circuits).allSatisfy(c -> assertThat(c).isEqualTo(first));
    }
}
