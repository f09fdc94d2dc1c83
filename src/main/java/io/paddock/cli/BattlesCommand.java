package io.paddock.cli;

import io.paddock.cli.FilterOptions.Filter;
import io.paddock.model.AheadRule;
import io.paddock.model.BattleScore;
import io.paddock.model.BattleSeason;
import io.paddock.model.Ref;
import io.paddock.model.TeamMateBattle;
import io.paddock.query.QueryFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code paddock battles [--series NAME] [--season YEAR] [--team NAME]}.
 */
@FilterOptions.Applies({Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES, Filter.CLASS, Filter.EVENT, Filter.LIMIT})
@Command(name = "battles",
        header = "Team-mate battles: who beat whom in races, qualifying and points.", mixinStandardHelpOptions = true,
        description = {"Every pair of team-mates within the filters (drivers of different cars of one team at one event),",
                "with who came out ahead: in every race both started, under the rule paddock h2h uses (the better",
                "position; where one is missing, a classified car ahead of one that retired or was not classified, both",
                "ahead of a disqualified one; of two retirements the one with more laps; else the race is not counted),",
                "in the races both finished classified, in qualifying, and the points each scored",
                "there (where the graph holds points: Formula 1). The leader of each pair comes first. Pairs are listed",
                "best known first: most points scored together, then most races together, then by name. At most 50",
                "pairs unless --limit. For two drivers' battle season by season: paddock h2h A B."},
        footer = {"", "Examples:", "  paddock battles --series f1 --season 2016",
                "  paddock battles --series f1 --team Ferrari --from 2000 --to 2006",
                "  paddock battles --series lemans --season 2010 --json", "  paddock battles --season 2007 --csv"})
final class BattlesCommand extends QuestionCommand {

    @Option(names = "--team", paramLabel = "NAME", description = "Only pairs at this team (name, alias or id)")
    String team;

    @Override
    public Integer call() {
        PrintWriter out = out();
        QueryFilter query = filter.toFilter();
        List<TeamMateBattle> battles = ask(paddock -> paddock.queries().battles(team, query));
        if (csv.requested(output)) {
            out.print(Output.csv(battles.stream().map(BattlesCommand::csvRow).toList()));
        } else if (output.json) {
            out.println(Output.toJson(battles));
        } else if (battles.isEmpty()) {
            out.println("No team-mates within these filters.");
        } else {
            out.println(headline(battles, query));
            Output.sentence(AheadRule.TEXT + " Both classified: the races both finished classified.").forEach(out::println);
            out.println();
            boolean oneSeries = battles.stream().flatMap(b -> b.series().stream()).distinct().count() == 1;
            out.print(Output.table(battles.stream().map(b -> tableRow(b, oneSeries)).toList()));
            sources.print(out, battles.stream().flatMap(b -> b.sources().stream()).distinct().toList());
        }
        out.flush();
        return 0;
    }

    /** E.g. {@code Team-mate battles in Formula 1 2016: 15 pairs, most points scored together first.} */
    private static String headline(List<TeamMateBattle> battles, QueryFilter query) {
        Set<String> series = new LinkedHashSet<>();
        battles.forEach(b -> b.series().forEach(s -> series.add(s.name())));
        String seasons = query.season() != null ? " " + query.season()
                : query.fromYear() != null && query.toYear() != null ? " " + query.fromYear() + "–" + query.toYear()
                : query.fromYear() != null ? " from " + query.fromYear()
                : query.toYear() != null ? " up to " + query.toYear() : "";
        boolean anyPoints = battles.stream().anyMatch(b -> b.total().pointsHeld());
        return "Team-mate battles in " + String.join(" and ", series) + seasons + ": " + battles.size()
                + (battles.size() == 1 ? " pair" : " pairs") + ", "
                + (anyPoints ? "most points scored together first." : "most races together first (points not held).");
    }

    private static Map<String, Object> tableRow(TeamMateBattle battle, boolean oneSeries) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("driver", battle.a().name());
        row.put("team-mate", battle.b().name());
        row.put("team", battle.teams());
        if (!oneSeries) {
            row.put("series", battle.series().stream().map(Ref::name).toList());
        }
        row.put("seasons", battle.seasonSpan());
        scoreCells(row, battle.total());
        return row;
    }

    /** The figures of a total or a season as table cells, A first. */
    static void scoreCells(Map<String, Object> row, BattleScore score) {
        row.put("races", score.races());
        row.put("ahead", score.ahead().toString());
        row.put("not counted", score.notCounted());
        row.put("both classified", score.classified().toString());
        row.put("qualifying", score.qualifying().toString());
        row.put("points", score.pointsHeld()
                ? TeamMateBattle.points(score.pointsA()) + " – " + TeamMateBattle.points(score.pointsB()) : "not held");
    }

    /** One pair with every figure in its own column, ready to plot. */
    private static Map<String, Object> csvRow(TeamMateBattle battle) {
        Map<String, Object> row = new LinkedHashMap<>();
        BattleScore t = battle.total();
        row.put("driver", battle.a().name());
        row.put("driverId", battle.a().id());
        row.put("teamMate", battle.b().name());
        row.put("teamMateId", battle.b().id());
        row.put("teams", battle.teams());
        row.put("series", battle.series().stream().map(Ref::name).toList());
        row.put("firstSeason", battle.seasons().get(0).season());
        row.put("lastSeason", battle.seasons().get(battle.seasons().size() - 1).season());
        row.put("events", t.events());
        row.put("races", t.races());
        row.put("aheadA", t.ahead().a());
        row.put("aheadB", t.ahead().b());
        row.put("notCounted", t.notCounted());
        row.put("classifiedA", t.classified().a());
        row.put("classifiedB", t.classified().b());
        row.put("qualifyingA", t.qualifying().a());
        row.put("qualifyingB", t.qualifying().b());
        row.put("pointsA", t.pointsA());
        row.put("pointsB", t.pointsB());
        return row;
    }

    /**
     * The "as team-mates" part of {@code paddock h2h A B}: nothing when the two never were team-mates within the filters,
     * else a line leader first and a table per season with the total, A first as in the head-to-head.
     */
    static void printAsTeamMates(PrintWriter out, TeamMateBattle battle) {
        if (!battle.teamMates()) {
            return;
        }
        out.println();
        out.println(battle.summary());
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        for (BattleSeason season : battle.seasons()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("season", season.season());
            row.put("series", Output.seriesName(season.series()));
            row.put("team", season.teams());
            scoreCells(row, season.score());
            rows.add(row);
        }
        Map<String, Object> total = new LinkedHashMap<>();
        total.put("season", "total");
        total.put("series", null);
        total.put("team", null);
        scoreCells(total, battle.total());
        rows.add(total);
        out.println("Scores " + battle.a().name() + " – " + battle.b().name() + " in every race both started, under the rule above.");
        out.println();
        out.print(Output.table(rows));
    }
}
