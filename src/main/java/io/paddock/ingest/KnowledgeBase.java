package io.paddock.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.model.EntityKind;
import io.paddock.seed.Seed;
import io.paddock.seed.SeedFile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the linker may know while it reads one document: the names of the registry's entities (never their
 * provenance), and the seasons and events of the curated articles other than the one being read. Leave-one-out is
 * enforced here: the article file whose source id is the document's own is skipped, so proposals for a shipped
 * report are never copied from its curated facts.
 */
final class KnowledgeBase {

    /** A nameable thing: a registry entity, an event of another article, or a node of the graph. */
    record Entity(String kind, String id, String name, List<String> names, List<String> weakNames,
                  String manufacturer, String engineManufacturer, String carClass, String circuit, String season) {
    }

    /** Registry arrays and the kind each holds, in the order ambiguity reports list them. */
    /** The registry's kinds in the order the linker learns them: people first, so a name that is both wins as one. */
    static final List<EntityKind> REGISTRY_KINDS = List.of(EntityKind.DRIVER, EntityKind.PERSON, EntityKind.TEAM,
            EntityKind.MANUFACTURER, EntityKind.CAR, EntityKind.CIRCUIT, EntityKind.CLASS, EntityKind.SERIES);

    /** @return whether a mention of this kind names a registry entity (not an event or an entry) */
    static boolean isRegistryKind(String kind) {
        return REGISTRY_KINDS.stream().anyMatch(k -> k.key().equals(kind));
    }

    private final List<Entity> entities = new ArrayList<>();
    private final Map<String, Entity> byKindAndId = new HashMap<>();
    private final Map<String, Integer> seasonYears = new HashMap<>();
    private final Set<String> sourcesRead = new LinkedHashSet<>();
    private final Set<String> articleIdsRead = new LinkedHashSet<>();
    private final Map<String, Set<String>> associations = new HashMap<>();
    private final String excludedSource;

    private KnowledgeBase(String excludedSource) {
        this.excludedSource = excludedSource;
    }

    /**
     * @param seed           the curated seed
     * @param excludedSource the source id of the document being read: its article file is not read at all
     * @return the names and events the linker may use for that document
     */
    static KnowledgeBase from(Seed seed, String excludedSource) {
        return from(seed, excludedSource, false);
    }

    /**
     * @param seed           the curated seed
     * @param excludedSource the source id of the document being read
     * @param strictNames    also forget the registry entities that only the excluded article names, as if the
     *                       report were new (its provenance is read only to leave those out)
     * @return the names and events the linker may use for that document
     */
    static KnowledgeBase from(Seed seed, String excludedSource, boolean strictNames) {
        KnowledgeBase kb = new KnowledgeBase(excludedSource);
        JsonNode registry = seed.registry().json();
        REGISTRY_KINDS.forEach(kind -> registry.path(kind.registrySection().orElseThrow()).forEach(item -> {
            if (!strictNames || namedElsewhere(item, excludedSource)) {
                kb.addRegistry(kind.key(), item);
            }
        }));
        for (SeedFile article : seed.articles()) {
            String source = article.json().path("source").path("id").asText();
            if (source.equals(excludedSource)) {
                continue;
            }
            kb.sourcesRead.add(source);
            kb.readArticle(article.json());
        }
        return kb;
    }

    private static boolean namedElsewhere(JsonNode item, String excludedSource) {
        for (JsonNode src : item.path("src")) {
            if (!src.asText().startsWith(excludedSource + "#")) {
                return true;
            }
        }
        return false;
    }

    private void addRegistry(String kind, JsonNode item) {
        List<String> names = new ArrayList<>();
        names.add(item.path("name").asText());
        item.path("aliases").forEach(a -> names.add(a.asText()));
        List<String> weak = new ArrayList<>();
        if ("circuit".equals(kind) && item.hasNonNull("locality")) {
            weak.add(item.path("locality").asText());
        }
        add(new Entity(kind, item.path("id").asText(), item.path("name").asText(), names, weak,
                text(item, "manufacturer"), text(item, "engineManufacturer"),
                text(item, "class"), null, text(item, "series")));
    }

    private void readArticle(JsonNode article) {
        article.path("seasons").forEach(s -> {
            seasonYears.put(s.path("id").asText(), s.path("year").asInt());
            articleIdsRead.add(s.path("id").asText());
        });
        article.path("events").forEach(e -> {
            articleIdsRead.add(e.path("id").asText());
            // An event name ("Petit Le Mans") recurs every season: it is known once, by name and circuit, and a
            // report's season is worked out from the report itself.
            String name = e.path("name").asText();
            String id = ProposalWriter.slug(name);
            if (get("event", id) == null) {
                add(new Entity("event", id, name, List.of(name), List.of(), null, null, null, text(e, "circuit"), null));
            }
        });
        // Which teams, cars and classes a driver raced with elsewhere: context for same-named drivers.
        article.path("entries").forEach(e -> e.path("crew").forEach(d -> {
            for (String[] ref : new String[][]{{"team", "team"}, {"car", "car"}, {"class", "class"}}) {
                if (e.hasNonNull(ref[0])) {
                    associate(d.asText(), ref[1], e.path(ref[0]).asText());
                }
            }
        }));
        for (String array : List.of("sessions", "entries", "championships", "lapRecords", "statedTotals")) {
            article.path(array).forEach(item -> articleIdsRead.add(item.path("id").asText()));
        }
    }

    /**
     * Adds an entity the graph knows (an imported driver, team …), unless the registry already has that id.
     *
     * @param kind  seed kind (driver, team, manufacturer, car, circuit, class, series)
     * @param id    node id
     * @param name  node name
     * @param names name and aliases
     */
    void addFromGraph(String kind, String id, String name, List<String> names) {
        if (!byKindAndId.containsKey(kind + ":" + id)) {
            add(new Entity(kind, id, name, names, List.of(), null, null, null, null, null));
        }
    }

    /**
     * Records that a driver raced with a team, car or class (from another article, or from the graph).
     *
     * @param driverId the driver
     * @param kind     team, car or class
     * @param id       its id
     */
    void associate(String driverId, String kind, String id) {
        associations.computeIfAbsent(driverId, k -> new LinkedHashSet<>()).add(kind + ":" + id);
    }

    /** @return the teams, cars and classes ({@code kind:id}) a driver is known to have raced with */
    Set<String> associations(String driverId) {
        return associations.getOrDefault(driverId, Set.of());
    }

    private void add(Entity entity) {
        entities.add(entity);
        byKindAndId.put(entity.kind() + ":" + entity.id(), entity);
    }

    private static String text(JsonNode item, String field) {
        return item.hasNonNull(field) ? item.path(field).asText() : null;
    }

    List<Entity> entities() {
        return Collections.unmodifiableList(entities);
    }

    Entity get(String kind, String id) {
        return byKindAndId.get(kind + ":" + id);
    }

    /** @return the year of a season some other article defines, or null */
    Integer seasonYear(String seasonId) {
        return seasonYears.get(seasonId);
    }

    /** @return the source ids whose article files were read (never the excluded one) */
    Set<String> sourcesRead() {
        return Collections.unmodifiableSet(sourcesRead);
    }

    /** @return every season, event, session, entry, championship, lap record and total id read from articles */
    Set<String> articleIdsRead() {
        return Collections.unmodifiableSet(articleIdsRead);
    }

    String excludedSource() {
        return excludedSource;
    }
}
