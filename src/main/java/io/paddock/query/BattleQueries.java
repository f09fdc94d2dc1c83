package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.model.BattleScore;
import io.paddock.model.BattleSeason;
import io.paddock.model.Ref;
import io.paddock.model.Score;
import io.paddock.model.TeamMateBattle;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Team-mate battles ({@code battles.cypher}): every pair of team-mates within the filters, one driver's team-mates, or
 * one pair, each with its figures per season and in total. One query answers a whole season's pairs. The ahead rule
 * for races is the one marked {@code CASE} in the file.
 */
final class BattleQueries {

    private final QueryContext context;

    BattleQueries(QueryContext context) {
        this.context = context;
    }

    /** Every pair, leader first, best known first (most points together, then most races together, then names). */
    List<TeamMateBattle> battles(String team, QueryFilter filter) {
        String teamId = context.names().resolveId(team, "team");
        return run(null, null, teamId, filter).stream()
                .map(b -> b.leader().equals(b.a()) ? b : b.swapped())
                .toList();
    }

    /** One driver's team-mates, that driver first. */
    List<TeamMateBattle> battlesOf(String driver, QueryFilter filter) {
        Ref a = context.names().resolveAll(filter, "driver", driver).get(0);
        return run(a.id(), null, null, filter);
    }

    /** One pair, in the order asked; no seasons when they never were team-mates within the filters. */
    TeamMateBattle battle(String driverA, String driverB, QueryFilter filter) {
        List<Ref> named = context.names().resolveAll(filter, "driver", driverA, driverB);
        Ref a = named.get(0);
        Ref b = named.get(1);
        if (a.id().equals(b.id())) {
            throw new PaddockException("'" + driverA + "' and '" + driverB + "' are the same driver: " + a.name());
        }
        List<TeamMateBattle> pair = run(a.id(), b.id(), null, filter.limit(null));
        return pair.isEmpty()
                ? new TeamMateBattle(a, b, new BattleScore(0, 0, new Score(0, 0), new Score(0, 0), new Score(0, 0), null, null),
                        List.of(), List.of())
                : pair.get(0);
    }

    private List<TeamMateBattle> run(String a, String b, String teamId, QueryFilter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("a", a);
        parameters.put("b", b);
        parameters.put("teamId", teamId);
        return context.run("battles", parameters, filter).stream().map(BattleQueries::battle).toList();
    }

    private static TeamMateBattle battle(Record r) {
        return new TeamMateBattle(new Ref("driver", r.get("a").asString(), r.get("aName").asString()),
                new Ref("driver", r.get("b").asString(), r.get("bName").asString()), score(r::get),
                r.get("seasons").asList(s -> new BattleSeason(Columns.series(s.get("series"), s.get("seriesName")),
                        s.get("season").asInt(), Columns.strings(s.get("teams")), score(s::get))),
                Columns.sources(r));
    }

    /** The figures of a row or of one of its season maps: the same column names in both. */
    private static BattleScore score(Function<String, Value> column) {
        return new BattleScore(column.apply("events").asInt(), column.apply("races").asInt(),
                new Score(column.apply("classifiedA").asInt(), column.apply("classifiedB").asInt()),
                new Score(column.apply("aheadA").asInt(), column.apply("aheadB").asInt()),
                new Score(column.apply("qualifyingA").asInt(), column.apply("qualifyingB").asInt()),
                Columns.decimal(column.apply("pointsA")), Columns.decimal(column.apply("pointsB")));
    }
}
