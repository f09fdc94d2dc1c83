package io.paddock.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --sources} prints an article paragraph and a data-file line each as a reader looks them up.
 */
class SourcesOptionTests {

    @Test
    void describesParagraphsAndFileLines() {
        assertThat(SourcesOption.describe("000_a2ddb8a8b78fb99c#p1")).isEqualTo("000_a2ddb8a8b78fb99c.txt, paragraph 1");
        assertThat(SourcesOption.describe("ergast-f1-csv#results.csv:124")).isEqualTo("ergast-f1-csv/results.csv, line 124");
        assertThat(SourcesOption.describe("lemans24#results_in.csv:7")).isEqualTo("lemans24/results_in.csv, line 7");
        assertThat(SourcesOption.describe("something else")).isEqualTo("something else");
    }

    @Test
    void printsOneLinePerSourceWhenAsked() {
        SourcesOption option = new SourcesOption();
        option.show = true;
        StringWriter text = new StringWriter();

        option.print(new PrintWriter(text), List.of("000_a2ddb8a8b78fb99c#p1", "ergast-f1-csv#results.csv:124"));

        assertThat(text.toString()).isEqualTo(String.join(System.lineSeparator(), "", "Sources:",
                "  000_a2ddb8a8b78fb99c.txt, paragraph 1", "  ergast-f1-csv/results.csv, line 124", ""));
    }
}
