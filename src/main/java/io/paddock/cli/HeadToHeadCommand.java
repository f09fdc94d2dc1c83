package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.model.Duel;
import io.paddock.model.HeadToHead;
import io.paddock.model.TeamMateBattle;
import io.paddock.query.PaddockQueries.Side;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code paddock h2h A B [--teams | --manufacturers]}.
 */
@Command(name = "h2h",
        header = "Head-to-head between two drivers, teams or manufacturers.", mixinStandardHelpOptions = true,
        description = {"Head-to-head between two drivers (default), teams or manufacturers: every session both took part in,",
                "who finished ahead overall and in class, qualifying, wins, and the margins the sources give.",
                "The first line reports the comparison that exists and says which: races overall, else races",
                "in class, else qualifying overall, else qualifying in class. Two drivers who were team-mates also get",
                "their battle as team-mates, season by season (as paddock battles counts it)."},
        footer = {"", "Examples:", "  paddock h2h Dumas Capello --season 2007",
                "  paddock h2h Penske \"Dyson Racing\" --teams", "  paddock h2h Porsche Audi --manufacturers --json"})
final class HeadToHeadCommand extends QuestionCommand {

    @Parameters(index = "0", paramLabel = "A", description = "First driver, team or manufacturer")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Second driver, team or manufacturer")
    String b;

    @ArgGroup(exclusive = true)
    SideOption side = new SideOption();

    static final class SideOption {
        @Option(names = "--teams", description = "Compare two teams")
        boolean teams;

        @Option(names = "--manufacturers", description = "Compare two manufacturers")
        boolean manufacturers;

        Side side() {
            return teams ? Side.TEAMS : manufacturers ? Side.MANUFACTURERS : Side.DRIVERS;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        HeadToHead h2h;
        TeamMateBattle asTeamMates = null;
        try (Paddock paddock = connection.open()) {
            h2h = paddock.queries().headToHead(side.side(), a, b, filter.toFilter());
            if (side.side() == Side.DRIVERS) {
                asTeamMates = paddock.queries().battle(a, b, filter.toFilter());
            }
        }
        if (output.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("summary", h2h.summary());
            json.put("headline", h2h.headline());
            json.put("headToHead", h2h);
            if (asTeamMates != null && asTeamMates.teamMates()) {
                json.put("asTeamMates", asTeamMates);
            }
            out.println(Output.answerJson(json));
        } else {
            print(out, h2h);
            if (asTeamMates != null) {
                BattlesCommand.printAsTeamMates(out, asTeamMates);
            }
            sources.print(out, h2h.sources());
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, HeadToHead h2h) {
        String a = h2h.a().name();
        String b = h2h.b().name();
        out.println(h2h.summary());
        out.printf("Races overall %s %s %s · in class %s · qualifying overall %s · in class %s · wins %d – %d"
                        + " · class wins %d – %d%n%n",
                a, h2h.overall(), b, h2h.inClass(), h2h.qualifying(), h2h.qualifyingInClass(), h2h.winsA(),
                h2h.winsB(), h2h.classWinsA(), h2h.classWinsB());
        List<Map<String, Object>> rows = h2h.duels().stream().map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("series", Output.seriesName(d.series()));
            row.put("season", d.season());
            row.put("event", d.event());
            row.put("session", d.session().toLowerCase(java.util.Locale.ROOT));
            row.put(a, position(d.positionA()));
            row.put(b, position(d.positionB()));
            row.put("ahead", ahead(d, a, b));
            row.put("margin s", d.marginSeconds());
            row.put("in class", d.classDuels().stream().map(c -> c.className() + " " + position(c.classPositionA())
                    + "/" + position(c.classPositionB())).collect(Collectors.joining(", ")));
            return row;
        }).toList();
        out.print(Output.table(rows));
    }

    /** Who was ahead overall, else in class (saying so), else unknown: never a silent gap. */
    private static String ahead(Duel duel, String a, String b) {
        if (duel.aheadOverall() != null) {
            return duel.aheadOverall().equals("A") ? a : b;
        }
        List<String> inClass = duel.classDuels().stream().filter(c -> c.ahead() != null)
                .map(c -> (c.ahead().equals("A") ? a : b) + " (in " + c.className() + ")").toList();
        return inClass.isEmpty() ? "unknown" : String.join(", ", inClass);
    }

    private static String position(Integer position) {
        return position == null ? "unknown" : "P" + position;
    }
}
