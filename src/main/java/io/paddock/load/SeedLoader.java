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

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a validated {@link Seed} into Neo4j through the {@link GraphWriter}: the seed is one more source mapped
 * onto the statements of {@code cypher/load/graph.cypher}, so loading the same seed again changes nothing and the
 * seed and the dataset imports share one write path. The seed outranks the datasets where they name an entity
 * differently ({@link #PRECEDENCE}).
 */
public final class SeedLoader {

    /** The seed's precedence for names and nationalities: curated text beats dataset spellings. */
    public static final int PRECEDENCE = 3;

    /** Seed reference kinds and the graph label each maps to; the only labels a row can name. */
    private static final Map<String, String> LABELS = Map.of(
            "driver", "Driver", "person", "Person", "team", "Team", "manufacturer", "Manufacturer",
            "car", "CarModel", "entry", "Entry");

    private static final List<String> REGISTRY_KINDS =
            List.of("series", "classes", "circuits", "manufacturers", "cars", "teams", "drivers", "people");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final GraphWriter writer;

    /**
     * @param driver        connected driver
     * @param sessionConfig session settings (database)
     */
    public SeedLoader(Driver driver, SessionConfig sessionConfig) {
        this.writer = new GraphWriter(driver, sessionConfig, GraphWriter.DEFAULT_BATCH_SIZE);
    }

    /**
     * @param seed     a validated seed
     * @param progress receives one line per step (e.g. for a CLI progress display)
     * @return what was written
     */
    public LoadReport load(Seed seed, Consumer<String> progress) {
        long start = System.nanoTime();
        GraphRows rows = rows(seed);
        WriteReport written = writer.write(rows, p -> progress.accept(
                String.format("%-14s %6d rows", p.statement(), rows.of(p.statement()).size())));
        return new LoadReport(1 + seed.articles().size(), written.rows(), (int) written.nodesCreated(),
                (int) written.relationshipsCreated(), (int) written.propertiesSet(),
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** Turns the seed files into one row list per loader statement. */
    static GraphRows rows(Seed seed) {
        GraphRows rows = new GraphRows();
        JsonNode registry = seed.registry().json();
        for (String kind : REGISTRY_KINDS) {
            registry.path(kind).forEach(item -> add(rows, kind, withSearchText(item, "").put("precedence", PRECEDENCE)));
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
    private static void add(GraphRows rows, String statement, JsonNode item) {
        rows.add(statement, JSON.convertValue(item, Map.class));
    }
}
