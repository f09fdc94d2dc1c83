package io.paddock.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry file {@code paddock ingest} proposes beside its article: the entities the article refers to, by
 * registry section ({@code drivers}, {@code circuits} …, every section present, in the registry's order), plus new
 * entities.
 *
 * @param sections each section's items, in the order written
 */
record ProposedRegistry(Map<String, List<Item>> sections) {

    ProposedRegistry {
        Map<String, List<Item>> copy = new LinkedHashMap<>();
        sections.forEach((section, items) -> copy.put(section, List.copyOf(items)));
        sections = Collections.unmodifiableMap(copy);
    }

    /** @return the registry as the JSON tree the file holds */
    ObjectNode json() {
        ObjectNode registry = SeedJson.object();
        sections.forEach((section, items) -> {
            ArrayNode array = registry.putArray(section);
            items.forEach(item -> array.add(item.json()));
        });
        return registry;
    }

    /** One entity of a section. */
    sealed interface Item permits Curated, Proposed {

        /** @return the entity as the registry file holds it */
        ObjectNode json();
    }

    /**
     * An entity of the curated registry, passed through: the writer reads none of its fields but the references it
     * drops, so they stay a tree (in the curated order) rather than a record per registry kind that would have to
     * follow every field the curated registry gains.
     *
     * @param fields the curated entity without its provenance, its notes and the references to entities not written
     * @param src    the paragraphs of this report that name it
     */
    record Curated(ObjectNode fields, List<String> src) implements Item {

        Curated {
            fields = fields.deepCopy();
            src = List.copyOf(src);
        }

        @Override
        public ObjectNode json() {
            ObjectNode item = fields.deepCopy();
            ArrayNode paragraphs = item.putArray("src");
            src.forEach(paragraphs::add);
            return item;
        }
    }

    /**
     * An entity the curated registry lacks: a name the report prints that nothing knows, the placeholder circuit of
     * a report that names none, or an entity only the graph knows (then nothing is inferred).
     */
    record Proposed(String id, String name, List<String> src, @JsonInclude(Include.NON_NULL) String inferred)
            implements Item {

        Proposed {
            src = List.copyOf(src);
        }

        @Override
        public ObjectNode json() {
            return SeedJson.tree(this);
        }
    }
}
