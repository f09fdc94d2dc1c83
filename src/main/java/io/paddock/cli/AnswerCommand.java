package io.paddock.cli;

import io.paddock.Paddock;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A command that answers from the graph, the questions ({@link QuestionCommand}) and the profiles
 * ({@link ProfileCommand}): the graph options plus {@code --sources} and {@code --csv}, and one way to ask and to
 * print an answer.
 */
abstract class AnswerCommand extends GraphCommand {

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
     * Prints an answer as the questions and profiles print one: its rows as CSV with --csv, its JSON with --json, else
     * its text and then the sources behind it (with --sources); flushes at the end.
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
}
