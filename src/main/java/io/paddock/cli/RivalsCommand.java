package io.paddock.cli;

import io.paddock.cli.FilterOptions.Filter;
import io.paddock.model.Rival;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock rivals NAME}.
 */
@Command(name = "rivals",
        header = "The drivers a driver met most often, with the head-to-head.", mixinStandardHelpOptions = true,
        description = {"The drivers a driver met most often, ranked, with the head-to-head against each.",
                "By default in class: drivers of other cars in the same class at the same events, class positions",
                "compared. With --overall: the fight for overall positions across classes, drivers of other cars",
                "in the same races where both have an overall position (the LMP2 Porsches against the LMP1 Audis)."},
        footer = {"", "Examples:", "  paddock rivals \"Timo Bernhard\"", "  paddock rivals \"Timo Bernhard\" --overall",
                "  paddock rivals bergmeister --class GT2 --limit 5 --json"})
@FilterOptions.Applies({Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES, Filter.CLASS, Filter.LIMIT})
final class RivalsCommand extends QuestionCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "A driver (partial, any case, accents optional)")
    String driver;

    @Option(names = "--overall", description = "Rivals in the fight for overall positions, across classes (default: in class)")
    boolean overall;

    @Override
    public Integer call() {
        PrintWriter out = out();
        List<Rival> rivals = ask(paddock -> overall ? paddock.queries().rivalsOverall(driver, filter.toFilter())
                : paddock.queries().rivals(driver, filter.toFilter()));
        // CSV: numbers in their own columns, ready to plot.
        printAnswer(out, () -> rivals.stream().map(r -> row(r, "ahead", r.ahead(), "behind", r.behind())).toList(),
                () -> Output.toJson(rivals),
                () -> out.print(Output.table(rivals.stream().map(r -> row(r, overall ? "overall h2h" : "class h2h", r.score(), null, null)).toList())),
                rivals.stream().flatMap(r -> r.sources().stream()).distinct().toList());
        return 0;
    }

    private static Map<String, Object> row(Rival rival, String scoreColumn, Object score, String otherColumn, Object other) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rival", rival.driver().name());
        row.put("meetings", rival.meetings());
        row.put(scoreColumn, score);
        if (otherColumn != null) {
            row.put(otherColumn, other);
        }
        row.put("classes", rival.classes());
        row.put("series", rival.series().stream().map(Output::seriesName).toList());
        return row;
    }
}
