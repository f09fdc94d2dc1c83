package io.paddock.cli;

import io.paddock.query.PaddockQueries;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * What the profile commands ({@code driver}, {@code team}, {@code car}, {@code circuit}, {@code event}) share:
 * a name of one or more words, the connection, {@code --json} for the whole profile record, {@code --csv} for its
 * main table and {@code --sources}.
 * An unknown or ambiguous name ends in the CLI's exception handler: one line, exit code 1.
 *
 * @param <P> the profile record
 */
abstract class ProfileCommand<P> extends AnswerCommand {

    @Parameters(arity = "1..*", paramLabel = "NAME",
            description = "Name or alias of the ${COMMAND-NAME}: partial, any case, accents optional; quotes optional")
    List<String> nameWords;

    /** Looks the profile up by the typed name. */
    abstract P lookUp(PaddockQueries queries, String name);

    /** Prints the profile as a header block and one table per section. */
    abstract void print(ProfilePrinter printer, P profile);

    /**
     * The profile's main table, for {@code --csv}: its entries (the events, for a circuit) with every cell whole; the
     * header block and the other sections are in {@code --json}.
     */
    abstract List<Map<String, Object>> csvRows(P profile);

    /** The profile's sources, listed by {@code --sources}. */
    abstract List<String> sourcesOf(P profile);

    @Override
    public Integer call() {
        PrintWriter out = out();
        P profile = ask(paddock -> lookUp(paddock.queries(), String.join(" ", nameWords)));
        printAnswer(out, () -> csvRows(profile), () -> Output.answerJson(profile), () -> print(new ProfilePrinter(out), profile),
                sourcesOf(profile));
        return 0;
    }
}
