package io.paddock.query;

import io.paddock.model.AheadRule;
import io.paddock.model.Duel;
import io.paddock.model.HeadToHead;
import io.paddock.model.Outcome;
import io.paddock.model.Ref;
import io.paddock.model.ResultStatus;
import io.paddock.model.Rival;
import io.paddock.model.Score;
import io.paddock.model.SessionType;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Head-to-heads between two drivers, teams or manufacturers ({@code head-to-head.cypher}) and the rivals of a
 * driver ({@code rivals.cypher}). The query returns one row per pair of cars in a session; this class reduces
 * them to one duel per session (each side's best car) and to the scores, both under {@link AheadRule}.
 */
final class RivalryQueries {

    private final QueryContext context;

    RivalryQueries(QueryContext context) {
        this.context = context;
    }

    HeadToHead headToHead(String kind, String nameA, String nameB, QueryFilter filter) {
        Ref a = context.names().resolve(nameA, kind);
        Ref b = context.names().resolve(nameB, kind);
        if (a.id().equals(b.id())) {
            throw new io.paddock.PaddockException("'" + nameA + "' and '" + nameB + "' are the same " + kind + ": " + a.name());
        }
        List<Record> rows = context.run("head-to-head", Map.of("kind", kind, "a", a.id(), "b", b.id()), filter);
        Map<String, List<Record>> bySession = new LinkedHashMap<>();
        rows.forEach(r -> bySession.computeIfAbsent(r.get("event").asString() + "|" + r.get("session").asString(),
                k -> new ArrayList<>()).add(r));
        List<Duel> duels = bySession.values().stream().map(RivalryQueries::duel).toList();

        boolean classes = duels.stream().anyMatch(Duel::seriesHasClasses);
        int[] overall = new int[2];
        int[] inClass = new int[2];
        int[] qualifying = new int[2];
        int[] qualifyingInClass = new int[2];
        for (Duel duel : duels) {
            SessionType type = duel.sessionType().orElse(null);
            if (type == SessionType.RACE) {
                count(overall, duel.aheadOverall());
                duel.classDuels().forEach(c -> count(inClass, c.ahead()));
            } else if (type != SessionType.QUALIFYING) {
                continue; // a sprint is neither the race nor qualifying: its duels are listed, not scored
            } else {
                count(qualifying, duel.aheadOverall());
                duel.classDuels().forEach(c -> count(qualifyingInClass, c.ahead()));
            }
        }
        return new HeadToHead(a, b, duels, new Score(overall[0], overall[1]),
                classes ? new Score(inClass[0], inClass[1]) : null, new Score(qualifying[0], qualifying[1]),
                classes ? new Score(qualifyingInClass[0], qualifyingInClass[1]) : null,
                wins(rows, "positionA", "entryA"), wins(rows, "positionB", "entryB"),
                classes ? wins(rows, "classPositionA", "entryA") : null,
                classes ? wins(rows, "classPositionB", "entryB") : null,
                QueryContext.sources(duels.stream().map(Duel::sources).toList()), classes);
    }

    List<Rival> rivals(String driverName, QueryFilter filter, boolean overall) {
        Ref driver = context.names().resolve(driverName, "driver");
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("driverId", driver.id());
        return context.run(overall ? "rivals-overall" : "rivals", parameters, filter).stream()
                .map(r -> new Rival(new Ref("driver", r.get("id").asString(), r.get("name").asString()),
                        r.get("meetings").asInt(), r.get("ahead").asInt(), r.get("behind").asInt(),
                        r.get("classes").asList(Value::asString), Columns.sources(r),
                        r.get("series").asList(s -> Columns.series(s.get("id"), s.get("name")))))
                .toList();
    }

    /** One session: each side's best car under {@link AheadRule}, overall and per shared class, and the verdicts. */
    private static Duel duel(List<Record> rows) {
        Record first = rows.get(0);
        Record bestA = best(rows, "positionA", "A");
        Record bestB = best(rows, "positionB", "B");
        Integer positionA = integer(bestA, "positionA");
        Integer positionB = integer(bestB, "positionB");
        Outcome outcomeA = outcome(bestA, "A");
        Outcome outcomeB = outcome(bestB, "B");
        AheadRule.Verdict verdict = AheadRule.decide(positionA, outcomeA, positionB, outcomeB);
        Double margin = rows.stream()
                .filter(r -> r.get("entryA").equals(bestA.get("entryA")) && r.get("entryB").equals(bestB.get("entryB")))
                .map(r -> r.get("marginSeconds"))
                .filter(v -> !v.isNull())
                .map(Value::asDouble)
                .findFirst().orElse(null);
        Map<String, List<Record>> byClass = new LinkedHashMap<>();
        rows.stream().filter(r -> r.get("sameClass").asBoolean(false))
                .forEach(r -> byClass.computeIfAbsent(r.get("classA").asString(), k -> new ArrayList<>()).add(r));
        List<Duel.ClassDuel> classDuels = byClass.entrySet().stream()
                .map(e -> {
                    Record inClassA = best(e.getValue(), "classPositionA", "A");
                    Record inClassB = best(e.getValue(), "classPositionB", "B");
                    Integer classA = integer(inClassA, "classPositionA");
                    Integer classB = integer(inClassB, "classPositionB");
                    return new Duel.ClassDuel(e.getKey(), classA, classB,
                            AheadRule.decide(classA, outcome(inClassA, "A"), classB, outcome(inClassB, "B")).ahead());
                })
                .toList();
        return new Duel(first.get("event").asString(), first.get("eventName").asString(), first.get("season").asInt(),
                first.get("session").asString(), positionA, positionB, verdict.ahead(), classDuels, margin,
                QueryContext.sources(rows.stream().map(Columns::sources).toList()),
                Columns.series(first.get("series"), first.get("seriesName")), outcomeA, outcomeB, verdict.rule(),
                first.get("seriesHasClasses").asBoolean(true));
    }

    /** The row of the side's best car (by the position column, then status and laps, as {@link AheadRule} ranks). */
    private static Record best(List<Record> rows, String positionColumn, String side) {
        return rows.stream().min(AheadRule.bestFirst(r -> integer(r, positionColumn), r -> outcome(r, side)))
                .orElseThrow();
    }

    /** How side {@code A} or {@code B}'s car of this row ended the session. */
    private static Outcome outcome(Record r, String side) {
        Value status = r.get("status" + side);
        Value reason = r.get("reason" + side);
        return new Outcome(status.isNull() ? null : status(status.asString()), reason.isNull() ? null : reason.asString(),
                integer(r, "laps" + side));
    }

    private static ResultStatus status(String name) {
        try {
            return ResultStatus.valueOf(name);
        } catch (IllegalArgumentException notOurs) {
            return null; // a status written by another tool: the rule treats it as not given
        }
    }

    /** Events where one of the side's cars won the race (overall or class, by column). */
    private static int wins(List<Record> rows, String positionColumn, String entryColumn) {
        Set<String> events = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Record r : rows) {
            String key = r.get(entryColumn).asString() + "|" + r.get("session").asString();
            if (SessionType.RACE.graphValue().equals(r.get("session").asString()) && seen.add(key) && Integer.valueOf(1).equals(integer(r, positionColumn))) {
                events.add(r.get("event").asString());
            }
        }
        return events.size();
    }

    private static Integer integer(Record r, String column) {
        Value value = r.get(column);
        return value.isNull() ? null : value.asInt();
    }

    private static void count(int[] score, String ahead) {
        if ("A".equals(ahead)) {
            score[0]++;
        } else if ("B".equals(ahead)) {
            score[1]++;
        }
    }
}
