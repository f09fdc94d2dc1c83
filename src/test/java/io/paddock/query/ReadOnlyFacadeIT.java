package io.paddock.query;

import io.paddock.SeededGraph;
import io.paddock.internal.cypher.CypherFile;
import io.paddock.internal.cypher.GraphAccess;
import io.paddock.model.HolderKind;
import io.paddock.model.RecordKind;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.QueryType;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Least privilege for questions (ArchitectureTests#theQueryFacadeOnlyReads checks the code; this checks the
 * behaviour): every public method of the facade answers through a driver whose sessions default to READ access, so a
 * write anywhere inside would be refused by the server; and every query file is a read-only query by the server's own
 * account ({@code EXPLAIN}'s query type).
 */
class ReadOnlyFacadeIT extends SeededGraph {

    @Test
    void everyFacadeMethodAnswersInReadOnlySessions() {
        PaddockQueries readOnly = new PaddockQueries(new GraphAccess(paddock.driver(),
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build()));
        QueryFilter all = QueryFilter.all();
        Map<String, Supplier<Object>> calls = new LinkedHashMap<>();
        calls.put("search", () -> readOnly.search("bernhard"));
        calls.put("resolve", () -> readOnly.resolve("Timo Bernhard"));
        calls.put("teammates", () -> readOnly.teammates("Timo Bernhard", all));
        calls.put("teammateCounts", () -> readOnly.teammateCounts("Timo Bernhard", all));
        calls.put("sharedEvents", () -> readOnly.sharedEvents("Timo Bernhard", "Sascha Maassen"));
        calls.put("headToHead", () -> readOnly.headToHead(PaddockQueries.Side.DRIVERS, "Romain Dumas", "Rinaldo Capello", all));
        calls.put("headToHeadScore", () -> readOnly.headToHeadScore(PaddockQueries.Side.DRIVERS, "Romain Dumas", "Rinaldo Capello", all));
        calls.put("rivals", () -> readOnly.rivals("Timo Bernhard", all));
        calls.put("battles", () -> readOnly.battles(null, all));
        calls.put("battlesOf", () -> readOnly.battlesOf("Timo Bernhard", all));
        calls.put("battle", () -> readOnly.battle("Timo Bernhard", "Sascha Maassen", all));
        calls.put("rivalsOverall", () -> readOnly.rivalsOverall("Timo Bernhard", all));
        calls.put("records", () -> readOnly.records(RecordKind.WINS, HolderKind.DRIVER, all));
        calls.put("recordTable", () -> readOnly.recordTable(RecordKind.WINS, null, all));
        calls.put("driver", () -> readOnly.driver("Sascha Maassen"));
        calls.put("driverSummary", () -> readOnly.driverSummary("Sascha Maassen"));
        calls.put("team", () -> readOnly.team("Penske Racing"));
        calls.put("teamSummary", () -> readOnly.teamSummary("Penske Racing"));
        calls.put("car", () -> readOnly.car("Porsche RS Spyder"));
        calls.put("circuit", () -> readOnly.circuit("Mosport"));
        calls.put("event", () -> readOnly.event("Petit Le Mans 2007"));
        calls.put("path", () -> readOnly.path("Richard Lietz", "Seth Neiman", all));
        calls.put("career", () -> readOnly.career("Timo Bernhard", all));
        calls.put("crossover", () -> readOnly.crossover(null, null, false, all));
        calls.put("network", () -> List.of(   // Graph Data Science's projection, stream and mutate modes only read
                readOnly.network().central(DriverNetwork.Centrality.BETWEENNESS, DriverNetwork.Links.ALL, all),
                readOnly.network().communities(DriverNetwork.Links.ALL, all),
                readOnly.network().similar("Timo Bernhard", DriverNetwork.Links.ALL, all),
                readOnly.network().separation("Timo Bernhard", DriverNetwork.Links.ALL, all),
                readOnly.network().separation(null, DriverNetwork.Links.ALL, all)));

        Set<String> publicMethods = Arrays.stream(PaddockQueries.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                .map(Method::getName).collect(Collectors.toCollection(java.util.TreeSet::new));
        assertThat(calls.keySet()).as("every public facade method is called here").containsExactlyInAnyOrderElementsOf(publicMethods);

        Map<String, Object> answers = new TreeMap<>();
        calls.forEach((name, call) -> answers.put(name, call.get()));
        assertThat(answers).hasSize(publicMethods.size()).doesNotContainValue(null);
        // a few answers from the seed, to show the read-only sessions really answered
        assertThat(readOnly.search("mucke")).extracting(Ref -> Ref.name()).contains("Stefan Mücke");
        assertThat(readOnly.headToHead(PaddockQueries.Side.DRIVERS, "Romain Dumas", "Rinaldo Capello", all.season(2007)).toString())
                .contains("Rinaldo Capello");
    }

    @Test
    void aReadOnlySessionRefusesAWriteSoTheProofAboveMeansSomething() {
        try (var session = paddock.driver().session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> session.executeRead(tx -> tx.run("CREATE (:Hack)").consume()))
                    .hasMessageContaining("Writing in read access mode not allowed");
        }
    }

    @Test
    void everyQueryFileIsReadOnlyByTheServersAccount() throws IOException {
        List<Path> files = QueryFileListing.cypherFiles("");
        assertThat(files).hasSizeGreaterThanOrEqualTo(27);
        Map<String, QueryType> types = new TreeMap<>();
        try (var session = paddock.driver().session(paddock.sessionConfig())) {
            for (Path file : files) {
                String statement = CypherFile.load("queries/" + file.getFileName()).statement();
                types.put(file.getFileName().toString(),
                        session.executeRead(tx -> tx.run("EXPLAIN " + statement).consume().queryType()));
            }
        }
        assertThat(types).hasSize(files.size()).allSatisfy((file, type) -> assertThat(type).as(file).isEqualTo(QueryType.READ_ONLY));
    }
}
