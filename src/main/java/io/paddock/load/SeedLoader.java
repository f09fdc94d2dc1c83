package io.paddock.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paddock.cypher.CypherFile;
import io.paddock.seed.Seed;
import io.paddock.seed.SeedFile;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.summary.SummaryCounters;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a validated {@link Seed} into Neo4j with the statements of {@code cypher/load/seed.cypher}: batched
 * {@code UNWIND … MERGE}, all inside one managed write transaction, so a load either lands whole or not at all,
 * and loading the same seed again changes nothing.
 */
public final class SeedLoader {

    static final int BATCH_SIZE = 1000;

    /** Seed reference kinds and the graph label each maps to; the only labels a row can name. */
    private static final Map<String, String> LABELS = Map.of(
            "driver", "Driver", "person", "Person", "team", "Team", "manufacturer", "Manufacturer",
            "car", "CarModel", "entry", "Entry");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final Map<String, String> statements = CypherFile.load("load/seed.cypher").namedStatements();

    /**
     * @param driver        connected driver
     * @param sessionConfig session settings (database)
     */
    public SeedLoader(Driver driver, SessionConfig sessionConfig) {
        this.driver = driver;
        this.sessionConfig = sessionConfig;
    }

    /**
     * @param seed     a validated seed
     * @param progress receives one line per step (e.g. for a CLI progress display)
     * @return what was written
     */
    public LoadReport load(Seed seed, Consumer<String> progress) {
        long start = System.nanoTime();
        Map<String, List<Map<String, Object>>> rows = rows(seed);
        Map<String, Integer> rowCounts = new LinkedHashMap<>();
        int[] counters = new int[3];
        try (var session = driver.session(sessionConfig)) {
            session.executeWriteWithoutResult(tx -> {
                counters[0] = counters[1] = counters[2] = 0;
                for (Map.Entry<String, String> statement : statements.entrySet()) {
                    List<Map<String, Object>> batchRows = rows.getOrDefault(statement.getKey(), List.of());
                    for (int from = 0; from < batchRows.size(); from += BATCH_SIZE) {
                        List<Map<String, Object>> batch = batchRows.subList(from, Math.min(batchRows.size(), from + BATCH_SIZE));
                        SummaryCounters c = tx.run(statement.getValue(), Map.of("rows", batch)).consume().counters();
                        counters[0] += c.nodesCreated();
                        counters[1] += c.relationshipsCreated();
                        counters[2] += c.propertiesSet();
                    }
                    rowCounts.put(statement.getKey(), batchRows.size());
                    progress.accept(String.format("%-14s %6d rows", statement.getKey(), batchRows.size()));
                }
            });
        }
        return new LoadReport(1 + seed.articles().size(), rowCounts, counters[0], counters[1], counters[2],
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Turns the seed files into one row list per loader statement. */
    static Map<String, List<Map<String, Object>>> rows(Seed seed) {
        Map<String, List<Map<String, Object>>> rows = new HashMap<>();
        JsonNode registry = seed.registry().json();
        for (String kind : List.of("series", "classes", "circuits", "manufacturers", "cars", "teams", "drivers", "people")) {
            registry.path(kind).forEach(item -> add(rows, kind, withSearchText(item, "")));
        }
        Map<String, Integer> yearOfSeason = new HashMap<>();
        Map<String, String> circuitNames = new HashMap<>();
        registry.path("circuits").forEach(c -> circuitNames.put(c.path("id").asText(), c.path("name").asText()));
        for (SeedFile article : seed.articles()) {
            article.json().path("seasons").forEach(s -> yearOfSeason.put(s.path("id").asText(), s.path("year").asInt()));
        }
        for (SeedFile article : seed.articles()) {
            JsonNode json = article.json();
            add(rows, "sources", json.path("source"));
            json.path("seasons").forEach(s -> add(rows, "seasons", s));
            json.path("events").forEach(e -> {
                ObjectNode event = withSearchText(e, yearOfSeason.get(e.path("season").asText()) + " "
                        + circuitNames.get(e.path("circuit").asText()));
                ArrayNode documents = event.putArray("documents");
                documentsOf(e.path("src")).forEach(documents::add);
                add(rows, "events", event);
            });
            json.path("sessions").forEach(s -> add(rows, "sessions", s));
            json.path("entries").forEach(e -> {
                add(rows, "entries", e);
                e.path("crew").forEach(d -> {
                    ObjectNode crew = JSON.createObjectNode();
                    crew.put("entry", e.path("id").asText());
                    crew.put("driver", d.asText());
                    crew.set("src", e.path("src"));
                    if (e.has("inferred")) {
                        crew.set("inferred", e.path("inferred"));
                    }
                    add(rows, "crew", crew);
                });
            });
            json.path("results").forEach(r -> {
                ObjectNode result = r.deepCopy();
                result.put("id", r.path("entry").asText() + "@" + r.path("session").asText());
                add(rows, "results", result);
            });
            json.path("championships").forEach(c -> {
                add(rows, "championships", c);
                c.path("standings").forEach(s -> {
                    ObjectNode standing = s.deepCopy();
                    standing.put("championship", c.path("id").asText());
                    standing.put("holderLabel", LABELS.get(s.path("holder").path("kind").asText()));
                    standing.put("holderId", s.path("holder").path("id").asText());
                    add(rows, "standings", standing);
                });
            });
            json.path("lapRecords").forEach(l -> add(rows, "lapRecords", l));
            json.path("statedTotals").forEach(t -> {
                ObjectNode total = t.deepCopy();
                ArrayNode subjects = total.putArray("subjects");
                t.path("subject").forEach(s -> subjects.addObject()
                        .put("label", LABELS.get(s.path("kind").asText()))
                        .put("id", s.path("id").asText()));
                add(rows, "statedTotals", total);
            });
            json.path("roles").forEach(r -> {
                ObjectNode role = r.deepCopy();
                role.put("organisationLabel", LABELS.get(r.path("organisation").path("kind").asText()));
                role.put("organisationId", r.path("organisation").path("id").asText());
                add(rows, "roles", role);
            });
        }
        return rows;
    }

    /** The text the full-text name index searches: the name, its aliases and any extra words. */
    private static ObjectNode withSearchText(JsonNode item, String extra) {
        ObjectNode copy = item.deepCopy();
        StringBuilder text = new StringBuilder(item.path("name").asText());
        item.path("aliases").forEach(a -> text.append(" | ").append(a.asText()));
        if (!extra.isBlank()) {
            text.append(" | ").append(extra);
        }
        copy.put("searchText", text.toString());
        return copy;
    }

    private static Set<String> documentsOf(JsonNode src) {
        Set<String> documents = new LinkedHashSet<>();
        src.forEach(s -> documents.add(s.asText().substring(0, s.asText().indexOf('#'))));
        return documents;
    }

    @SuppressWarnings("unchecked")
    private static void add(Map<String, List<Map<String, Object>>> rows, String statement, JsonNode item) {
        rows.computeIfAbsent(statement, k -> new ArrayList<>()).add(JSON.convertValue(item, Map.class));
    }
}
