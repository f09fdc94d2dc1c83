package io.paddock.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources in reading order, for curated article paragraphs and imported data-file lines alike.
 */
class SourceOrderTests {

    @Test
    void paragraphsSortByArticleThenParagraphNumber() {
        List<String> sources = QueryContext.sources(List.of(
                List.of("001_40dddd42d94a9a30#p3", "000_a2ddb8a8b78fb99c#p10"),
                List.of("000_a2ddb8a8b78fb99c#p2", "001_40dddd42d94a9a30#p3")));

        assertThat(sources).containsExactly("000_a2ddb8a8b78fb99c#p2", "000_a2ddb8a8b78fb99c#p10", "001_40dddd42d94a9a30#p3");
    }

    @Test
    void fileLinesSortBySourceThenFileThenLineNumber() {
        List<String> sources = QueryContext.sources(List.of(
                List.of("lemans24#results_in.csv:7", "ergast-f1-csv#results.csv:124", "ergast-f1-csv#results.csv:9"),
                List.of("ergast-f1-csv#qualifying.csv:2000", "000_a2ddb8a8b78fb99c#p1", "ergast-f1-csv#results.csv:124")));

        assertThat(sources).containsExactly("000_a2ddb8a8b78fb99c#p1", "ergast-f1-csv#qualifying.csv:2000",
                "ergast-f1-csv#results.csv:9", "ergast-f1-csv#results.csv:124", "lemans24#results_in.csv:7");
    }

    @Test
    void aSourceWithoutAFragmentOrWithLeadingZerosIsKept() {
        List<String> sources = QueryContext.sources(List.of(List.of("wiki#p1", "wiki", "wiki#p01", "wiki#p1")));

        assertThat(sources).containsExactly("wiki", "wiki#p01", "wiki#p1");
    }
}
