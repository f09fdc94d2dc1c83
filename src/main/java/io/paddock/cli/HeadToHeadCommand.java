package io.paddock.cli;

import io.paddock.cli.FilterOptions.Filter;
import io.paddock.Paddock;
import io.paddock.model.AheadRule;
import io.paddock.model.Duel;
import io.paddock.model.HeadToHead;
import io.paddock.model.HeadToHeadScore;
import io.paddock.model.SessionType;
import io.paddock.model.TeamMateBattle;
import io.paddock.query.PaddockQueries.Side;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code paddock h2h A B [--teams | --manufacturers]}.
 */
@FilterOptions.Applies(value = {Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES, Filter.CLASS},
        why = "every session the two met is compared; one event is a single row of the table")
@Command(name = "h2h",
        header = "Head-to-head between two drivers, teams or manufacturers.", mixinStandardHelpOptions = true,
        description = {"Head-to-head between two drivers (default), teams or manufacturers: every",
                "session both took part in, who finished ahead overall and in class,",
                "qualifying, wins, and the margins the sources give. The first line reports the",
                "comparison that exists and says which: races overall, else races in class,",
                "else qualifying overall, else qualifying in class. A series without classes",
                "(Formula 1) has no in-class counts. Where a position is missing, the table",
                "shows how the car ended the session: retired with the source's reason, not",
                "classified, disqualified.",
                "",
                "Who was ahead follows one rule, printed under the table: the better position;",
                "where a position is missing, a classified car is ahead of one that retired or",
                "was not classified, and both are ahead of a disqualified one; of two that",
                "retired or were not classified, the one with more laps. The same position or",
                "laps, and what the sources do not give, are not counted.",
                "",
                "Two drivers who were team-mates also get their battle as team-mates, season",
                "by season, as paddock battles counts it.",
                "",
                "With --score, only the scores are read and printed (the same as the first two",
                "lines): no table and no team-mate battle, a fraction of the time on a long",
                "rivalry."},
        footer = {"", "Examples:", "  paddock h2h Dumas Capello --season 2007",
                "  paddock h2h \"Lewis Hamilton\" \"Nico Rosberg\" --season 2016 --csv",
                "  paddock h2h Penske \"Dyson Racing\" --teams", "  paddock h2h Porsche Audi --manufacturers --json",
                "  paddock h2h Ferrari McLaren --teams --score"})
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

    @Option(names = "--score", description = "Print only the scores (the first two lines of the answer), read without"
            + " the sessions behind them: no table and no team-mate battle. Much faster on a long rivalry.")
    boolean scoreOnly;

    @Override
    public Integer call() {
        PrintWriter out = out();
        csv.requested(output); // refuses --csv with --json before the two queries run
        if (scoreOnly) {
            HeadToHeadScore score;
            try (Paddock paddock = connection.open()) {
                score = paddock.queries().headToHeadScore(side.side(), a, b, filter.toFilter());
            }
            printAnswer(out, () -> List.of(scoreRow(score)), () -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("summary", score.summary());
                json.put("headline", score.headline());
                json.put("aheadRule", AheadRule.TEXT);
                json.put("score", score);
                return Output.answerJson(json);
            }, () -> printScores(out, score), score.sources());
            return 0;
        }
        HeadToHead h2h;
        TeamMateBattle asTeamMates;
        try (Paddock paddock = connection.open()) {
            h2h = paddock.queries().headToHead(side.side(), a, b, filter.toFilter());
            asTeamMates = side.side() == Side.DRIVERS ? paddock.queries().battle(a, b, filter.toFilter()) : null;
        }
        printAnswer(out, () -> duelRows(h2h), () -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("summary", h2h.summary());
            json.put("headline", h2h.headline());
            json.put("aheadRule", h2h.aheadRule());
            json.put("headToHead", h2h);
            if (asTeamMates != null && asTeamMates.teamMates()) {
                json.put("asTeamMates", asTeamMates);
            }
            return Output.answerJson(json);
        }, () -> {
            print(out, h2h);
            if (asTeamMates != null) {
                BattlesCommand.printAsTeamMates(out, asTeamMates);
            }
        }, h2h.sources());
        return 0;
    }

    /** The first two lines: the summary and every score. */
    private static void printScores(PrintWriter out, HeadToHeadScore score) {
        String a = score.a().name();
        String b = score.b().name();
        out.println(score.summary());
        if (score.seriesHasClasses()) {
            out.printf("Races overall %s %s %s · in class %s · qualifying overall %s · in class %s · wins %d – %d"
                            + " · class wins %d – %d%n",
                    a, score.overall(), b, score.inClass(), score.qualifying(), score.qualifyingInClass(), score.winsA(),
                    score.winsB(), score.classWinsA(), score.classWinsB());
        } else {
            out.printf("Races %s %s %s · qualifying %s · wins %d – %d%n",
                    a, score.overall(), b, score.qualifying(), score.winsA(), score.winsB());
        }
    }

    /** The scores as one CSV row, A's and B's counts in columns of their own. */
    private static Map<String, Object> scoreRow(HeadToHeadScore score) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("a", score.a().name());
        row.put("b", score.b().name());
        row.put("headline", score.headline().words());
        row.put("races a", score.overall().a());
        row.put("races b", score.overall().b());
        row.put("races in class a", score.inClass() == null ? null : score.inClass().a());
        row.put("races in class b", score.inClass() == null ? null : score.inClass().b());
        row.put("qualifying a", score.qualifying().a());
        row.put("qualifying b", score.qualifying().b());
        row.put("qualifying in class a", score.qualifyingInClass() == null ? null : score.qualifyingInClass().a());
        row.put("qualifying in class b", score.qualifyingInClass() == null ? null : score.qualifyingInClass().b());
        row.put("wins a", score.winsA());
        row.put("wins b", score.winsB());
        row.put("class wins a", score.classWinsA());
        row.put("class wins b", score.classWinsB());
        return row;
    }

    private static void print(PrintWriter out, HeadToHead h2h) {
        printScores(out, h2h.score());
        out.println();
        out.print(Output.table(duelRows(h2h)));
        if (!h2h.duels().isEmpty()) {
            notCounted(out, h2h);
            Output.sentence(AheadRule.TEXT).forEach(out::println);
        }
    }

    /** One row per session; the class column only where a series of these sessions has classes. */
    private static List<Map<String, Object>> duelRows(HeadToHead h2h) {
        String a = h2h.a().name();
        String b = h2h.b().name();
        return h2h.duels().stream().map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("series", Output.seriesName(d.series()));
            row.put("season", d.season());
            row.put("event", d.event());
            row.put("session", d.session().toLowerCase(java.util.Locale.ROOT));
            row.put(a, d.shownA());
            row.put(b, d.shownB());
            row.put("ahead", ahead(d, a, b));
            row.put("margin s", d.marginSeconds());
            if (h2h.seriesHasClasses()) {
                row.put("in class", d.classDuels().stream().map(c -> c.className() + " "
                        + d.outcomeA().text(c.classPositionA()) + "/" + d.outcomeB().text(c.classPositionB()))
                        .collect(Collectors.joining(", ")));
            }
            return row;
        }).toList();
    }

    /** The sessions a head-to-head scores (a sprint's duels are listed, not scored). */
    private static final Set<SessionType> SCORED = EnumSet.of(SessionType.RACE, SessionType.QUALIFYING);

    /** Races and qualifying sessions the rule did not count overall, and why, e.g. "level 2, unknown 1". */
    private static void notCounted(PrintWriter out, HeadToHead h2h) {
        Map<AheadRule, Integer> why = new EnumMap<>(AheadRule.class);
        h2h.duels().stream()
                .filter(d -> d.aheadOverall() == null && d.aheadRule() != null && !d.aheadRule().counted())
                .filter(d -> d.sessionType().filter(SCORED::contains).isPresent())
                .forEach(d -> why.merge(d.aheadRule(), 1, Integer::sum));
        if (!why.isEmpty()) {
            out.println("Not counted overall: " + why.entrySet().stream()
                    .map(e -> e.getKey().words() + " " + e.getValue()).collect(Collectors.joining(", ")));
        }
    }

    /** Who was ahead overall (saying so where laps decided), else in class (saying so), else why not counted. */
    private static String ahead(Duel duel, String a, String b) {
        if (duel.aheadOverall() != null) {
            String name = duel.aheadOverall().equals("A") ? a : b;
            return duel.aheadRule() == AheadRule.MORE_LAPS ? name + " (more laps)" : name;
        }
        List<String> inClass = duel.classDuels().stream().filter(c -> c.ahead() != null)
                .map(c -> (c.ahead().equals("A") ? a : b) + " (in " + c.className() + ")").toList();
        if (!inClass.isEmpty()) {
            return String.join(", ", inClass);
        }
        return duel.aheadRule() == null || duel.aheadRule() == AheadRule.UNKNOWN ? "unknown"
                : "not counted (" + duel.aheadRule().words() + ")";
    }
}
