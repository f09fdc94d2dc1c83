package io.paddock.load;

import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import io.paddock.internal.cypher.CypherFile;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.summary.Plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The writer's statements plan without an Eager step, but the one known (which would hold a whole batch in memory between two
 * operators); QueryPlansFullDataIT checks the same on the full graph.
 */
class LoadPlansIT {

    @Test
    void noWriteStatementPlansAnEagerStep() {
        List<String> eager = new ArrayList<>();
        try (Paddock paddock = TestNeo4j.paddock(); var session = paddock.driver().session(paddock.sessionConfig())) {
            CypherFile.load("load/graph.cypher").namedStatements().forEach((name, statement) -> {
                Plan plan = session.run("EXPLAIN " + statement, Map.<String, Object>of("rows", List.of())).consume().plan();
                if (hasEager(plan)) {
                    eager.add(name);
                }
            });
        }
        // entries replaces the links another source made (car, engine maker, squad): deleting and merging
        // relationships in one statement needs the Eager step (ADR 0020).
        assertThat(eager).as("statements with an Eager step").containsExactly("entries");
    }

    private static boolean hasEager(Plan plan) {
        return plan.operatorType().startsWith("Eager@") || plan.operatorType().equals("Eager")
                || plan.children().stream().anyMatch(LoadPlansIT::hasEager);
    }
}
