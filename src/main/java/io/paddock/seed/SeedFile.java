package io.paddock.seed;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One parsed seed file. Jackson trees are mutable, so the record keeps its own copy and hands out copies: a caller
 * that edits what it got (the ingest writer builds on registry items) cannot change the seed everyone else reads.
 *
 * @param name where it came from, as shown in messages (e.g. {@code seed/articles/000_a2ddb8a8b78fb99c.json})
 * @param json its content
 */
public record SeedFile(String name, JsonNode json) {

    /**
     * Keeps a copy of the tree.
     *
     * @param name where it came from
     * @param json its content
     */
    public SeedFile {
        json = json.deepCopy();
    }

    /**
     * @return a copy of the file's content
     */
    @Override
    public JsonNode json() {
        return json.deepCopy();
    }
}
