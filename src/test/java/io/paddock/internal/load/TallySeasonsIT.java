package io.paddock.internal.load;

import io.paddock.SeededGraph;
import io.paddock.importer.TallyAnswers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seasons a write rebuilds the tallies of (ADR 0043): a write that carries results for entries it does not write
 * itself still rebuilds their season, found through the entries the graph already holds. An import writes the entries
 * of its results and names their events; this is the other case, a correction of one result.
 */
class TallySeasonsIT extends SeededGraph {

    @Test
    void aWriteOfOneResultRebuildsTheSeasonOfItsEntryAlreadyInTheGraph() throws IOException {
        Map<String, Object> wins = Map.of("holder", "driver", "scope", "overall", "top", 1L, "seriesId", "alms");
        // 001_40dddd42d94a9a30: Capello won Laguna Seca 2007 overall; 000_a2ddb8a8b78fb99c: and Petit Le Mans 2007.
        assertThat(winner(wins)).containsEntry("holder", "Rinaldo Capello").containsEntry("value", 2L);
        Map<String, Object> laguna = paddock.cypher("""
                MATCH (:Driver {id: 'rinaldo-capello'})-[:DROVE]->(n:Entry)-[:IN_EVENT]->(e:Event {year: 2007})
                WHERE e.name STARTS WITH 'Laguna Seca'
                MATCH (r:Result {position: 1})-[:OF_ENTRY]->(n), (r)-[:IN_SESSION]->(s:Session {type: 'RACE'})
                RETURN r.id AS result, n.id AS entry, s.id AS session, r.precedence AS precedence, r.sources AS sources""",
                Map.of()).get(0);

        // The same source, ranked as before, now says second: a write of this one result and nothing else.
        GraphRows rows = new GraphRows();
        rows.add(new WriteRow.Result((String) laguna.get("result"), (String) laguna.get("entry"),
                (String) laguna.get("session"), null, 2, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                ((List<?>) laguna.get("sources")).stream().map(String::valueOf).toList(), null,
                ((Number) laguna.get("precedence")).intValue()));
        new GraphWriter(paddock.driver(), paddock.sessionConfig(), GraphWriter.DEFAULT_BATCH_SIZE).write(rows, p -> { });

        assertThat(TallyAnswers.rows(paddock, "tallies-state.cypher", Map.of()).get(0)).containsEntry("fresh", true);
        assertThat(winner(wins)).containsEntry("value", 1L);
        assertThat(TallyAnswers.rows(paddock, "records-wins-tallied.cypher", wins))
                .isEqualTo(TallyAnswers.rows(paddock, "records-wins.cypher", wins));
    }

    private static Map<String, Object> winner(Map<String, Object> wins) throws IOException {
        return TallyAnswers.rows(paddock, "records-wins-tallied.cypher", wins).get(0);
    }
}
