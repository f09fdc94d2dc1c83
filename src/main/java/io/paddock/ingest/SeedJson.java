package io.paddock.ingest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The one place the typed seed records of a proposal become JSON trees. */
final class SeedJson {

    // A tree built from a record would otherwise strip a BigDecimal's trailing zeros: a 10-second gap would be written
    // 1E+1 and 1.50 as 1.5, unlike the number the fact holds.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private SeedJson() {
    }

    /** @return an empty object */
    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** @return the record as a tree, keys in component order */
    static ObjectNode tree(Record record) {
        return MAPPER.valueToTree(record);
    }
}
