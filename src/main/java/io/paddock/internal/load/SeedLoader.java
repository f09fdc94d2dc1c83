package io.paddock.internal.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paddock.load.LoadReport;
import io.paddock.load.WriteReport;
import io.paddock.model.EntityKind;
import io.paddock.seed.Seed;
import io.paddock.seed.SeedFile;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a validated {@link Seed} into Neo4j through the {@link GraphWriter}: the seed is one more source mapped
 * onto the statements of {@code cypher/load/graph.cypher}, so loading the same seed again changes nothing and the
 * seed and the dataset imports share one write path. The seed outranks the datasets where they name an entity
 * differently ({@link Precedence}).
 */
public final class SeedLoader {

    /** Seed reference kinds and the graph label each maps to; the only labels a row can name. */
    /** The registry's sections and the row each item becomes, in write order. */
    private static final Map<String, java.lang.Class<? extends WriteRow>> REGISTRY_ROWS = registryRows();

    private static Map<String, java.lang.Class<? extends WriteRow>> registryRows() {
        Map<String, java.lang.Class<? extends WriteRow>> rows = new LinkedHashMap<>();
        rows.put("series", WriteRow.Series.class);
        rows.put("classes", WriteRow.CarClass.class);
        rows.put("circuits", WriteRow.Circuit.class);
        rows.put("manufacturers", WriteRow.Manufacturer.class);
        rows.put("cars", WriteRow.Car.class);
        rows.put("teams", WriteRow.Team.class);
        rows.put("drivers", WriteRow.Driver.class);
        rows.put("people", WriteRow.Person.class);
        return rows;
    }

    /** Seed items carry more than a row reads (an entry's crew, a championship's standings): those are left to the mapping below. */
    private static final int PRECEDENCE = Precedence.shipped().rank("seed");

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

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
        REGISTRY_ROWS.forEach((kind, type) -> registry.path(kind).forEach(item -> {
            ObjectNode copy = item.deepCopy();
            copy.put("searchText", SearchText.of(item.path("name").asText(), texts(item.path("aliases"))));
            add(rows, type, copy);
        }));
        Map<String, Integer> yearOfSeason = new HashMap<>();
        Map<String, String> circuitNames = new HashMap<>();
        registry.path("circuits").forEach(c -> circuitNames.put(c.path("id").asText(), c.path("name").asText()));
        for (SeedFile article : seed.articles()) {
            article.json().path("seasons").forEach(s -> yearOfSeason.put(s.path("id").asText(), s.path("year").asInt()));
        }
        for (SeedFile article : seed.articles()) {
            JsonNode json = article.json();
            add(rows, WriteRow.Source.class, json.path("source"));
            json.path("seasons").forEach(s -> add(rows, WriteRow.Season.class, s));
            json.path("events").forEach(e -> {
                ObjectNode event = e.deepCopy();
                event.put("searchText", SearchText.of(e.path("name").asText(), texts(e.path("aliases")),
                        yearOfSeason.get(e.path("season").asText()) + " " + circuitNames.get(e.path("circuit").asText())));
                ArrayNode documents = event.putArray("documents");
                documentsOf(e.path("src")).forEach(documents::add);
                add(rows, WriteRow.Event.class, event);
            });
            json.path("sessions").forEach(s -> add(rows, WriteRow.Session.class, s));
            json.path("entries").forEach(e -> {
                add(rows, WriteRow.Entry.class, e);
                List<String> src = texts(e.path("src"));
                String inferred = e.has("inferred") ? e.path("inferred").asText() : null;
                e.path("crew").forEach(d -> rows.add(new WriteRow.Crew(e.path("id").asText(), d.asText(), null, null, src, inferred,
                        PRECEDENCE)));
            });
            json.path("results").forEach(r -> {
                ObjectNode result = r.deepCopy();
                result.put("id", r.path("entry").asText() + "@" + r.path("session").asText());
                add(rows, WriteRow.Result.class, result);
            });
            json.path("championships").forEach(c -> {
                add(rows, WriteRow.Championship.class, c);
                c.path("standings").forEach(s -> {
                    ObjectNode standing = s.deepCopy();
                    standing.put("championship", c.path("id").asText());
                    standing.put("holderLabel", label(s.path("holder").path("kind").asText()));
                    standing.put("holderId", s.path("holder").path("id").asText());
                    add(rows, WriteRow.Standing.class, standing);
                });
            });
            json.path("lapRecords").forEach(l -> add(rows, WriteRow.LapRecord.class, l));
            json.path("statedTotals").forEach(t -> {
                ObjectNode total = t.deepCopy();
                ArrayNode subjects = total.putArray("subjects");
                t.path("subject").forEach(s -> subjects.addObject()
                        .put("label", label(s.path("kind").asText()))
                        .put("id", s.path("id").asText()));
                add(rows, WriteRow.StatedTotal.class, total);
            });
            json.path("roles").forEach(r -> {
                ObjectNode role = r.deepCopy();
                role.put("organisationLabel", label(r.path("organisation").path("kind").asText()));
                role.put("organisationId", r.path("organisation").path("id").asText());
                add(rows, WriteRow.Role.class, role);
            });
        }
        // The curated record-book credits: those whose car model an import wrote before land now (ADR 0027).
        MarqueCredits.shipped().rows().forEach(rows::add);
        return rows;
    }

    /** The node label of a kind the seed names ({@code driver}, {@code team} …); the seed reader checked the kind. */
    private static String label(String kind) {
        return EntityKind.ofKey(kind).map(EntityKind::label).orElse(null);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(a -> texts.add(a.asText()));
        return texts;
    }

    private static Set<String> documentsOf(JsonNode src) {
        Set<String> documents = new LinkedHashSet<>();
        src.forEach(s -> documents.add(s.asText().substring(0, s.asText().indexOf('#'))));
        return documents;
    }

    /** Every seed row carries the seed's rank ({@link Precedence}). */
    private static void add(GraphRows rows, java.lang.Class<? extends WriteRow> type, JsonNode item) {
        ObjectNode copy = item.deepCopy();
        copy.put("precedence", PRECEDENCE);
        try {
            rows.add(JSON.treeToValue(copy, type));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a validated seed item does not fit " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }
}
