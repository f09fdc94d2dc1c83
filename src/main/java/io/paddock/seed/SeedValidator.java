package io.paddock.seed;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a seed in two passes: each file against its JSON Schema ({@code seed/schema/}), then the seed as a
 * whole — unique ids, references that resolve, provenance that points at a real paragraph of a declared
 * source. Every problem is reported as {@code <file>: <json path>: <what is wrong>}.
 */
final class SeedValidator {

    private static final JsonSchema REGISTRY_SCHEMA = schema("seed/schema/registry.schema.json");
    private static final JsonSchema ARTICLE_SCHEMA = schema("seed/schema/article.schema.json");

    /** Registry arrays and the kind of id each defines. */
    private static final Map<String, String> REGISTRY_KINDS = Map.of(
            "series", "series", "classes", "class", "circuits", "circuit", "manufacturers", "manufacturer",
            "cars", "car", "teams", "team", "drivers", "driver", "people", "person");

    /** Article arrays that define ids, and their kind. */
    private static final Map<String, String> ARTICLE_KINDS = Map.of(
            "seasons", "season", "events", "event", "sessions", "session", "entries", "entry",
            "championships", "championship", "lapRecords", "lapRecord", "statedTotals", "statedTotal");

    /** The longest text a seed value may have, in characters. */
    static final int MAX_TEXT = 1_000;
    /** The largest whole number a seed value may have (a position, lap count, year or total). */
    static final long MAX_NUMBER = 100_000;

    private final List<String> problems = new ArrayList<>();
    private final Map<String, Map<String, String>> ids = new HashMap<>();
    private final Map<String, Integer> paragraphsBySource = new HashMap<>();
    private final Map<String, String> eventOfSession = new HashMap<>();
    private final Map<String, String> eventOfEntry = new HashMap<>();

    private SeedValidator() {
    }

    static List<String> problems(SeedFile registry, List<SeedFile> articles) {
        SeedValidator validator = new SeedValidator();
        validator.validateSchema(registry, REGISTRY_SCHEMA);
        articles.forEach(article -> validator.validateSchema(article, ARTICLE_SCHEMA));
        if (validator.problems.isEmpty()) {
            validator.collectIds(registry, articles);
            validator.checkReferences(registry, articles);
        }
        return validator.problems;
    }

    private void validateSchema(SeedFile file, JsonSchema schema) {
        int before = problems.size();
        checkSizes(file.name(), "$", file.json());
        if (problems.size() > before) {
            return;   // a 10 MB value is not worth matching against the schema's patterns
        }
        Set<ValidationMessage> messages = schema.validate(file.json());
        List<String> found = messages.stream().map(ValidationMessage::getMessage).sorted().toList();
        found.stream()
                .filter(m -> !consequence(m, found))
                .map(m -> file.name() + ": " + m)
                .forEach(problems::add);
    }

