package io.paddock.importer;

import io.paddock.internal.cypher.CypherFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;
import org.neo4j.driver.summary.Plan;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Query plans on the full graph (Maven profile {@code full-data}, sharing {@link FullDataGraph}'s import):
 * every file of {@code cypher/queries/} runs with {@code PROFILE}, its {@code :param} examples adapted to real ids;
 * a question about one driver, team, car, circuit or event must find that node by an index seek and scan no label
 * or the whole store, and a records question over all results must start from an index. Every statement of
 * {@code cypher/load/graph.cypher} is EXPLAINed: none may plan an {@code Eager} step or scan every node. The findings (operators, db hits, a warm time) go to {@code target/query-plans.md}, the source of
 * {@code docs/query-plans.md}. Times are recorded, never asserted.
 */
class QueryPlansFullDataIT {

    private static final Path QUERIES = Path.of("cypher", "queries");
    private static final Pattern PARAM = Pattern.compile("(?m)^// :param (\\w+) => (.+)$");
    private static final Set<String> SCANS = Set.of("NodeByLabelScan", "AllNodesScan");
    private static final Set<String> SEEKS = Set.of("NodeUniqueIndexSeek", "NodeIndexSeek", "NodeIndexSeekByRange",
            "MultiNodeIndexSeek", "NodeIndexContainsScan", "NodeIndexEndsWithScan", "NodeIndexScan");

    /**
     * Questions over everything, without an anchor node by design; the others each name one driver, team, car,
     * circuit or event (or two).
     */
    private static final Set<String> UNANCHORED = Set.of("records-class-win-streaks", "records-closest-finishes",
            "records-lap-record-improvements", "records-lap-records", "records-poles", "records-starts",
            "records-stated-totals", "records-titles", "records-wins", "records-feats", "search", "crossover", "battles");

    /**
     * Unanchored questions for which no index fits: they filter on no indexed property and read every node of a small
     * label (StatedTotal, LapRecord, Championship), or, for starts, every race result (the planner starts from the
     * 186 seasons; the Session(type) index would not narrow it: see docs/query-plans.md). Crossover without a pair of
     * series reads every driver's series by design (the answer is every driver who raced in two). Entries
     * (records-feats with its example scope) are every entry but practice-only cars. Battles without a driver or a team
     * (every pair of a season) start from the 186 Season nodes, the season itself optional; with one, its branch seeks
     * the driver or team by id, and the plan keeps the season branch beside it.
     */
    private static final Set<String> NO_INDEX_FITS = Set.of("crossover", "records-stated-totals", "records-lap-records",
            "records-lap-record-improvements", "records-titles", "records-starts", "records-feats", "battles");

    private static FullDataGraph graph;
    private static final Map<String, String> findings = new TreeMap<>();
    private static final Map<String, String> loadFindings = new LinkedHashMap<>();

    @BeforeAll
    static void theFullGraph() {
        graph = FullDataGraph.get();
    }

    @AfterAll
    static void writeTheFindings() throws IOException {
        if (findings.isEmpty()) {
            return;
        }
        StringBuilder md = new StringBuilder("| query | parameters | leaf operators (anchor first) | db hits | rows | warm ms (median of 5) |\n")
                .append("|---|---|---|---|---|---|\n");
        findings.values().forEach(md::append);
        md.append("\n| load statement | Eager | operators |\n|---|---|---|\n");
        loadFindings.values().forEach(md::append);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "query-plans.md"), md.toString());
    }

    /** The examples of the files, adapted to real ids of the full graph (looked up where they are not fixed). */
    private static Map<String, Map<String, Object>> fullDataParameters() {
        String hamiltonCar = single("MATCH (:Driver {id: $d})-[:DROVE]->(n:Entry)-[:IN_EVENT]->(:Event {id: $e}) "
                + "MATCH (n)-[:WITH_CAR]->(c:CarModel) RETURN c.id", Map.of("d", "lewis-hamilton", "e", "f1-2008-british-grand-prix"));
        String sarthe = single("MATCH (:Event {id: $e})-[:AT]->(c:Circuit) RETURN c.id", Map.of("e", "lemans-2008"));
        String silverstone2008 = "f1-2008-british-grand-prix";
        Map<String, Map<String, Object>> p = new HashMap<>();
        p.put("co-drivers", params("driverId", "tom-kristensen", "season", null));
        p.put("team-mates", params("driverId", "lewis-hamilton", "season", null));
        p.put("unknown-crews", params("driverId", "romain-dumas"));
        p.put("shared-events", params("a", "lewis-hamilton", "b", "nico-rosberg"));
        p.put("head-to-head", params("kind", "driver", "a", "lewis-hamilton", "b", "nico-rosberg"));
        p.put("head-to-head-sessions", params("kind", "driver", "a", "lewis-hamilton", "b", "nico-rosberg"));
        p.put("head-to-head-score", params("kind", "driver", "a", "lewis-hamilton", "b", "nico-rosberg"));
        p.put("rivals", params("driverId", "tom-kristensen"));
        p.put("profile-driver", params("driverId", "lewis-hamilton"));
        p.put("profile-team", params("teamId", "ferrari"));
        p.put("profile-car", params("carId", hamiltonCar));
        p.put("profile-circuit", params("circuitId", sarthe));
        p.put("profile-event", params("eventId", silverstone2008));
        p.put("profile-event-sessions", params("eventId", silverstone2008));
        p.put("profile-event-candidates", params("eventIds", List.of(silverstone2008, "f1-2009-british-grand-prix", "lemans-2008")));
        p.put("profile-entries", params("driverId", "lewis-hamilton"));
        p.put("profile-standings", params("driverId", "lewis-hamilton"));
        p.put("profile-stated-totals", params("driverId", "romain-dumas"));
        // Lap records exist only in the seed (no dataset has them): its Laguna Seca example stays.
        p.put("search", params("searches", List.of(Map.of("query", "hamilton*", "labels", List.of("Driver")))));
        p.put("records-stated-totals", params("season", null));
        return p;
    }

    private static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    private static String single(String query, Map<String, Object> parameters) {
        try (Session session = graph.paddock.driver().session(graph.paddock.sessionConfig())) {
            return session.executeRead(tx -> tx.run(query, parameters).single().get(0).asString());
        }
    }

    @TestFactory
    Stream<DynamicTest> everyQueryFindsItsAnchorByAnIndex() throws IOException {
        Map<String, Map<String, Object>> adapted = fullDataParameters();
        List<Path> files;
        try (Stream<Path> list = Files.list(QUERIES)) {
            files = list.filter(f -> f.toString().endsWith(".cypher")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(27);
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString().replace(".cypher", "");
            String text = Files.readString(file);
            Map<String, Object> parameters = new HashMap<>();
            Matcher param = PARAM.matcher(text);
            while (param.find()) {
                parameters.put(param.group(1), graph.paddock.cypher("RETURN " + param.group(2) + " AS value", Map.of()).get(0).get("value"));
            }
            parameters.putAll(adapted.getOrDefault(name, Map.of()));

            ResultSummary summary;
            int rows;
            double[] millis = new double[5];
            try (Session session = graph.paddock.driver().session(graph.paddock.sessionConfig())) {
                for (int i = 0; i < 2; i++) {
                    session.executeRead(tx -> tx.run(text, parameters).list());
                }
                for (int i = 0; i < millis.length; i++) {
                    long start = System.nanoTime();
                    session.executeRead(tx -> tx.run(text, parameters).list());
                    millis[i] = (System.nanoTime() - start) / 1e6;
                }
                var profiled = session.executeRead(tx -> {
                    var result = tx.run("PROFILE " + text, parameters);
                    int n = result.list().size();
                    return Map.entry(n, result.consume());
                });
                rows = profiled.getKey();
                summary = profiled.getValue();
            }
            java.util.Arrays.sort(millis);
            ProfiledPlan plan = summary.profile();
            List<String> leaves = new ArrayList<>();
            leaves(plan, leaves);
            List<String> operators = new ArrayList<>();
            operators(plan, operators);
            long dbHits = dbHits(plan);
            findings.put(name, String.format("| `%s` | %s | %s | %,d | %d | %.1f |%n", name, describe(parameters, adapted.get(name)),
                    String.join("<br>", leaves), dbHits, rows, millis[millis.length / 2]));

            assertThat(operators).as(name + ": never the whole store").doesNotContain("AllNodesScan");
            if (!UNANCHORED.contains(name)) {
                assertThat(operators).as(name + ": the anchor by an index").containsAnyOf("NodeUniqueIndexSeek", "NodeIndexSeek");
                assertThat(operators).as(name + ": no label scan where the anchor's index fits").doesNotContainAnyElementsOf(SCANS);
                assertThat(rows).as(name + " returns rows for its anchor").isPositive();
            } else if (!NO_INDEX_FITS.contains(name)) {
                assertThat(operators).as(name + ": starts from the index it can use").containsAnyElementsOf(
                        name.equals("search") ? Set.of("ProcedureCall") : SEEKS);
            }
        }));
    }

    @Test
    void aRecordOfOneSeriesStartsFromThatSeriesKeys() {
        // ADR 0041: with a series, the record reads that series' results or events through the composite index on the
        // keys, so it costs the same however many other series the graph holds (the growth benchmark's 1.35× at 30×)
        record Case(String file, Map<String, Object> parameters, String index, String holder, Object value) {
        }
        Map<String, Object> common = params("season", null, "fromYear", null, "toYear", null, "classId", null,
                "eventId", null, "limit", 3);
        List<Case> cases = List.of(
                // results_in.csv: Tom Kristensen won the 24 Hours nine times
                new Case("records-wins", params("holder", "driver", "scope", "overall", "top", 1, "seriesId", "lemans"),
                        "Result(seriesId, position)", "Tom Kristensen", 9L),
                // results_in.csv: Henri Pescarolo's 33 entries, 1966 to 1999
                new Case("records-feats", params("holder", "driver", "scope", "entries", "seriesId", "lemans"),
                        "Event(seriesId, year)", "Henri Pescarolo", 33L),
                // results_in.csv: Kristensen's six wins in a row, 2000 to 2005
                new Case("records-class-win-streaks", params("seriesId", "lemans"),
                        "Event(seriesId, year)", "Tom Kristensen", 6L),
                // results.csv: Gethin beat Peterson at Monza in 1971 by a hundredth of a second
                new Case("records-closest-finishes", params("seriesId", "f1"),
                        "Result(seriesId, position)", "Italian Grand Prix", 0.01));
        for (Case c : cases) {
            Map<String, Object> parameters = new HashMap<>(common);
            parameters.putAll(c.parameters());
            String text = CypherFile.load("queries/" + c.file() + ".cypher").statement();
            try (Session session = graph.paddock.driver().session(graph.paddock.sessionConfig())) {
                var profiled = session.executeRead(tx -> {
                    var result = tx.run("PROFILE " + text, parameters);
                    var first = result.list().get(0);
                    return Map.entry(first, result.consume());
                });
                List<String> leaves = new ArrayList<>();
                leaves(profiled.getValue().profile(), leaves);
                assertThat(leaves).as(c.file()).anyMatch(leaf -> leaf.startsWith("NodeIndexSeek") && leaf.contains(c.index()));
                assertThat(profiled.getKey().get("holder").asString()).as(c.file()).isEqualTo(c.holder());
                assertThat(profiled.getKey().get("value").asObject()).as(c.file()).isEqualTo(c.value());
            }
        }
    }

    @Test
    void loadStatementsPlanNoEagerStepButTheKnownOnes() {
        Map<String, String> statements = CypherFile.load("load/graph.cypher").namedStatements();
        List<String> eager = new ArrayList<>();
        List<String> allNodes = new ArrayList<>();
        try (Session session = graph.paddock.driver().session(graph.paddock.sessionConfig())) {
            statements.forEach((name, statement) -> {
                Plan plan = session.run("EXPLAIN " + statement, Map.<String, Object>of("rows", List.of())).consume().plan();
                List<String> operators = new ArrayList<>();
                operators(plan, operators);
                boolean hasEager = operators.contains("Eager");
                if (hasEager) {
                    eager.add(name);
                }
                if (operators.contains("AllNodesScan")) {
                    allNodes.add(name);
                }
                loadFindings.put(name, String.format("| `%s` | %s | %s |%n", name, hasEager ? "**yes**" : "no",
                        String.join(", ", new java.util.LinkedHashSet<>(operators))));
            });
        }
        // entries replaces the links another source made (car, engine maker, squad): deleting and merging
        // relationships in one statement needs the Eager step (ADR 0020).
        assertThat(eager).as("statements with an Eager step").containsExactly("entries");
        assertThat(allNodes).as("statements that scan every node").isEmpty();
    }

    private static String describe(Map<String, Object> parameters, Map<String, Object> adapted) {
        StringBuilder text = new StringBuilder();
        (adapted == null ? Map.<String, Object>of() : adapted).forEach((k, v) -> {
            if (v != null) {
                text.append(text.length() == 0 ? "" : ", ").append(k).append(" ").append(v);
            }
        });
        parameters.forEach((k, v) -> {
            if (v != null && (adapted == null || !adapted.containsKey(k))) {
                text.append(text.length() == 0 ? "" : ", ").append(k).append(" ").append(v);
            }
        });
        return text.length() == 0 ? "—" : text.toString().replace("|", "\\|");
    }

    private static String operator(Plan plan) {
        String type = plan.operatorType();
        return type.contains("@") ? type.substring(0, type.indexOf('@')) : type;
    }

    private static void operators(Plan plan, List<String> into) {
        into.add(operator(plan));
        plan.children().forEach(child -> operators(child, into));
    }

    /** Leaf operators with their details, e.g. {@code NodeUniqueIndexSeek d:Driver(id) WHERE id = $driverId}. */
    private static void leaves(Plan plan, List<String> into) {
        if (plan.children().isEmpty()) {
            Value details = plan.arguments().get("Details");
            into.add(operator(plan) + (details == null ? "" : " `" + details.asString().replace("|", "\\|") + "`"));
        }
        plan.children().forEach(child -> leaves(child, into));
    }

    private static long dbHits(ProfiledPlan plan) {
        long hits = plan.dbHits();
        for (ProfiledPlan child : plan.children()) {
            hits += dbHits(child);
        }
        return hits;
    }
}
