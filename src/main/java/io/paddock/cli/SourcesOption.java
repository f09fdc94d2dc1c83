package io.paddock.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --sources}: list the source paragraphs behind an answer after it.
 */
final class SourcesOption {

    @Option(names = "--sources", description = "Also list the sources behind the answer (article paragraph or data file line)")
    boolean show;

    /** Prints "Sources:" and one line per source, in table mode; in JSON mode the answer carries them already. */
    void print(PrintWriter out, List<String> sources) {
        if (!show) {
            return;
        }
        out.println();
        out.println("Sources:");
        if (sources.isEmpty()) {
            out.println("  (none)");
        }
        sources.forEach(s -> out.println("  " + describe(s)));
        out.flush();
    }

    private static final Pattern PARAGRAPH = Pattern.compile("(.+)#p(\\d+)");
    private static final Pattern LINE = Pattern.compile("(.+)#(.+):(\\d+)");

    /**
     * One source as a reader finds it: an article paragraph ({@code 000_a2ddb8a8b78fb99c#p1} →
     * {@code 000_a2ddb8a8b78fb99c.txt, paragraph 1}) or a line of a data file
     * ({@code ergast-f1-csv#results.csv:124} → {@code ergast-f1-csv/results.csv, line 124}); anything else as is.
     */
    static String describe(String source) {
        Matcher paragraph = PARAGRAPH.matcher(source);
        if (paragraph.matches()) {
            return paragraph.group(1) + ".txt, paragraph " + paragraph.group(2);
        }
        Matcher line = LINE.matcher(source);
        if (line.matches()) {
            return line.group(1) + "/" + line.group(2) + ", line " + line.group(3);
        }
        return source;
    }
}
