package io.paddock.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The union of an answer's sources, in reading order: article paragraphs by number, dataset rows by file and line.
 * A dataset source ({@code ergast-f1-csv#results.csv:23378}) has no paragraph; it must sort, not fail.
 */
class SourceOrderTests {

    @Test
    void articleParagraphsSortByNumberNotText() {
        assertThat(QueryContext.sources(List.of(List.of("000_a#p10", "000_a#p2"), List.of("000_a#p2", "000_a#p1"))))
                .containsExactly("000_a#p1", "000_a#p2", "000_a#p10");
    }

    @Test
    void datasetRowsSortByFileThenLineAndMixWithArticles() {
        assertThat(QueryContext.sources(List.of(
                List.of("lemans24#results_in.csv:4073", "ergast-f1-csv#results.csv:23378"),
                List.of("ergast-f1-csv#results.csv:372", "ergast-f1-csv#qualifying.csv:9000", "000_a#p3"),
                List.of("ergast-f1-csv#results.csv:372"))))
                .containsExactly("000_a#p3", "ergast-f1-csv#qualifying.csv:9000", "ergast-f1-csv#results.csv:372",
                        "ergast-f1-csv#results.csv:23378", "lemans24#results_in.csv:4073");
    }

    @Test
    void aSourceWithoutLocatorIsKept() {
        assertThat(QueryContext.sources(List.of(List.of("ergast-f1-csv", "ergast-f1-csv#results.csv:2"))))
                .containsExactly("ergast-f1-csv", "ergast-f1-csv#results.csv:2");
    }
}
