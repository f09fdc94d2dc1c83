package io.paddock.cli;

import io.paddock.model.CountedResults;
import io.paddock.model.EntryTotals;
import io.paddock.model.Ref;
import io.paddock.query.PaddockQueries;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A profile command that also answers {@code --summary}: the profile without its table of lines, read without them
 * (the database counts them), printed as the whole profile is but for that table ({@code driver}, {@code team}).
 *
 * @param <P> the whole profile record
 * @param <S> its summary record
 */
abstract class SummarisedProfileCommand<P, S> extends ProfileCommand<P> {

    @Option(names = "--summary", description = "Print the profile without its table of events or entries, read"
            + " without those lines (they are counted in the database instead): the header with the counts and"
            + " titles, and the other sections. Much faster on a long career or a big team. With --csv: one row of"
            + " counts.")
    boolean summaryOnly;

    /** Looks the summary up by the typed name. */
    abstract S lookUpSummary(PaddockQueries queries, String name);

    /** Prints the summary: the header and the sections after the table of lines. */
    abstract void printSummary(ProfilePrinter printer, S summary);

    /** The summary's counts as one CSV row ({@link #countsRow}). */
    abstract Map<String, Object> summaryRow(S summary);

    /** The summary's sources, listed by {@code --sources}. */
    abstract List<String> summarySources(S summary);

    @Override
    public Integer call() {
        if (!summaryOnly) {
            return super.call();
        }
        PrintWriter out = out();
        csv.requested(output); // refuses --csv with --json before the question runs
        S summary = ask(paddock -> lookUpSummary(paddock.queries(), String.join(" ", nameWords)));
        printAnswer(out, () -> List.of(summaryRow(summary)), () -> Output.answerJson(summary),
                () -> printSummary(new ProfilePrinter(out), summary), summarySources(summary));
        return 0;
    }

    /**
     * One row of a summary's counts: the name and id (columns named after {@code kind}, e.g. {@code driver},
     * {@code driverId}), the first and last season, the counted results and the number of titles.
     */
    static Map<String, Object> countsRow(String kind, Ref who, List<Integer> seasons, EntryTotals totals, int titles) {
        CountedResults c = totals.counted();
        Map<String, Object> row = new LinkedHashMap<>();
        row.put(kind, who.name());
        row.put(kind + "Id", who.id());
        row.put("firstSeason", seasons.isEmpty() ? null : seasons.get(0));
        row.put("lastSeason", seasons.isEmpty() ? null : seasons.get(seasons.size() - 1));
        row.put("events", c.events());
        row.put("raceResults", c.raceResults());
        row.put("overallWins", c.overallWins());
        row.put("classWins", c.classWins());
        row.put("overallPoles", c.overallPoles());
        row.put("classPoles", c.classPoles());
        row.put("titles", titles);
        return row;
    }
}
