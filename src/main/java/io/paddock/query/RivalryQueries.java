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
import java.util.function.Function;

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
        Wins wins = new Wins(wins(rows, "positionA", "entryA"), wins(rows, "positionB", "entryB"),
                wins(rows, "classPositionA", "entryA"), wins(rows, "classPositionB", "entryB"));
        HeadToHeadScore score = score(sides, duels.stream().map(Verdict::of).toList(), wins,
                rows.stream().map(Columns::sources).toList());
        return new HeadToHead(sides.a(), sides.b(), duels, score.overall(), score.inClass(), score.qualifying(),
                score.qualifyingInClass(), score.winsA(), score.winsB(), score.classWinsA(), score.classWinsB(),
                score.sources(), score.seriesHasClasses());
    }

    /**
     * The scores alone, from {@code head-to-head-score.cypher}: each session's cars on both sides, without the names,
     * reasons, margins and order the duels show, reduced by the same rule ({@link Best}) to the same scores.
     */
    HeadToHeadScore headToHeadScore(String kind, String nameA, String nameB, QueryFilter filter) {
        Sides sides = sides(kind, nameA, nameB, filter);
        List<Meeting> meetings = context.run("head-to-head-score", sides.parameters(kind), filter).stream()
                .map(Meeting::of).toList();
        Map<String, List<Meeting>> bySession = new LinkedHashMap<>();
        meetings.forEach(m -> bySession.computeIfAbsent(m.event() + "|" + m.session(), k -> new ArrayList<>()).add(m));
        List<Verdict> verdicts = bySession.values().stream().map(RivalryQueries::verdict).toList();
        Wins wins = new Wins(Meeting.wins(meetings, Meeting::carsA, Car::position),
                Meeting.wins(meetings, Meeting::carsB, Car::position),
                Meeting.wins(meetings, Meeting::carsA, Car::classPosition),
                Meeting.wins(meetings, Meeting::carsB, Car::classPosition));
        return score(sides, verdicts, wins, meetings.stream().flatMap(m -> m.sources().stream()).toList());
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

    /** The scores from the sessions' verdicts; the wins and sources as each query counts them. */
    private static HeadToHeadScore score(Sides sides, List<Verdict> verdicts, Wins wins,
                                         List<? extends List<String>> sources) {
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
                wins.a(), wins.b(), classes ? wins.classA() : null, classes ? wins.classB() : null,
                QueryContext.sources(sources), classes);
    }

    /** The events each side won, overall and in class. */
    private record Wins(int a, int b, int classA, int classB) {
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
        Field overall = new Field();
        Map<String, Field> byClass = new LinkedHashMap<>();
        for (Record r : rows) {
            Car a = car(r, "A");
            Car b = car(r, "B");
            overall.add(a, b);
            if (r.get("sameClass").asBoolean(false)) {
                byClass.computeIfAbsent(r.get("classA").asString(), k -> new Field()).add(a, b);
            }
        }
        Best best = Best.of(overall, byClass);
        Double margin = rows.stream()
                .filter(r -> r.get("entryA").asString().equals(best.a().entry())
                        && r.get("entryB").asString().equals(best.b().entry()))
                .map(r -> r.get("marginSeconds"))
                .filter(v -> !v.isNull())
                .map(Value::asDouble)
                .findFirst().orElse(null);
        List<Duel.ClassDuel> classDuels = best.classes().stream()
                .map(c -> new Duel.ClassDuel(c.key(), c.positionA(), c.positionB(), c.ahead())).toList();
        return new Duel(first.get("event").asString(), first.get("eventName").asString(), first.get("season").asInt(),
                first.get("session").asString(), best.a().position(), best.b().position(),
                best.verdict().ahead(), classDuels, margin,
                QueryContext.sources(rows.stream().map(Columns::sources).toList()),
                Columns.series(first.get("series"), first.get("seriesName")), best.a().outcome(), best.b().outcome(),
                best.verdict().rule(), first.get("seriesHasClasses").asBoolean(true));
    }

    /** The car of side {@code A} or {@code B} in a row of {@code head-to-head.cypher}. */
    private static Car car(Record r, String side) {
        return new Car(r.get("entry" + side).asString(), null, integer(r, "position" + side),
                integer(r, "classPosition" + side), outcome(r, side));
    }

    /**
     * One session's verdicts without the duel's names and margin, for the scores alone. Two sessions of one type in an
     * event make one duel, as in {@link #duel}; a class counts only where both sides had a car in it in the same
     * session, as a pair of cars of {@code head-to-head.cypher} does.
     */
    private static Verdict verdict(List<Meeting> meetings) {
        Field overall = new Field();
        Map<String, Field> byClass = new LinkedHashMap<>();
        for (Meeting m : meetings) {
            for (Car a : m.carsA()) {
                for (Car b : m.carsB()) {
                    overall.add(a, b);
                    if (a.classId() != null && a.classId().equals(b.classId())) {
                        byClass.computeIfAbsent(a.classId(), k -> new Field()).add(a, b);
                    }
                }
            }
        }
        Best best = Best.of(overall, byClass);
        Meeting first = meetings.get(0);
        return new Verdict(first.session(), best.verdict().ahead(),
                best.classes().stream().map(ClassVerdict::ahead).toList(), first.seriesHasClasses());
    }

    /**
     * A car in one session as the rule reads it: its entry (null where the query does not name it), its class (null
     * where the query does not give it), its positions overall and in class, and how it ended the session.
     */
    private record Car(String entry, String classId, Integer position, Integer classPosition, Outcome outcome) {
    }

    /** The cars of each side in one comparison (overall, or in one class), a car of A beside a car of B it met. */
    private record Field(List<Car> a, List<Car> b) {
        Field() {
            this(new ArrayList<>(), new ArrayList<>());
        }

        void add(Car carA, Car carB) {
            a.add(carA);
            b.add(carB);
        }
    }

    /** The verdict in one class: each side's best class position and who was ahead. */
    private record ClassVerdict(String key, Integer positionA, Integer positionB, String ahead) {
    }

    /** Each side's best car in one session, overall, the verdict between them, and the verdict in each shared class. */
    private record Best(Car a, Car b, AheadRule.Verdict verdict, List<ClassVerdict> classes) {
        static Best of(Field overall, Map<String, Field> byClass) {
            Car bestA = best(overall.a(), Car::position);
            Car bestB = best(overall.b(), Car::position);
            AheadRule.Verdict verdict = AheadRule.decide(bestA.position(), bestA.outcome(), bestB.position(),
                    bestB.outcome());
            List<ClassVerdict> classes = byClass.entrySet().stream()
                    .map(e -> {
                        Car inClassA = best(e.getValue().a(), Car::classPosition);
                        Car inClassB = best(e.getValue().b(), Car::classPosition);
                        return new ClassVerdict(e.getKey(), inClassA.classPosition(), inClassB.classPosition(),
                                AheadRule.decide(inClassA.classPosition(), inClassA.outcome(),
                                        inClassB.classPosition(), inClassB.outcome()).ahead());
                    })
                    .toList();
            return new Best(bestA, bestB, verdict, classes);
        }

        /** The side's best car, by the given position, then status and laps, as {@link AheadRule} ranks them. */
        private static Car best(List<Car> cars, Function<Car, Integer> position) {
            return cars.stream().min(AheadRule.bestFirst(position, Car::outcome)).orElseThrow();
        }
    }

    /**
     * One session of {@code head-to-head-score.cypher}: its event and type, whether the series has classes, each
     * side's cars in it and their sources.
     */
    private record Meeting(String event, String session, boolean seriesHasClasses, List<Car> carsA, List<Car> carsB,
                           List<List<String>> sources) {
        static Meeting of(Record r) {
            return new Meeting(r.get("event").asString(), r.get("session").asString(),
                    r.get("seriesHasClasses").asBoolean(true), cars(r.get("carsA")), cars(r.get("carsB")),
                    r.get("sources").asList(v -> v.isNull() ? List.<String>of() : v.asList(Value::asString)));
        }

        /** The cars as the query lists them: {@code [class id, position, class position, status, laps]}. */
        private static List<Car> cars(Value cars) {
            return cars.asList(car -> new Car(null, car.get(0).isNull() ? null : car.get(0).asString(),
                    integer(car.get(1)), integer(car.get(2)),
                    new Outcome(car.get(3).isNull() ? null : status(car.get(3).asString()), null, integer(car.get(4)))));
        }

        /** The events where one of the side's cars was first in the race, by the given position. */
        static int wins(List<Meeting> meetings, Function<Meeting, List<Car>> side, Function<Car, Integer> position) {
            Set<String> events = new HashSet<>();
            for (Meeting m : meetings) {
                if (SessionType.RACE.graphValue().equals(m.session())
                        && side.apply(m).stream().anyMatch(car -> Integer.valueOf(1).equals(position.apply(car)))) {
                    events.add(m.event());
                }
            }
            return events.size();
        }

        private static Integer integer(Value v) {
            return v.isNull() ? null : v.asInt();
        }
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
