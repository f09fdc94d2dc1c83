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
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Head-to-heads between two drivers, teams or manufacturers ({@code head-to-head-sessions.cypher}, and
 * {@code head-to-head-score.cypher} for the scores alone) and the rivals of a driver ({@code rivals.cypher}). The
 * head-to-head queries return one row per session with each side's cars in it; this class pairs them and reduces the
 * pairs to one duel per session type of an event (each side's best car) and to the scores, both under
 * {@link AheadRule}.
 */
final class RivalryQueries {

    private final QueryContext context;

    RivalryQueries(QueryContext context) {
        this.context = context;
    }

    HeadToHead headToHead(String kind, String nameA, String nameB, QueryFilter filter) {
        Sides sides = sides(kind, nameA, nameB, filter);
        List<Meeting> meetings = context.run("head-to-head-sessions", sides.parameters(kind), filter).stream()
                .map(Meeting::ofCarMaps).toList();
        List<Duel> duels = bySession(meetings).stream().map(RivalryQueries::duel).toList();
        HeadToHeadScore score = score(sides, duels.stream().map(Verdict::of).toList(), Wins.of(meetings),
                Meeting.sources(meetings));
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
                .map(Meeting::ofCarLists).toList();
        List<Verdict> verdicts = bySession(meetings).stream().map(RivalryQueries::verdict).toList();
        return score(sides, verdicts, Wins.of(meetings), Meeting.sources(meetings));
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

    /**
     * The meetings of each session type of an event, in the order the query returned them: two sessions of one type
     * in an event make one duel.
     */
    private static java.util.Collection<List<Meeting>> bySession(List<Meeting> meetings) {
        Map<String, List<Meeting>> bySession = new LinkedHashMap<>();
        meetings.forEach(m -> bySession.computeIfAbsent(m.event() + "|" + m.session(), k -> new ArrayList<>()).add(m));
        return bySession.values();
    }

    /** Who was ahead in one session, overall and in each shared class, and whether its series has classes. */
    private record Verdict(String session, String ahead, List<String> classAheads, boolean seriesHasClasses) {
        static Verdict of(Duel duel) {
            return new Verdict(duel.session(), duel.aheadOverall(),
                    duel.classDuels().stream().map(Duel.ClassDuel::ahead).toList(), duel.seriesHasClasses());
        }
    }

    /** The scores from the sessions' verdicts, with the wins and the sources (in reading order). */
    private static HeadToHeadScore score(Sides sides, List<Verdict> verdicts, Wins wins, List<String> sources) {
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
                sources, classes);
    }

    /** The events each side won, overall and in class. */
    private record Wins(int a, int b, int classA, int classB) {
        static Wins of(List<Meeting> meetings) {
            return new Wins(won(meetings, Meeting::carsA, Car::position), won(meetings, Meeting::carsB, Car::position),
                    won(meetings, Meeting::carsA, Car::classPosition), won(meetings, Meeting::carsB, Car::classPosition));
        }

        /** The events where one of the side's cars was first in the race, by the given position. */
        private static int won(List<Meeting> meetings, Function<Meeting, List<Car>> side, Function<Car, Integer> position) {
            Set<String> events = new HashSet<>();
            for (Meeting m : meetings) {
                if (SessionType.RACE.graphValue().equals(m.session())
                        && side.apply(m).stream().anyMatch(car -> Integer.valueOf(1).equals(position.apply(car)))) {
                    events.add(m.event());
                }
            }
            return events.size();
        }
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

    /**
     * One session type of an event: each side's best car under {@link AheadRule}, overall and per shared class, the
     * verdicts, and the margin between the two best cars where the sources time one against the other.
     */
    private static Duel duel(List<Meeting> meetings) {
        Meeting first = meetings.get(0);
        // The pairs in the order of their entries, as the duel's class order and the rule's ties have always read them.
        List<Pair> pairs = pairs(meetings).stream()
                .sorted(Comparator.comparing((Pair p) -> p.a().entry()).thenComparing(p -> p.b().entry()))
                .toList();
        Best best = Best.of(pairs, Car::className);
        Double margin = pairs.stream()
                .filter(p -> p.a().entry().equals(best.a().entry()) && p.b().entry().equals(best.b().entry()))
                .map(Pair::margin)
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
        List<Duel.ClassDuel> classDuels = best.classes().stream()
                .map(c -> new Duel.ClassDuel(c.key(), c.positionA(), c.positionB(), c.ahead())).toList();
        return new Duel(first.event(), first.eventName(), first.season(), first.session(), best.a().position(),
                best.b().position(), best.verdict().ahead(), classDuels, margin, Meeting.sources(meetings),
                first.series(), best.a().outcome(), best.b().outcome(), best.verdict().rule(), first.seriesHasClasses());
    }

    /**
     * One session type's verdicts without the duel's names and margin, for the scores alone. A class counts only where
     * both sides had a car in it in the same session, as in {@link #duel}.
     */
    private static Verdict verdict(List<Meeting> meetings) {
        Best best = Best.of(pairs(meetings), Car::classId);
        Meeting first = meetings.get(0);
        return new Verdict(first.session(), best.verdict().ahead(),
                best.classes().stream().map(ClassVerdict::ahead).toList(), first.seriesHasClasses());
    }

    /** Every car of A beside every car of B of the same session. */
    private static List<Pair> pairs(List<Meeting> meetings) {
        List<Pair> pairs = new ArrayList<>();
        for (Meeting m : meetings) {
            for (Car a : m.carsA()) {
                for (Car b : m.carsB()) {
                    pairs.add(new Pair(a, b));
                }
            }
        }
        return pairs;
    }

    /**
     * A car in one session as the rule reads it: its class, positions overall and in class, and how it ended the
     * session; for the whole head-to-head also its entry, its class's name, and the entries it was timed against and
     * that gap (null or empty where the query does not give them). Its sources stay with its meeting.
     */
    private record Car(String classId, Integer position, Integer classPosition, Outcome outcome, String entry,
                       String className, List<String> gapTo, Double gapSeconds) {
    }

    /** A car of A and a car of B that met in one session. */
    private record Pair(Car a, Car b) {
        boolean sameClass() {
            return a.classId() != null && a.classId().equals(b.classId());
        }

        /** B's gap where B was timed against A, else A's where A was timed against B. */
        Double margin() {
            if (b.gapTo().contains(a.entry())) {
                return b.gapSeconds();
            }
            return a.gapTo().contains(b.entry()) ? a.gapSeconds() : null;
        }
    }

    /** The verdict in one class: each side's best class position and who was ahead. */
    private record ClassVerdict(String key, Integer positionA, Integer positionB, String ahead) {
    }

    /** Each side's best car in one session, overall, the verdict between them, and the verdict in each shared class. */
    private record Best(Car a, Car b, AheadRule.Verdict verdict, List<ClassVerdict> classes) {
        /** From the pairs that met; each shared class under the key given (its name to show, or its id to count). */
        static Best of(List<Pair> pairs, Function<Car, String> classKey) {
            Car bestA = best(pairs.stream().map(Pair::a).toList(), Car::position);
            Car bestB = best(pairs.stream().map(Pair::b).toList(), Car::position);
            AheadRule.Verdict verdict = AheadRule.decide(bestA.position(), bestA.outcome(), bestB.position(),
                    bestB.outcome());
            Map<String, List<Pair>> byClass = new LinkedHashMap<>();
            pairs.stream().filter(Pair::sameClass)
                    .forEach(p -> byClass.computeIfAbsent(classKey.apply(p.a()), k -> new ArrayList<>()).add(p));
            List<ClassVerdict> classes = byClass.entrySet().stream()
                    .map(e -> {
                        Car inClassA = best(e.getValue().stream().map(Pair::a).toList(), Car::classPosition);
                        Car inClassB = best(e.getValue().stream().map(Pair::b).toList(), Car::classPosition);
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
     * One session of a head-to-head file: its event and type, whether the series has classes, and each side's cars in
     * it; the event's name, season and series where the file gives them.
     */
    private record Meeting(String event, String session, boolean seriesHasClasses, List<Car> carsA, List<Car> carsB,
                           List<List<String>> carSources, String eventName, int season, Ref series) {

        /** A row of {@code head-to-head-score.cypher}: cars as {@code [class id, position, class position, status, laps]}. */
        static Meeting ofCarLists(Record r) {
            Function<Value, Car> car = c -> new Car(text(c.get(0)), integer(c.get(1)), integer(c.get(2)),
                    new Outcome(status(text(c.get(3))), null, integer(c.get(4))), null, null, List.of(), null);
            return new Meeting(r.get("event").asString(), r.get("session").asString(),
                    r.get("seriesHasClasses").asBoolean(true), r.get("carsA").asList(car), r.get("carsB").asList(car),
                    r.get("sources").asList(v -> v.isNull() ? List.<String>of() : v.asList(Value::asString)), null, 0, null);
        }

        /** A row of {@code head-to-head-sessions.cypher}: cars as maps, with their names, reasons, gaps and sources. */
        static Meeting ofCarMaps(Record r) {
            Function<Value, Car> car = c -> new Car(text(c.get("classId")), integer(c.get("position")),
                    integer(c.get("classPosition")),
                    new Outcome(status(text(c.get("status"))), text(c.get("reason")), integer(c.get("laps"))),
                    c.get("entry").asString(), text(c.get("class")), c.get("gapTo").asList(Value::asString),
                    c.get("gapSeconds").isNull() ? null : c.get("gapSeconds").asDouble());
            List<Car> carsA = r.get("carsA").asList(car);
            List<Car> carsB = r.get("carsB").asList(car);
            List<List<String>> sources = new ArrayList<>();
            Stream.of(r.get("carsA"), r.get("carsB")).forEach(cars -> cars.values().forEach(c ->
                    sources.add(c.get("sources").isNull() ? List.of() : c.get("sources").asList(Value::asString))));
            return new Meeting(r.get("event").asString(), r.get("session").asString(),
                    r.get("seriesHasClasses").asBoolean(true), carsA, carsB, sources, text(r.get("eventName")),
                    r.get("season").asInt(), Columns.series(r.get("series"), r.get("seriesName")));
        }

        /** The sources of every car of the meetings, in reading order. */
        static List<String> sources(List<Meeting> meetings) {
            return QueryContext.sources(meetings.stream().flatMap(m -> m.carSources().stream()).toList());
        }

        private static String text(Value v) {
            return v.isNull() ? null : v.asString();
        }

        private static Integer integer(Value v) {
            return v.isNull() ? null : v.asInt();
        }
    }

    private static ResultStatus status(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ResultStatus.valueOf(name);
        } catch (IllegalArgumentException notOurs) {
            return null; // a status written by another tool: the rule treats it as not given
        }
    }

    private static void count(int[] score, String ahead) {
        if ("A".equals(ahead)) {
            score[0]++;
        } else if ("B".equals(ahead)) {
            score[1]++;
        }
    }
}