    /**
     * No text longer than {@link #MAX_TEXT} characters and no whole number beyond {@link #MAX_NUMBER} anywhere: nothing
     * in motor racing needs more, and a huge id would fail the id index in the middle of the write.
     */
    private void checkSizes(String file, String path, JsonNode node) {
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> checkSizes(file, path + "." + f.getKey(), f.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkSizes(file, path + "[" + i + "]", node.get(i));
            }
        } else if (node.isTextual() && node.asText().length() > MAX_TEXT) {
            problems.add(file + ": " + path + ": " + String.format(java.util.Locale.ROOT, "%,d", node.asText().length())
                    + " characters, more than the " + String.format(java.util.Locale.ROOT, "%,d", MAX_TEXT) + " a text may have");
        } else if (node.isIntegralNumber() && node.bigIntegerValue().abs().compareTo(java.math.BigInteger.valueOf(MAX_NUMBER)) > 0) {
            String value = node.bigIntegerValue().toString();
            problems.add(file + ": " + path + ": " + (value.length() > 30 ? value.substring(0, 30) + "…" : value)
                    + " is out of range (at most " + String.format(java.util.Locale.ROOT, "%,d", MAX_NUMBER) + ")");
        }
    }

    /**
     * When one property of an item fails its schema, the validator also calls the item's other properties "not
     * evaluated" (the failing branch of {@code allOf} evaluated nothing): noise that hides the one real problem.
     */
    private static boolean consequence(String message, List<String> all) {
        if (!message.contains("is not evaluated and the schema does not allow unevaluated properties")) {
            return false;
        }
        String item = message.substring(0, message.indexOf(':'));
        return all.stream().anyMatch(other -> !other.contains("is not evaluated") && other.startsWith(item));
    }

    private void collectIds(SeedFile registry, List<SeedFile> articles) {
        REGISTRY_KINDS.forEach((array, kind) -> define(registry, array, kind));
        for (SeedFile article : articles) {
            JsonNode source = article.json().path("source");
            String sourceId = source.path("id").asText();
            if (!article.name().endsWith(sourceId + ".json")) {
                problems.add(article.name() + ": $.source.id: '" + sourceId + "' does not match the file name");
            }
            if (paragraphsBySource.put(sourceId, source.path("paragraphs").asInt()) != null) {
                problems.add(article.name() + ": $.source.id: source '" + sourceId + "' is declared twice");
            }
            ARTICLE_KINDS.forEach((array, kind) -> define(article, array, kind));
            article.json().path("sessions").forEach(s -> eventOfSession.put(s.path("id").asText(), s.path("event").asText()));
            article.json().path("entries").forEach(e -> eventOfEntry.put(e.path("id").asText(), e.path("event").asText()));
        }
    }

    /**
     * Refuses a value given twice within one scope of an article: a car number within an event, a position within a
     * session.
     */
    private void onceIn(SeedFile article, String array, String field, String what, String scope) {
        Map<String, String> seen = new HashMap<>();
        forEach(article, array, (p, n) -> {
            if (n.hasNonNull(field)) {
                String key = n.path(scope).asText() + "#" + n.path(field).asText();
                String earlier = seen.putIfAbsent(key, p);
                if (earlier != null) {
                    problems.add(p + "." + field + ": " + what + " " + n.path(field).asText() + " twice in " + scope + " '"
                            + n.path(scope).asText() + "' (also at " + earlier.substring(earlier.indexOf('$')) + ")");
                }
            }
        });
    }

    private void define(SeedFile file, String array, String kind) {
        JsonNode items = file.json().path(array);
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).path("id").asText();
            String where = file.name() + ": $." + array + "[" + i + "]";
            String earlier = ids.computeIfAbsent(kind, k -> new HashMap<>()).putIfAbsent(id, where);
            if (earlier != null) {
                problems.add(where + ".id: duplicate " + kind + " id '" + id + "' (first defined at " + earlier + ")");
            }
        }
    }

    private void checkReferences(SeedFile registry, List<SeedFile> articles) {
        checkSources(registry.name(), "$", registry.json());
        forEach(registry, "classes", (p, n) -> ref(p + ".series", n.path("series"), "series"));
        forEach(registry, "cars", (p, n) -> {
            ref(p + ".manufacturer", n.path("manufacturer"), "manufacturer");
            ref(p + ".engineManufacturer", n.path("engineManufacturer"), "manufacturer");
            ref(p + ".class", n.path("class"), "class");
        });
        forEach(registry, "teams", (p, n) -> ref(p + ".supportedBy", n.path("supportedBy"), "manufacturer"));
        forEach(registry, "drivers", (p, n) -> ref(p + ".factoryDriverOf", n.path("factoryDriverOf"), "manufacturer"));

        for (SeedFile article : articles) {
            checkSources(article.name(), "$", article.json());
            forEach(article, "seasons", (p, n) -> ref(p + ".series", n.path("series"), "series"));
            forEach(article, "events", (p, n) -> {
                ref(p + ".season", n.path("season"), "season");
                ref(p + ".circuit", n.path("circuit"), "circuit");
            });
            forEach(article, "sessions", (p, n) -> ref(p + ".event", n.path("event"), "event"));
            forEach(article, "entries", (p, n) -> {
                ref(p + ".event", n.path("event"), "event");
                ref(p + ".class", n.path("class"), "class");
                ref(p + ".team", n.path("team"), "team");
                ref(p + ".car", n.path("car"), "car");
                JsonNode crew = n.path("crew");
                for (int i = 0; i < crew.size(); i++) {
                    ref(p + ".crew[" + i + "]", crew.get(i), "driver");
                }
                if (!n.path("carIdentified").asBoolean(true)) {
                    // A car nobody identified may be another entry of its class: nothing may claim otherwise.
                    if (n.has("number")) {
                        problems.add(p + ".number: an entry whose car is not identified (carIdentified: false) "
                                + "cannot have a car number");
                    }
                    if (n.path("crewComplete").asBoolean(false)) {
                        problems.add(p + ".crewComplete: an entry whose car is not identified (carIdentified: false) "
                                + "cannot have a complete crew");
                    }
                }
            });
            onceIn(article, "entries", "number", "car", "event");
            onceIn(article, "results", "position", "position", "session");
            Map<String, String> resultKeys = new HashMap<>();
            forEach(article, "results", (p, n) -> {
                boolean entryKnown = ref(p + ".entry", n.path("entry"), "entry");
                boolean sessionKnown = ref(p + ".session", n.path("session"), "session");
                ref(p + ".gapTo", n.path("gapTo"), "entry");
                String entry = n.path("entry").asText();
                String session = n.path("session").asText();
                if (entryKnown && sessionKnown && !eventOfEntry.get(entry).equals(eventOfSession.get(session))) {
                    problems.add(p + ".session: session '" + session + "' belongs to event '"
                            + eventOfSession.get(session) + "', but entry '" + entry + "' to '" + eventOfEntry.get(entry) + "'");
                }
                String earlier = resultKeys.putIfAbsent(entry + "@" + session, p);
                if (earlier != null) {
                    problems.add(p + ": a second result for entry '" + entry + "' in session '" + session + "' (first at " + earlier + ")");
                }
            });
            forEach(article, "championships", (p, n) -> {
                ref(p + ".season", n.path("season"), "season");
                ref(p + ".class", n.path("class"), "class");
                JsonNode standings = n.path("standings");
                for (int i = 0; i < standings.size(); i++) {
                    String sp = p + ".standings[" + i + "]";
                    JsonNode standing = standings.get(i);
                    holder(sp + ".holder", standing.path("holder"));
                    ref(sp + ".asOfEvent", standing.path("asOfEvent"), "event");
                    ref(sp + ".clinchedAt", standing.path("clinchedAt"), "event");
                    if (!standing.path("final").asBoolean() && standing.path("asOfEvent").isMissingNode()) {
                        problems.add(sp + ".asOfEvent: a standing that is not final needs the event it holds after");
                    }
                }
            });
            forEach(article, "lapRecords", (p, n) -> {
                ref(p + ".circuit", n.path("circuit"), "circuit");
                ref(p + ".driver", n.path("driver"), "driver");
                ref(p + ".session", n.path("session"), "session");
                ref(p + ".entry", n.path("entry"), "entry");
            });
            forEach(article, "statedTotals", (p, n) -> {
                JsonNode subjects = n.path("subject");
                for (int i = 0; i < subjects.size(); i++) {
                    holder(p + ".subject[" + i + "]", subjects.get(i));
                }
                ref(p + ".season", n.path("season"), "season");
                ref(p + ".class", n.path("class"), "class");
                ref(p + ".circuit", n.path("circuit"), "circuit");
                ref(p + ".asOfEvent", n.path("asOfEvent"), "event");
            });
            forEach(article, "roles", (p, n) -> {
                if (!known("person", n.path("person").asText()) && !known("driver", n.path("person").asText())) {
                    problems.add(p + ".person: unknown person '" + n.path("person").asText() + "'");
                }
                holder(p + ".organisation", n.path("organisation"));
                ref(p + ".season", n.path("season"), "season");
            });
        }
    }

    private interface ItemCheck {
        void check(String path, JsonNode item);
    }

    private void forEach(SeedFile file, String array, ItemCheck check) {
        JsonNode items = file.json().path(array);
        for (int i = 0; i < items.size(); i++) {
            check.check(file.name() + ": $." + array + "[" + i + "]", items.get(i));
        }
    }

    /** @return true when the reference is present and resolves; absent optional references are fine */
    private boolean ref(String path, JsonNode value, String kind) {
        if (value.isMissingNode() || value.isNull()) {
            return false;
        }
        if (!known(kind, value.asText())) {
            problems.add(path + ": unknown " + kind + " '" + value.asText() + "'");
            return false;
        }
        return true;
    }

    private void holder(String path, JsonNode ref) {
        String kind = ref.path("kind").asText();
        String id = ref.path("id").asText();
        boolean found = "person".equals(kind) ? known("person", id) || known("driver", id) : known(kind, id);
        if (!found) {
            problems.add(path + ": unknown " + kind + " '" + id + "'");
        }
    }

    private boolean known(String kind, String id) {
        return ids.getOrDefault(kind, Map.of()).containsKey(id);
    }

    /** Every "src" anywhere in a file must name a declared source and one of its paragraphs. */
    private void checkSources(String file, String path, JsonNode node) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String fieldPath = path + "." + field.getKey();
                if ("src".equals(field.getKey())) {
                    for (int i = 0; i < field.getValue().size(); i++) {
                        checkSource(file + ": " + fieldPath + "[" + i + "]", field.getValue().get(i).asText());
                    }
                } else {
                    checkSources(file, fieldPath, field.getValue());
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkSources(file, path + "[" + i + "]", node.get(i));
            }
        }
    }

    private void checkSource(String path, String reference) {
        int hash = reference.indexOf("#p");
        String source = reference.substring(0, hash);
        Integer paragraphs = paragraphsBySource.get(source);
        if (paragraphs == null) {
            problems.add(path + ": unknown source '" + source + "' (no article file declares it)");
        } else if (Integer.parseInt(reference.substring(hash + 2)) > paragraphs) {
            problems.add(path + ": '" + reference + "' points past the last paragraph (" + paragraphs + ")");
        }
    }

    private static JsonSchema schema(String path) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(new ByteArrayInputStream(SeedReader.classpathBytes(path)));
    }
}
