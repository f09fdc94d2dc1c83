package io.paddock.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.Paddock;
import io.paddock.internal.cypher.CypherFile;
import io.paddock.model.EntityKind;
import io.paddock.seed.Seed;
import io.paddock.seed.SeedFile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a reviewed seed directory would add: every node and crew or standing relationship it writes, marked new
 * when the base does not have it. The base is a seed (ids it defines) or a graph (ids of nodes with that label).
 */
final class Diff {

    private static final String KNOWN_ITEMS = CypherFile.load("ingest/known-items.cypher").statement();

    private static final Map<String, String> ARTICLE_LABELS = new LinkedHashMap<>();

    static {
        ARTICLE_LABELS.put("seasons", "Season");
        ARTICLE_LABELS.put("events", "Event");
        ARTICLE_LABELS.put("sessions", "Session");
        ARTICLE_LABELS.put("entries", "Entry");
        ARTICLE_LABELS.put("championships", "Championship");
        ARTICLE_LABELS.put("lapRecords", "LapRecord");
        ARTICLE_LABELS.put("statedTotals", "StatedTotal");
    }

    private record Item(String what, String id, String detail) {
    }

    private Diff() {
    }

    private static List<Item> items(Seed seed) {
        List<Item> out = new ArrayList<>();
        EntityKind.registryKinds().forEach(kind -> seed.registry().json().path(kind.registrySection().orElseThrow())
                .forEach(n -> out.add(new Item(kind.label(), n.path("id").asText(), n.path("name").asText()))));
        for (SeedFile article : seed.articles()) {
            JsonNode a = article.json();
            out.add(new Item("Source", a.path("source").path("id").asText(), a.path("source").path("file").asText()));
            ARTICLE_LABELS.forEach((array, label) -> a.path(array).forEach(n -> out.add(new Item(label, n.path("id").asText(),
                    detail(array, n)))));
            a.path("entries").forEach(e -> e.path("crew").forEach(d -> out.add(new Item("DROVE",
                    d.asText() + "->" + e.path("id").asText(), ""))));
            a.path("results").forEach(r -> out.add(new Item("Result", r.path("entry").asText() + "@" + r.path("session").asText(),
                    detail("results", r))));
            a.path("championships").forEach(c -> c.path("standings").forEach(s -> out.add(new Item("STANDING",
                    s.path("holder").path("id").asText() + "->" + c.path("id").asText() + "@" + s.path("asOfEvent").asText("final"),
                    "position " + s.path("position").asText() + (s.path("final").asBoolean() ? " (final)" : "")))));
        }
        return out;
    }

    private static String detail(String array, JsonNode n) {
        return switch (array) {
            case "entries" -> String.join(", ", crew(n))
                    + (n.has("team") ? " / " + n.path("team").asText() : "") + (n.has("car") ? " / " + n.path("car").asText() : "");
            case "results" -> (n.has("position") ? "P" + n.path("position").asText() + " " : "")
                    + (n.has("classPosition") ? "class P" + n.path("classPosition").asText() + " " : "")
                    + (n.has("gapSeconds") ? "+" + n.path("gapSeconds").asText() + " s" : "");
            case "statedTotals" -> n.path("metric").asText() + " " + n.path("value").asText();
            case "events" -> n.path("name").asText();
            case "sessions" -> n.path("type").asText();
            default -> n.path("name").asText("");
        };
    }

    private static List<String> crew(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.path("crew").forEach(c -> out.add(c.asText()));
        return out;
    }

    static List<GraphChange> against(Seed reviewed, Seed base) {
        Set<String> known = new HashSet<>();
        items(base).forEach(i -> known.add(i.what() + ":" + i.id()));
        return items(reviewed).stream()
                .map(i -> new GraphChange(i.what(), i.id(), !known.contains(i.what() + ":" + i.id()), i.detail())).toList();
    }

    static List<GraphChange> against(Seed reviewed, Paddock graph) {
        List<Item> items = items(reviewed);
        List<Map<String, Object>> asked = new ArrayList<>();
        for (Item i : items) {
            Map<String, Object> item = new HashMap<>();
            item.put("key", i.what() + ":" + i.id());
            item.put("what", i.what());
            item.put("id", i.id());
            if (i.what().equals("DROVE") || i.what().equals("STANDING")) {
                String[] ends = i.id().split("->", 2);
                String[] toAndAsOf = i.what().equals("STANDING") ? ends[1].split("@", 2) : new String[] {ends[1]};
                item.put("from", ends[0]);
                item.put("to", toAndAsOf[0]);
                item.put("asOf", toAndAsOf.length == 2 ? toAndAsOf[1] : null);
            }
            asked.add(item);
        }
        Set<String> known = new HashSet<>();
        graph.cypher(KNOWN_ITEMS, Map.of("items", asked)).forEach(row -> known.add(String.valueOf(row.get("key"))));
        return items.stream().map(i -> new GraphChange(i.what(), i.id(), !known.contains(i.what() + ":" + i.id()), i.detail())).toList();
    }
}
