package io.paddock.query;

import io.paddock.model.AheadRule;
import io.paddock.model.Duel;
import io.paddock.model.HeadToHead;
import io.paddock.model.HeadToHeadScore;
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
        Sides sides = sides(kind, nameA, nameB, filter);
        List<Record> rows = context.run("head-to-head", sides.parameters(kind), filter);
        List<Duel> duels = bySession(rows).stream().map(RivalryQueries::duel).toList();
        HeadToHeadScore score = score(sides, rows, duels.stream().map(Verdict::of).toList());
        return new HeadToHead(sides.a(), sides.b(), duels, score.overall(), score.inClass(), score.qualifying(),
                score.qualifyingInClass(), score.winsA(), score.winsB(), score.classWinsA(), score.classWinsB(),
                score.sources(), score.seriesHasClasses());
    }

    /**
     * The scores alone, from {@code head-to-head-score.cypher}: the rows the scores are made of, without the names,
     * reasons, margins and order the duels show, reduced by the same rule ({@link #verdict}).
     */
    HeadToHeadScore headToHeadScore(String kind, String nameA, String nameB, QueryFilter filter) {
        Sides sides = sides(kind, nameA, nameB, filter);
        List<Record> rows = context.run("head-to-head-score", sides.parameters(kind), filter);
        return score(sides, rows, bySession(rows).stream().map(RivalryQueries::verdict).toList());
    }

    /** The two sides, resolved by name. */
    private record Sides(Ref a, Ref b) {
        Map<String, Object> parameters(String kind) {
            return Map.of("kind", kind, "a", a.id(), "b", b.id());
        }
    }

    /** The two sides, resolved by name; their searches and the filter's go to the database as one statement. */
    private Sides sides(String kind, String nameA, String nameB, QueryFilter filter) {
        List<Ref> named = context.names().resolveAll(filter, kind, nameA, nameB);
        Ref a = named.get(0);
        Ref b = named.get(1);
        if (a.id().equals(b.id())) {
            throw new io.paddock.PaddockException("'" + nameA + "' and '" + nameB + "' are the same " + kind + ": " + a.name());
        }
        return new Sides(a, b);
    }

    /** The rows of each session (event and session type), in the order the query returned them. */
    private static java.util.Collection<List<Record>> bySession(List<Record> rows) {
        Map<String, List<Record>> bySession = new LinkedHashMap<>();
        rows.forEach(r -> bySession.computeIfAbsent(r.get("event").asString() + "|" + r.get("session").asString(),
                k -> new ArrayList<>()).add(r));
        return bySession.values();
    }

    /** Who was ahead in one session, overall and in each shared class, and whether its series has classes. */
    private record Verdict(String session, String ahead, List<String> classAheads, boolean seriesHasClasses) {
        static Verdict of(Duel duel) {
            return new Verdict(duel.session(), duel.aheadOverall(),
                    duel.classDuels().stream().map(Duel.ClassDuel::ahead).toList(), duel.seriesHasClasses());
        }
    }

    /** The scores from the sessions' verdicts; wins and sources from the rows (every row's results are compared). */
    private static HeadToHeadScore score(Sides sides, List<Record> rows, List<Verdict> verdicts) {
        boolean classes = verdicts.stream().anyMatch(Verdict::seriesHasClasses);
        int[] overall = new int[2];
        int[] inClass = new int[2];
        int[] qualifying = new int[2];
        int[] qualifyingInClass = new int[2];
        for (Verdict verdict : verdicts) {
            SessionType type = SessionType.ofGraphValue(verdict.session()).orElse(null);
            if (type == SessionType.RACE) {
                count(overall, verdict.ahead());
                verdict.classAheads().forEach(ahead -> count(inClass, ahead));
            } else if (type == SessionType.QUALIFYING) {
                count(qualifying, verdict.ahead());
                verdict.classAheads().forEach(ahead -> count(qualifyingInClass, ahead));
            } // a sprint is neither the race nor qualifying: its duels are listed, not scored
        }
        return new HeadToHeadScore(sides.a(), sides.b(), new Score(overall[0], overall[1]),
                classes ? new Score(inClass[0], inClass[1]) : null, new Score(qualifying[0], qualifying[1]),
                classes ? new Score(qualifyingInClass[0], qualifyingInClass[1]) : null,
                wins(rows, "positionA", "entryA"), wins(rows, "positionB", "entryB"),
                classes ? wins(rows, "classPositionA", "entryA") : null,
                classes ? wins(rows, "classPositionB", "entryB") : null,
                QueryContext.sources(rows.stream().map(Columns::sources).toList()), classes);
    }

    List<Rival> rivals(String driverName, QueryFilter filter, boolean overall) {
        Ref driver = context.names().resolveAll(filter, "driver", driverName).get(0);
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
        Best best = Best.of(rows);
        Double margin = rows.stream()
                .filter(r -> r.get("entryA").equals(best.a().get("entryA")) && r.get("entryB").equals(best.b().get("entryB")))
                .map(r -> r.get("marginSeconds"))
                .filter(v -> !v.isNull())
                .map(Value::asDouble)
                .findFirst().orElse(null);
        return new Duel(first.get("event").asString(), first.get("eventName").asString(), first.get("season").asInt(),
                first.get("session").asString(), integer(best.a(), "positionA"), integer(best.b(), "positionB"),
                best.verdict().ahead(), best.classDuels(), margin,
                QueryContext.sources(rows.stream().map(Columns::sources).toList()),
                Columns.series(first.get("series"), first.get("seriesName")), outcome(best.a(), "A"), outcome(best.b(), "B"),
                best.verdict().rule(), first.get("seriesHasClasses").asBoolean(true));
    }

    /** One session's verdicts without the duel's names and margin, for the scores alone. */
    private static Verdict verdict(List<Record> rows) {
        Best best = Best.of(rows);
        return new Verdict(rows.get(0).get("session").asString(), best.verdict().ahead(),
                best.classDuels().stream().map(Duel.ClassDuel::ahead).toList(), rows.get(0).get("seriesHasClasses").asBoolean(true));
    }

    /** Each side's best car in one session, overall, the verdict between them, and the duels inside each shared class. */
    private record Best(Record a, Record b, AheadRule.Verdict verdict, List<Duel.ClassDuel> classDuels) {
        static Best of(List<Record> rows) {
            Record bestA = best(rows, "positionA", "A");
            Record bestB = best(rows, "positionB", "B");
            AheadRule.Verdict verdict = AheadRule.decide(integer(bestA, "positionA"), outcome(bestA, "A"),
                    integer(bestB, "positionB"), outcome(bestB, "B"));
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
            return new Best(bestA, bestB, verdict, classDuels);
        }
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
