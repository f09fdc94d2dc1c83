package io.paddock.query;

import io.paddock.model.Duel;
import io.paddock.model.HeadToHead;
import io.paddock.model.Ref;
import io.paddock.model.Rival;
import io.paddock.model.Score;
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

/**
 * Head-to-heads between two drivers, teams or manufacturers ({@code head-to-head.cypher}) and the rivals of a
 * driver ({@code rivals.cypher}). The query returns one row per pair of cars in a session; this class reduces
 * them to one duel per session (each side's best car) and to the scores.
 */
final class RivalryQueries {

    private static final String RACE = "RACE";
    private static final String QUALIFYING = "QUALIFYING";

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

        int[] overall = new int[2];
        int[] inClass = new int[2];
        int[] qualifying = new int[2];
        int[] qualifyingInClass = new int[2];
        for (Duel duel : duels) {
            if (RACE.equals(duel.session())) {
                count(overall, duel.aheadOverall());
                duel.classDuels().forEach(c -> count(inClass, c.ahead()));
            } else if (!QUALIFYING.equals(duel.session())) {
                continue; // a sprint is neither the race nor qualifying: its duels are listed, not scored
            } else {
                count(qualifying, duel.aheadOverall());
                duel.classDuels().forEach(c -> count(qualifyingInClass, c.ahead()));
            }
        }
        return new HeadToHead(a, b, duels, new Score(overall[0], overall[1]), new Score(inClass[0], inClass[1]),
                new Score(qualifying[0], qualifying[1]), new Score(qualifyingInClass[0], qualifyingInClass[1]),
                wins(rows, "positionA", "entryA"), wins(rows, "positionB", "entryB"),
                wins(rows, "classPositionA", "entryA"), wins(rows, "classPositionB", "entryB"),
                QueryContext.sources(duels.stream().map(Duel::sources).toList()));
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

    /** One session: each side's best known position overall and per shared class. */
    private static Duel duel(List<Record> rows) {
        Record first = rows.get(0);
        Integer bestA = best(rows, "positionA");
        Integer bestB = best(rows, "positionB");
        Double margin = rows.stream()
                .filter(r -> Objects.equals(integer(r, "positionA"), bestA) && Objects.equals(integer(r, "positionB"), bestB))
                .map(r -> r.get("marginSeconds"))
                .filter(v -> !v.isNull())
                .map(Value::asDouble)
                .findFirst().orElse(null);
        Map<String, List<Record>> byClass = new LinkedHashMap<>();
        rows.stream().filter(r -> r.get("sameClass").asBoolean(false))
                .forEach(r -> byClass.computeIfAbsent(r.get("classA").asString(), k -> new ArrayList<>()).add(r));
        List<Duel.ClassDuel> classDuels = byClass.entrySet().stream()
                .map(e -> {
                    Integer classA = best(e.getValue(), "classPositionA");
                    Integer classB = best(e.getValue(), "classPositionB");
                    return new Duel.ClassDuel(e.getKey(), classA, classB, ahead(classA, classB));
                })
                .toList();
        return new Duel(first.get("event").asString(), first.get("eventName").asString(), first.get("season").asInt(),
                first.get("session").asString(), bestA, bestB, ahead(bestA, bestB), classDuels, margin,
                QueryContext.sources(rows.stream().map(Columns::sources).toList()),
                Columns.series(first.get("series"), first.get("seriesName")));
    }

    /** Events where one of the side's cars won the race (overall or class, by column). */
    private static int wins(List<Record> rows, String positionColumn, String entryColumn) {
        Set<String> events = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (Record r : rows) {
            String key = r.get(entryColumn).asString() + "|" + r.get("session").asString();
            if (RACE.equals(r.get("session").asString()) && seen.add(key) && Integer.valueOf(1).equals(integer(r, positionColumn))) {
                events.add(r.get("event").asString());
            }
        }
        return events.size();
    }

    private static Integer best(List<Record> rows, String column) {
        return rows.stream().map(r -> integer(r, column)).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }

    private static Integer integer(Record r, String column) {
        Value value = r.get(column);
        return value.isNull() ? null : value.asInt();
    }

    private static String ahead(Integer a, Integer b) {
        if (a == null || b == null || a.equals(b)) {
            return null;
        }
        return a < b ? "A" : "B";
    }

    private static void count(int[] score, String ahead) {
        if ("A".equals(ahead)) {
            score[0]++;
        } else if ("B".equals(ahead)) {
            score[1]++;
        }
    }
}
