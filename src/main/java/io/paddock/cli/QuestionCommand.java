package io.paddock.cli;

import io.paddock.Paddock;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A command that asks the query facade a question: the graph options plus the shared filters, {@code --sources} and
 * {@code --csv}.
 * Which filters it applies it says with {@link FilterOptions.Applies}; the others are refused before it runs.
 */
abstract class QuestionCommand extends GraphCommand {

    @Mixin
    FilterOptions filter;

    @Mixin
    SourcesOption sources;

    @Mixin
    CsvOption csv;

    /** Asks the graph one question, on a connection open only while it answers. */
    final <T> T ask(Function<Paddock, T> question) {
        try (Paddock paddock = connection.open()) {
            return question.apply(paddock);
        }
    }

    /**
     * Prints an answer as the questions print one: its rows as CSV with --csv, its JSON with --json, else its text and
     * then the sources behind it (with --sources); flushes at the end.
     */
    final void printAnswer(PrintWriter out, Supplier<List<Map<String, Object>>> csvRows, Supplier<String> json,
                           Runnable text, List<String> answerSources) {
        if (csv.requested(output)) {
            out.print(Output.csv(csvRows.get()));
        } else if (output.json) {
            out.println(json.get());
        } else {
            text.run();
            sources.print(out, answerSources);
        }
        out.flush();
    }

    /**
     * The filters this command applies, as asked: its {@link FilterOptions.Applies} (every filter without one).
     * A command whose query changes with one of its options (teammates {@code --with}) overrides this.
     */
    Set<FilterOptions.Filter> appliedFilters() {
        return FilterOptions.declared(getClass());
    }

    /** Why it applies no other filter, or empty: its {@link FilterOptions.Applies#why()}. */
    String filterNote() {
        return FilterOptions.why(getClass());
    }

    /** The command as the refusal names it: {@code path}, {@code network central}, {@code teammates --with}. */
    String filterScope() {
        return spec.qualifiedName(" ").replaceFirst("^paddock ", "");
    }

    /** Refuses a given filter this command cannot apply, in one line, before anything runs. */
    final void refuseUnappliedFilters() {
        filter.refuseUnapplied(filterScope(), appliedFilters(), filterNote());
    }
}
