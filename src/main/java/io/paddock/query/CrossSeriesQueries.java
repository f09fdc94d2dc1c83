package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.model.Career;
import io.paddock.model.CareerLine;
import io.paddock.model.Connection;
import io.paddock.model.Crossover;
import io.paddock.model.Ref;
import io.paddock.model.SharedEvent;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Questions across series: how two drivers are connected ({@code path.cypher}), a driver's career per series and
 * season ({@code career.cypher}) and the drivers who raced in several series ({@code crossover.cypher}).
 */
final class CrossSeriesQueries {

    private final QueryContext context;

    CrossSeriesQueries(QueryContext context) {
        this.context = context;
    }

    Connection path(String nameA, String nameB, QueryFilter filter) {
        if (filter.className() != null || filter.event() != null) {
            throw new PaddockException("A path takes season, range of seasons and series filters, not a class or an event");
        }
        List<Ref> named = context.names().resolveAll(filter, "driver", nameA, nameB);
        Ref a = named.get(0);
        Ref b = named.get(1);
        if (a.id().equals(b.id())) {
            throw new PaddockException("'" + nameA + "' and '" + nameB + "' are the same driver: " + a.name());
        }
        List<Record> rows = context.run("path", Map.of("a", a.id(), "b", b.id()), filter);
        List<Connection.Link> links = rows.stream()
                .map(r -> new Connection.Link(
                        new Ref("driver", r.get("fromId").asString(), r.get("from").asString()),
                        new Ref("driver", r.get("toId").asString(), r.get("to").asString()),
                        new SharedEvent(r.get("event").asString(), r.get("eventName").asString(), r.get("season").asInt(),
                                r.get("role").asString(), Columns.text(r.get("team")), Columns.text(r.get("car")),
                                Columns.text(r.get("class")), Columns.series(r.get("series"), r.get("seriesName")),
                                r.get("seriesHasClasses").asBoolean()),
                        r.get("events").asInt(), Columns.sources(r)))
                .toList();
        return new Connection(a, b, links, QueryContext.sources(links.stream().map(Connection.Link::sources).toList()));
    }

    Career career(String driverName, QueryFilter filter) {
        Ref driver = context.names().resolveAll(filter, "driver", driverName).get(0);
        List<CareerLine> seasons = context.run("career", Map.of("driverId", driver.id()), filter).stream()
                .map(CrossSeriesQueries::seasonLine)
                .toList();
        Map<String, List<CareerLine>> bySeries = new LinkedHashMap<>();
        seasons.forEach(line -> bySeries.computeIfAbsent(line.series().id(), k -> new ArrayList<>()).add(line));
        List<CareerLine> ordered = bySeries.values().stream().flatMap(List::stream).toList();
        List<CareerLine> totals = bySeries.values().stream().map(CrossSeriesQueries::total).toList();
        return new Career(driver, ordered, totals, QueryContext.sources(seasons.stream().map(CareerLine::sources).toList()));
    }

    List<Crossover> crossover(String seriesA, String seriesB, boolean onlyWinners, QueryFilter filter) {
        String idA = context.names().resolveId(seriesA, "series");
        String idB = context.names().resolveId(seriesB, "series");
        if (idA != null && idA.equals(idB)) {
            throw new PaddockException("'" + seriesA + "' and '" + seriesB + "' are the same series: " + idA);
        }
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("seriesA", idA);
        parameters.put("seriesB", idB);
        parameters.put("onlyWinners", onlyWinners);
        return context.run("crossover", parameters, filter.series(null).inClass(null).event(null)).stream()
                .map(r -> new Crossover(new Ref("driver", r.get("id").asString(), r.get("name").asString()),
                        r.get("series").asList(CrossSeriesQueries::inSeries),
                        r.get("wins").asInt(), r.get("classWins").asInt(), Columns.sources(r)))
                .toList();
    }

    private static CareerLine seasonLine(Record r) {
        return new CareerLine(Columns.series(r.get("series"), r.get("seriesName")), r.get("season").asInt(), 1,
                r.get("events").asInt(), r.get("starts").asInt(), r.get("wins").asInt(), r.get("podiums").asInt(),
                r.get("poles").asInt(), r.get("classPoles").asInt(), r.get("classWins").asInt(),
                Columns.integer(r.get("bestFinish")), Columns.integer(r.get("bestClassFinish")),
                Columns.strings(r.get("teams")), Columns.strings(r.get("cars")), Columns.strings(r.get("classes")),
                Columns.sources(r));
    }

    /** A series total from its season lines: sums, the best finishes, and every team, car and class once. */
    private static CareerLine total(List<CareerLine> lines) {
        return new CareerLine(lines.get(0).series(), null, lines.size(),
                sum(lines, CareerLine::events), sum(lines, CareerLine::starts), sum(lines, CareerLine::wins),
                sum(lines, CareerLine::podiums), sum(lines, CareerLine::poles), sum(lines, CareerLine::classPoles),
                sum(lines, CareerLine::classWins),
                best(lines, CareerLine::bestFinish), best(lines, CareerLine::bestClassFinish),
                union(lines, CareerLine::teams), union(lines, CareerLine::cars), union(lines, CareerLine::classes),
                QueryContext.sources(lines.stream().map(CareerLine::sources).toList()));
    }

    private static int sum(List<CareerLine> lines, ToIntFunction<CareerLine> figure) {
        return lines.stream().mapToInt(figure).sum();
    }

    private static Integer best(List<CareerLine> lines, Function<CareerLine, Integer> position) {
        return lines.stream().map(position).filter(Objects::nonNull).min(Integer::compare).orElse(null);
    }

    private static List<String> union(List<CareerLine> lines, Function<CareerLine, List<String>> names) {
        Set<String> all = new LinkedHashSet<>();
        lines.forEach(line -> all.addAll(names.apply(line)));
        return List.copyOf(all);
    }

    private static Crossover.InSeries inSeries(Value v) {
        return new Crossover.InSeries(Columns.series(v.get("series"), v.get("seriesName")), v.get("events").asInt(),
                v.get("starts").asInt(), v.get("wins").asInt(), v.get("classWins").asInt(),
                v.get("firstSeason").asInt(), v.get("lastSeason").asInt());
    }
}
