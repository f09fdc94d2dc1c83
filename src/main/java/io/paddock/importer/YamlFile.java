package io.paddock.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.paddock.PaddockException;
import io.paddock.internal.text.Utf8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An F1DB YAML file read with Jackson's YAML data format: a single mapping ({@code race.yml}) or a sequence of
 * mappings ({@code race-results.yml}), each item with the line it starts on, for provenance and error messages. A
 * file that does not parse fails with its path and the parser's line.
 */
final class YamlFile {

    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());

    /** One mapping of the file and the line it starts on (1-based). */
    record Item(String file, int line, JsonNode node) {

        /** "seasons/2021/races/10-great-britain/race-results.yml:14", the provenance suffix of this item. */
        String at() {
            return file + ":" + line;
        }

        JsonNode get(String field) {
            JsonNode value = node.get(field);
            return value == null ? NullNode.getInstance() : value;
        }

        boolean has(String field) {
            return node.has(field);
        }
    }

    private YamlFile() {
    }

    /**
     * @param root the F1DB data folder
     * @param path the file
     * @return its mappings: one for a mapping file, one per sequence item, none for an empty file
     */
    static List<Item> read(Path root, Path path) {
        String name = root.relativize(path).toString().replace('\\', '/');
        List<Item> items = new ArrayList<>();
        try (JsonParser parser = YAML.createParser(Files.newInputStream(path))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return items;
            }
            if (first == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                items.add(new Item(name, line, YAML.readTree(parser)));
                return items;
            }
            if (first != JsonToken.START_ARRAY) {
                throw new PaddockException(name + ":" + parser.currentTokenLocation().getLineNr()
                        + ": expected a mapping or a list of mappings");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                int line = parser.currentTokenLocation().getLineNr();
                if (token != JsonToken.START_OBJECT) {
                    throw new PaddockException(name + ":" + line + ": expected a mapping in the list");
                }
                items.add(new Item(name, line, YAML.readTree(parser)));
            }
            return items;
        } catch (JsonProcessingException e) {
            String message = String.valueOf(e.getOriginalMessage());
            if (message.contains("CharConversionException") || message.contains("Invalid UTF-8")) {
                throw new PaddockException(name + ": not UTF-8 text", e);
            }
            throw new PaddockException(name + ":" + e.getLocation().getLineNr() + ": not valid YAML: "
                    + Utf8.visible(message.strip().replaceAll("\\s+", " ")), e);
        } catch (java.io.CharConversionException e) {
            throw new PaddockException(name + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new PaddockException(name + ": cannot read: " + e.getMessage(), e);
        }
    }
}
