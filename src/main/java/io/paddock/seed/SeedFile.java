package io.paddock.seed;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One parsed seed file.
 *
 * @param name where it came from, as shown in messages (e.g. {@code seed/articles/000_a2ddb8a8b78fb99c.json})
 * @param json its content
 */
public record SeedFile(String name, JsonNode json) {
}
