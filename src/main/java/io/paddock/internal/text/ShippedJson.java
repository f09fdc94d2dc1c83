package io.paddock.internal.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paddock.PaddockException;

import java.io.IOException;
import java.io.InputStream;

/**
 * A curated JSON file shipped on the classpath beside the seed ({@code seed/people.json}, {@code seed/precedence.json},
 * {@code seed/f1db-crosswalk.json}). It lives here because the resolver, the loaders and the importers each read one,
 * and this package depends on none of them (no package cycle).
 */
public final class ShippedJson {

    private ShippedJson() {
    }

    /**
     * @param path the file's path on the classpath, such as {@code seed/people.json}
     * @return its JSON
     * @throws PaddockException when the file is not on the classpath or is not JSON
     */
    public static JsonNode read(String path) {
        try (InputStream in = ShippedJson.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new PaddockException(path + " is not on the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new PaddockException(path + ": " + e.getMessage(), e);
        }
    }
}
