package io.paddock.cli;

import io.paddock.cli.FilterOptions.Filter;
import io.paddock.model.Crossover;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code paddock crossover [--series A [--and B]] [--winners]}.
 */
@Command(name = "crossover",
        header = "Drivers who raced in more than one series, and how they did.", mixinStandardHelpOptions = true,
        description = {"Drivers who raced in more than one series, with their starts and wins in each;",
                "most series first, then most wins. --series A: only drivers who raced in A;",
                "with --and B, only the pair A and B. --winners: count only the series where a",
                "driver won a race (overall or in class). At most 50 drivers unless --limit."},
        footer = {"", "Examples:", "  paddock crossover", "  paddock crossover --series F1 --and \"Le Mans\" --winners",
                "  paddock crossover --from 2000 --json"})
@FilterOptions.Applies({Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES, Filter.LIMIT})
final class CrossoverCommand extends QuestionCommand {

    @Option(names = "--and", paramLabel = "NAME", description = "With --series: the second series of the pair (name, alias or id)")
    String and;

    @Option(names = "--winners", description = "Only series where the driver won a race, overall or in class")
    boolean winners;

    @Override
    public Integer call() {
        PrintWriter out = out();
        List<Crossover> drivers = ask(paddock -> paddock.queries().crossover(filter.series, and, winners, filter.toFilter().series(null)));
        printAnswer(out, () -> drivers.stream().map(CrossoverCommand::row).toList(), () -> Output.toJson(drivers), () -> {
            if (drivers.isEmpty()) {
                out.println(winners ? "No driver won races in two of these series." : "No driver raced in two of these series.");
            } else {
                out.print(Output.table(drivers.stream().map(CrossoverCommand::row).toList()));
            }
        }, drivers.stream().flatMap(d -> d.sources().stream()).distinct().toList());
        return 0;
    }

    private static Map<String, Object> row(Crossover crossover) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("driver", crossover.driver().name());
        row.put("series", crossover.series().size());
        row.put("wins", crossover.wins());
        row.put("class wins", crossover.classWins());
        row.put("per series", crossover.series().stream().map(CrossoverCommand::describe).collect(Collectors.joining("; ")));
        return row;
    }

    /** E.g. {@code 24 Hours of Le Mans 2010: 1 start, 1 win, 1 class win}. */
    private static String describe(Crossover.InSeries s) {
        String seasons = s.firstSeason() == s.lastSeason() ? String.valueOf(s.firstSeason()) : s.firstSeason() + "–" + s.lastSeason();
        StringBuilder text = new StringBuilder(Output.seriesName(s.series()) + " " + seasons + ": ")
                .append(count(s.starts(), "start"));
        if (s.wins() > 0) {
            text.append(", ").append(count(s.wins(), "win"));
        }
        if (s.classWins() > 0) {
            text.append(", ").append(count(s.classWins(), "class win"));
        }
        return text.toString();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
