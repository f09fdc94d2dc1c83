package io.paddock.cli;

import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;

/**
 * {@code --sources}: list the source paragraphs behind an answer after it.
 */
final class SourcesOption {

    @Option(names = "--sources", description = "Also list the sources behind the answer (article file and paragraph)")
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
        sources.forEach(s -> out.println("  " + s.replace("#p", ".txt, paragraph ")));
        out.flush();
    }
}
