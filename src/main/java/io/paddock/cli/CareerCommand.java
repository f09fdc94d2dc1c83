package io.paddock.cli;

import io.paddock.cli.FilterOptions.Filter;
import io.paddock.model.Career;
import io.paddock.model.CareerLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock career NAME}.
 */
@Command(name = "career",
        header = "A driver's career, per series and season.", mixinStandardHelpOptions = true,
        description = {"A driver's career across series: per series and season the events, starts",
                "(race results), wins, podiums, poles, class poles, class wins, best finishes,",
                "teams and cars, then a total line per series. Counted from the results in the",
                "graph: where the sources report only some sessions, these are lower bounds."},
        footer = {"", "Examples:", "  paddock career \"Timo Bernhard\"", "  paddock career dumas --series \"Le Mans\" --json"})
@FilterOptions.Applies({Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES, Filter.CLASS, Filter.EVENT})
final class CareerCommand extends QuestionCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "A driver (partial, any case, accents optional)")
    String driver;

    @Override
    public Integer call() {
        PrintWriter out = out();
        Career career = ask(paddock -> paddock.queries().career(driver, filter.toFilter()));
        printAnswer(out, () -> rows(career), () -> Output.answerJson(career), () -> {
            out.printf("%s — career across series%n%n", career.driver().name());
            out.print(Output.table(rows(career)));
        }, career.sources());
        return 0;
    }

    /** Each series' seasons, then its total line. */
    private static List<Map<String, Object>> rows(Career career) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CareerLine total : career.totals()) {
            career.seasons().stream().filter(line -> line.series().equals(total.series())).forEach(line -> rows.add(row(line)));
            rows.add(row(total));
        }
        return rows;
    }

    private static Map<String, Object> row(CareerLine line) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("series", Output.seriesName(line.series()));
        row.put("season", line.season() == null ? "total (" + line.seasons() + ")" : line.season());
        row.put("events", line.events());
        row.put("starts", line.starts());
        row.put("wins", line.wins());
        row.put("podiums", line.podiums());
        row.put("poles", line.poles());
        row.put("class poles", line.classPoles());
        row.put("class wins", line.classWins());
        // No start is no finish; a start without a reported place is an unknown one.
        String noFinish = line.starts() == 0 ? "no race" : ProfilePrinter.UNKNOWN;
        row.put("best", line.bestFinish() == null ? noFinish : "P" + line.bestFinish());
        row.put("best in class", line.bestClassFinish() == null ? noFinish : "P" + line.bestClassFinish());
        row.put("teams", line.teams().isEmpty() ? ProfilePrinter.UNKNOWN : line.teams());
        row.put("cars", line.cars().isEmpty() ? ProfilePrinter.UNKNOWN : line.cars());
        return row;
    }
}
