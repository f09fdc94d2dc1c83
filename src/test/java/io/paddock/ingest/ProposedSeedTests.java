package io.paddock.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paddock.ingest.ProposedArticle.EntityRef;
import io.paddock.ingest.ProposedArticle.LapRecord;
import io.paddock.ingest.ProposedArticle.Result;
import io.paddock.ingest.ProposedArticle.Source;
import io.paddock.ingest.ProposedArticle.Standing;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The typed records of a proposal become the JSON of the seed files: keys, absent keys and numbers as written. */
class ProposedSeedTests {

    private static final List<String> P2 = List.of("900_0123456789abcdef#p2");

    @Test
    void aResultLeavesOutWhatTheReportDoesNotSayAndKeepsTheGapAsTheFactHoldsIt() {
        Result tenSeconds = new Result("e", "s", "CLASSIFIED", null, 1, new BigDecimal("10"), null, P2, null);
        Result withZero = new Result("e", "s", "CLASSIFIED", 2, null, new BigDecimal("1.50"), 3, P2, "why");

        assertThat(SeedJson.tree(tenSeconds)).hasToString("{\"entry\":\"e\",\"session\":\"s\",\"status\":\"CLASSIFIED\","
                + "\"classPosition\":1,\"gapSeconds\":10,\"src\":[\"900_0123456789abcdef#p2\"]}");
        assertThat(SeedJson.tree(withZero)).hasToString("{\"entry\":\"e\",\"session\":\"s\",\"status\":\"CLASSIFIED\","
                + "\"position\":2,\"gapSeconds\":1.50,\"lapsLostInPits\":3,\"src\":[\"900_0123456789abcdef#p2\"],\"inferred\":\"why\"}");
    }

    @Test
    void aResultWithoutItsPositionKeepsEverythingElse() {
        Result claimed = new Result("e", "s", "CLASSIFIED", 2, 1, null, null, P2, null);

        assertThat(SeedJson.tree(claimed.withoutPosition("note"))).hasToString("{\"entry\":\"e\",\"session\":\"s\","
                + "\"status\":\"CLASSIFIED\",\"classPosition\":1,\"src\":[\"900_0123456789abcdef#p2\"],\"inferred\":\"note\"}");
    }

    @Test
    void keysTheSchemaSpellsAsJavaWordsAreWrittenAsTheSchemaSpellsThem() {
        Standing standing = new Standing(new EntityRef("driver", "d"), 2, false, "ev", P2, null);
        LapRecord record = new LapRecord("r", "c", "d", "s", "CIRCUIT_RECORD", new BigDecimal("3.50"), P2, null);

        assertThat(SeedJson.tree(standing)).hasToString("{\"holder\":{\"kind\":\"driver\",\"id\":\"d\"},\"position\":2,"
                + "\"final\":false,\"asOfEvent\":\"ev\",\"src\":[\"900_0123456789abcdef#p2\"]}");
        assertThat(SeedJson.tree(record).path("improvementSeconds").decimalValue()).isEqualTo(new BigDecimal("3.50"));
        assertThat(SeedJson.tree(new ProposedArticle.Entry("x", "ev", null, "gt2", null, null, List.of(), false, P2, null)))
                .hasToString("{\"id\":\"x\",\"event\":\"ev\",\"class\":\"gt2\",\"crew\":[],\"crewComplete\":false,"
                        + "\"src\":[\"900_0123456789abcdef#p2\"]}");
    }

    @Test
    void anArticleWritesItsRequiredListsEvenEmptyAndLeavesOutEmptyOptionalOnes() {
        ProposedArticle article = new ProposedArticle(new Source("900_0123456789abcdef", "f.txt", "en", "t", 3),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

        List<String> keys = new ArrayList<>();
        article.json().fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("source", "seasons", "events", "entries", "results", "sessions");
        assertThat(article.json().path("source")).hasToString("{\"id\":\"900_0123456789abcdef\",\"file\":\"f.txt\","
                + "\"language\":\"en\",\"title\":\"t\",\"paragraphs\":3}");
    }

    @Test
    void aCuratedEntityKeepsItsFieldsInOrderWithItsProvenanceLastAndEverySectionIsWritten() {
        ObjectNode curated = SeedJson.object().put("id", "alms").put("name", "American Le Mans Series").put("weight", 1.0);
        Map<String, List<ProposedRegistry.Item>> sections = new LinkedHashMap<>();
        sections.put("series", List.of(new ProposedRegistry.Curated(curated, P2)));
        sections.put("drivers", List.of(new ProposedRegistry.Proposed("x", null, P2, null)));
        sections.put("people", List.of());

        assertThat(new ProposedRegistry(sections).json()).hasToString("{\"series\":[{\"id\":\"alms\","
                + "\"name\":\"American Le Mans Series\",\"weight\":1.0,\"src\":[\"900_0123456789abcdef#p2\"]}],"
                + "\"drivers\":[{\"id\":\"x\",\"name\":null,\"src\":[\"900_0123456789abcdef#p2\"]}],\"people\":[]}");
    }
}
