package io.paddock.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code paddock ingest} proposes for one report: linked names, fact proposals, and both written in the seed
 * format (an article file and the registry entries it needs) for review.
 *
 * @param sourceId   the source id the article file gets ({@code NNN_<16 hex>})
 * @param file       the report's file name
 * @param paragraphs paragraphs in the report
 * @param mentions   names found, linked, ambiguous or new
 * @param facts      fact proposals, each with its evidence span
 * @param article    the proposed article file ({@code articles/<sourceId>.json})
 * @param registry   the registry file: the entities the article refers to, plus new entities
 * @param sourcesRead the curated articles whose events the linker knew (never the report's own)
 * @param names      the name of every entity the linker knew or proposed, by {@code kind:id}, so that what is
 *                   printed for a person names them (the ids stay in the files and the JSON)
 */
public record IngestResult(String sourceId, String file, int paragraphs, List<Mention> mentions,
                           List<FactProposal> facts, ObjectNode article, ObjectNode registry, Set<String> sourcesRead,
                           Map<String, String> names) {

    /**
     * Defensive copies (of the two JSON trees too).
     *
     * @param sourceId    the source id
     * @param file        the file name
     * @param paragraphs  paragraph count
     * @param mentions    names found
     * @param facts       fact proposals
     * @param article     proposed article JSON
     * @param registry    proposed registry JSON
     * @param sourcesRead curated articles read
     * @param names       entity names by kind:id
     */
    public IngestResult {
        article = article.deepCopy();
        registry = registry.deepCopy();
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
        sourcesRead = Set.copyOf(sourcesRead);
        names = Map.copyOf(names);
    }

    /**
     * @return a copy of the proposed article file (Jackson trees are mutable; the result stays as proposed)
     */
    @Override
    public ObjectNode article() {
        return article.deepCopy();
    }

    /**
     * @return a copy of the proposed registry file
     */
    @Override
    public ObjectNode registry() {
        return registry.deepCopy();
    }

    /**
     * @param kind an entity kind (driver, team, car, class, manufacturer …)
     * @param id   its id
     * @return its name, or null when neither the knowledge base nor a proposal names it
     */
    public String nameOf(String kind, String id) {
        return names.get(kind + ":" + id);
    }
}
