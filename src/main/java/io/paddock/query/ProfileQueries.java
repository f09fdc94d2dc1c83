package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.model.CarProfile;
import io.paddock.model.CircuitProfile;
import io.paddock.model.CountedResults;
import io.paddock.model.DriverSummary;
import io.paddock.model.EntryTotals;
import io.paddock.model.DriverProfile;
import io.paddock.model.EntryLine;
import io.paddock.model.EventProfile;
import io.paddock.model.EventRef;
import io.paddock.model.LapRecord;
import io.paddock.model.Ref;
import io.paddock.model.ResultLine;
import io.paddock.model.Role;
import io.paddock.model.SessionLine;
import io.paddock.model.SessionType;
import io.paddock.model.UnknownPlaces;
import io.paddock.model.Standing;
import io.paddock.model.StatedTotal;
import io.paddock.model.TeamProfile;
import io.paddock.model.TeamSummary;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static io.paddock.query.Columns.decimal;
import static io.paddock.query.Columns.integer;
import static io.paddock.query.Columns.integers;
import static io.paddock.query.Columns.strings;
import static io.paddock.query.Columns.text;

/**
 * Profiles of a driver, team, car model, circuit and event. Each profile is a header file
 * ({@code profile-driver.cypher}, …) plus the shared part files that several profiles need:
 * {@code profile-entries}, {@code profile-standings}, {@code profile-stated-totals}, {@code profile-lap-records}
 * (each anchored by one id parameter) and, for events, {@code profile-event-sessions}.
 */
final class ProfileQueries {


    private final QueryContext context;

    ProfileQueries(QueryContext context) {
        this.context = context;
    }

    DriverProfile driver(String name) {
        Ref driver = context.names().resolve(name, "driver");
        Map<String, Object> anchor = Map.of("driverId", driver.id());
        return context.read(reads -> {
            Record header = single(reads, "profile-driver", anchor);
            List<EntryLine> entries = entries(reads, anchor);
            List<Standing> standings = standings(reads, anchor);
            List<StatedTotal> totals = statedTotals(reads, anchor);
            List<LapRecord> lapRecords = lapRecords(reads, anchor);
            DriverHeader h = DriverHeader.of(header);
            return new DriverProfile(driver, h.aliases(), h.nationality(), h.hometown(), h.worksDriverOf(), h.teams(),
                    h.cars(), h.classes(), h.seasons(), entries, EntryTotals.of(entries).counted(), standings, totals,
                    lapRecords, h.roles(), h.inferred(),
                    sources(h.sources(), entries.stream().map(EntryLine::sources),
                            standings.stream().map(Standing::sources), totals.stream().map(StatedTotal::sources),
                            lapRecords.stream().map(LapRecord::sources)));
        });
    }

    /**
     * The driver's profile without its entry lines: the same header, standings, stated totals, lap records and roles,
     * with what the lines add up to counted in the database instead of read line by line. The header and the counts
     * are one statement ({@code profile-driver-summary}), which walks the driver's entries once for both.
     */
    DriverSummary driverSummary(String name) {
        Ref driver = context.names().resolve(name, "driver");
        Map<String, Object> anchor = Map.of("driverId", driver.id());
        return context.read(reads -> {
            Record header = single(reads, "profile-driver-summary", anchor);
            List<Standing> standings = standings(reads, anchor);
            List<StatedTotal> totals = statedTotals(reads, anchor);
            List<LapRecord> lapRecords = lapRecords(reads, anchor);
            DriverHeader h = DriverHeader.of(header);
            return new DriverSummary(driver, h.aliases(), h.nationality(), h.hometown(), h.worksDriverOf(), h.teams(),
                    h.cars(), h.classes(), h.seasons(), entryTotals(header), standings, totals, lapRecords, h.roles(),
                    h.inferred(),
                    sources(h.sources(), Stream.of(strings(header.get("entrySources"))),
                            standings.stream().map(Standing::sources), totals.stream().map(StatedTotal::sources),
                            lapRecords.stream().map(LapRecord::sources)));
        });
    }

    /**
     * The header columns a driver's whole profile ({@code profile-driver}) and summary ({@code profile-driver-summary})
     * share, read in one place so the two cannot read them differently.
     */
    private record DriverHeader(List<String> aliases, String nationality, String hometown, List<Ref> worksDriverOf,
                                List<Ref> teams, List<Ref> cars, List<Ref> classes, List<Integer> seasons,
                                List<Role> roles, String inferred, List<String> sources) {
        static DriverHeader of(Record r) {
            return new DriverHeader(strings(r.get("aliases")), text(r.get("nationality")), text(r.get("hometown")),
                    refs(r.get("worksDriverOf"), "manufacturer"), refs(r.get("teams"), "team"), refs(r.get("cars"), "car"),
                    refs(r.get("classes"), "class"), integers(r.get("seasons")), r.get("roles").asList(ProfileQueries::role),
                    text(r.get("inferred")), strings(r.get("sources")));
        }
    }

    /** The header columns of {@code profile-team}, read in one place for the team's whole profile and its summary. */
    private record TeamHeader(List<String> aliases, String country, List<Ref> supportedBy, List<Integer> seasons,
                              List<EventRef> events, List<Ref> drivers, List<Ref> cars, List<Ref> classes, String inferred,
                              List<String> sources) {
        static TeamHeader of(Record r) {
            return new TeamHeader(strings(r.get("aliases")), text(r.get("country")),
                    refs(r.get("supportedBy"), "manufacturer"), integers(r.get("seasons")),
                    r.get("events").asList(ProfileQueries::eventRef), refs(r.get("drivers"), "driver"),
                    refs(r.get("cars"), "car"), refs(r.get("classes"), "class"), text(r.get("inferred")),
                    strings(r.get("sources")));
        }
    }

    private static EntryTotals entryTotals(Record r) {
        return new EntryTotals(new CountedResults(r.get("events").asInt(), r.get("raceResults").asInt(),
                r.get("overallWins").asInt(), r.get("classWins").asInt(), r.get("overallPoles").asInt(),
                r.get("classPoles").asInt()), r.get("teamUnknown").asBoolean(), r.get("carUnknown").asBoolean(),
                r.get("classUnknown").asBoolean(), r.get("anyClass").asBoolean(), r.get("inClassedSeries").asBoolean(),
                r.get("crewIncomplete").asBoolean());
    }

    TeamProfile team(String name) {
        Ref team = context.names().resolve(name, "team");
        Map<String, Object> anchor = Map.of("teamId", team.id());
        return context.read(reads -> {
            Record header = single(reads, "profile-team", anchor);
            List<EntryLine> entries = entries(reads, anchor);
            List<Standing> standings = standings(reads, anchor);
            List<StatedTotal> totals = statedTotals(reads, anchor);
            TeamHeader h = TeamHeader.of(header);
            return new TeamProfile(team, h.aliases(), h.country(), h.supportedBy(), h.seasons(), h.events(), h.drivers(),
                    h.cars(), h.classes(), entries, EntryTotals.of(entries).counted(), standings, totals, h.inferred(),
                    sources(h.sources(), entries.stream().map(EntryLine::sources),
                            standings.stream().map(Standing::sources), totals.stream().map(StatedTotal::sources)));
        });
    }

    /** The team's profile without its entry lines, as {@link #driverSummary} is the driver's. */
    TeamSummary teamSummary(String name) {
        Ref team = context.names().resolve(name, "team");
        Map<String, Object> anchor = Map.of("teamId", team.id());
        return context.read(reads -> {
            Record header = single(reads, "profile-team", anchor);
            Record lines = single(reads, "profile-entry-totals", anchor);
            List<Standing> standings = standings(reads, anchor);
            List<StatedTotal> totals = statedTotals(reads, anchor);
            TeamHeader h = TeamHeader.of(header);
            return new TeamSummary(team, h.aliases(), h.country(), h.supportedBy(), h.seasons(), h.events(), h.drivers(),
                    h.cars(), h.classes(), entryTotals(lines), standings, totals, h.inferred(),
                    sources(h.sources(), Stream.of(strings(lines.get("sources"))),
                            standings.stream().map(Standing::sources), totals.stream().map(StatedTotal::sources)));
        });
    }

    CarProfile car(String name) {
        Ref car = context.names().resolve(name, "car");
        Map<String, Object> anchor = Map.of("carId", car.id());
        return context.read(reads -> {
            Record header = single(reads, "profile-car", anchor);
            List<EntryLine> entries = entries(reads, anchor);
            List<StatedTotal> totals = statedTotals(reads, anchor);
            return new CarProfile(car, strings(header.get("aliases")),
                    ref("manufacturer", header.get("manufacturerId"), header.get("manufacturerName")),
                    ref("manufacturer", header.get("engineManufacturerId"), header.get("engineManufacturerName")),
                    integer(header.get("powerHp")), ref("class", header.get("classId"), header.get("className")),
                    text(header.get("builtAt")), text(header.get("note")), integers(header.get("seasons")),
                    refs(header.get("teams"), "team"), entries, EntryTotals.of(entries).counted(), totals, text(header.get("inferred")),
                    sources(strings(header.get("sources")), entries.stream().map(EntryLine::sources),
                            totals.stream().map(StatedTotal::sources)));
        });
    }

    CircuitProfile circuit(String name) {
        Ref circuit = context.names().resolve(name, "circuit");
        Map<String, Object> anchor = Map.of("circuitId", circuit.id());
        return context.read(reads -> {
            Record header = single(reads, "profile-circuit", anchor);
            List<LapRecord> lapRecords = lapRecords(reads, anchor);
            List<StatedTotal> totals = statedTotals(reads, anchor);
            return new CircuitProfile(circuit, strings(header.get("aliases")), text(header.get("locality")),
                    text(header.get("region")), text(header.get("country")), decimal(header.get("lengthKm")),
                    text(header.get("note")), header.get("events").asList(ProfileQueries::eventRef), lapRecords, totals,
                    text(header.get("inferred")),
                    sources(strings(header.get("sources")), lapRecords.stream().map(LapRecord::sources),
                            totals.stream().map(StatedTotal::sources)));
        });
    }

    EventProfile event(String name) {
        Ref event = resolveEvent(name);
        Map<String, Object> anchor = Map.of("eventId", event.id());
        return context.read(reads -> {
            Record header = single(reads, "profile-event", anchor);
            List<EntryLine> entries = entries(reads, anchor);
            Map<String, Ref> classOfEntry = new HashMap<>();
            entries.stream().filter(e -> e.carClass() != null).forEach(e -> classOfEntry.put(e.entryId(), e.carClass()));
            List<SessionLine> sessions = reads.run("profile-event-sessions", anchor).stream()
                    .map(r -> session(r, classOfEntry)).toList();
            List<Standing> standings = standings(reads, anchor);
            List<StatedTotal> totals = statedTotals(reads, anchor);
            EventRef eventRef = new EventRef(event.id(), text(header.get("name")), integer(header.get("season")),
                    integer(header.get("round")), header.get("date").isNull() ? null : header.get("date").asLocalDate());
            return new EventProfile(eventRef, ref("series", header.get("seriesId"), header.get("seriesName")),
                    integer(header.get("seasonRounds")), text(header.get("format")), integer(header.get("edition")),
                    header.get("seasonFinale").isNull() ? null : header.get("seasonFinale").asBoolean(),
                    ref("circuit", header.get("circuitId"), header.get("circuitName")), sessions, entries, standings, totals,
                    strings(header.get("reportedIn")), text(header.get("inferred")),
                    sources(strings(header.get("sources")), sessions.stream().map(SessionLine::sources),
                            entries.stream().map(EntryLine::sources), standings.stream().map(Standing::sources),
                            totals.stream().map(StatedTotal::sources)));
        });
    }

    /**
     * Like any name resolution, but when several events share a name (one "Petit Le Mans" a year) the candidates
     * are listed with their season, which is what the user has to add to pick one.
     */
    private Ref resolveEvent(String name) {
        try {
            return context.names().resolve(name, "event");
        } catch (AmbiguousNameException ambiguous) {
            List<String> ids = ambiguous.candidates().stream().map(Ref::id).toList();
            List<String> labels = context.run("profile-event-candidates", Map.of("eventIds", ids)).stream()
                    .map(r -> r.get("label").asString()).toList();
            throw new AmbiguousNameException("event", name, ambiguous.candidates(), labels);
        }
    }

    private static Record single(QueryContext.Reads reads, String query, Map<String, Object> anchor) {
        List<Record> rows = reads.run(query, anchor);
        if (rows.size() != 1) {
            // The id was just resolved from the name index, so only a concurrent delete gets here.
            throw new PaddockException("Query " + query + " found " + rows.size() + " rows for " + anchor);
        }
        return rows.get(0);
    }

    private static List<EntryLine> entries(QueryContext.Reads reads, Map<String, Object> anchor) {
        return reads.run("profile-entries", anchor).stream().map(ProfileQueries::entry).toList();
    }

    private static List<Standing> standings(QueryContext.Reads reads, Map<String, Object> anchor) {
        return reads.run("profile-standings", anchor).stream().map(ProfileQueries::standing).toList();
    }

    private static List<StatedTotal> statedTotals(QueryContext.Reads reads, Map<String, Object> anchor) {
        return reads.run("profile-stated-totals", anchor).stream().map(ProfileQueries::statedTotal).toList();
    }

    private static List<LapRecord> lapRecords(QueryContext.Reads reads, Map<String, Object> anchor) {
        return reads.run("profile-lap-records", anchor).stream().map(ProfileQueries::lapRecord).toList();
    }

    private static EntryLine entry(Record r) {
        return new EntryLine(r.get("entryId").asString(), eventRef(r.get("event")), text(r.get("number")),
                ref("class", r.get("classId"), r.get("className")), ref("team", r.get("teamId"), r.get("teamName")),
                ref("car", r.get("carId"), r.get("carName")), refs(r.get("crew"), "driver"),
                r.get("crewComplete").asBoolean(false), r.get("results").asList(ProfileQueries::result),
                text(r.get("inferred")), strings(r.get("sources")), r.get("carIdentified").asBoolean(true),
                r.get("seriesHasClasses").asBoolean(true));
    }

    private static ResultLine result(MapAccessor r) {
        return new ResultLine(text(r.get("sessionId")), text(r.get("session")), text(r.get("entryId")),
                integer(r.get("position")), integer(r.get("classPosition")), text(r.get("status")),
                integer(r.get("laps")), decimal(r.get("gapSeconds")), text(r.get("gapTo")),
                integer(r.get("lapsLostInPits")), r.get("pole").isNull() ? null : r.get("pole").asBoolean(),
                text(r.get("inferred")), strings(r.get("sources")), text(r.get("reason")));
    }

    private static SessionLine session(Record r, Map<String, Ref> classOfEntry) {
        List<ResultLine> results = r.get("results").asList(ProfileQueries::result);
        return new SessionLine(r.get("id").asString(), text(r.get("type")), integer(r.get("laps")),
                decimal(r.get("durationMinutes")), integer(r.get("safetyCarPeriods")), results,
                text(r.get("inferred")), strings(r.get("sources")), unknownPlaces(results, classOfEntry));
    }

    /**
     * The places before the last reported one, overall and in each class, that no reported result holds: someone
     * finished there, the sources do not say who.
     */
    static List<UnknownPlaces> unknownPlaces(List<ResultLine> results, Map<String, Ref> classOfEntry) {
        List<UnknownPlaces> unknown = new ArrayList<>(gaps(null,
                results.stream().map(ResultLine::position).filter(Objects::nonNull).toList()));
        Map<Ref, List<Integer>> byClass = new LinkedHashMap<>();
        results.stream().filter(x -> x.classPosition() != null && classOfEntry.containsKey(x.entryId()))
                .sorted(Comparator.comparing((ResultLine x) -> classOfEntry.get(x.entryId()).name()))
                .forEach(x -> byClass.computeIfAbsent(classOfEntry.get(x.entryId()), c -> new ArrayList<>())
                        .add(x.classPosition()));
        byClass.forEach((carClass, positions) -> unknown.addAll(gaps(carClass, positions)));
        return unknown;
    }

    private static List<UnknownPlaces> gaps(Ref carClass, List<Integer> positions) {
        Set<Integer> taken = new TreeSet<>(positions);
        List<UnknownPlaces> gaps = new ArrayList<>();
        int last = taken.stream().mapToInt(Integer::intValue).max().orElse(0);
        Integer from = null;
        for (int place = 1; place <= last + 1; place++) {
            boolean open = place <= last && !taken.contains(place);
            if (open && from == null) {
                from = place;
            } else if (!open && from != null) {
                String who = from == 1
                        ? "who was first " + (carClass == null ? "overall" : "in " + carClass.name())
                        : "who was there";
                gaps.add(new UnknownPlaces(carClass, from, place - 1,
                        "a later place is reported, but the sources do not say " + who));
                from = null;
            }
        }
        return gaps;
    }

    private static Standing standing(Record r) {
        Value holder = r.get("holder");
        return new Standing(r.get("championshipId").asString(), text(r.get("championship")), text(r.get("kind")),
                integer(r.get("season")), ref("class", r.get("classId"), r.get("className")),
                ref(holder.get("kind").asString(), holder.get("id"), holder.get("name")),
                r.get("position").asInt(), r.get("final").asBoolean(false), r.get("title").asBoolean(false),
                eventRef(r.get("asOf")), eventRef(r.get("clinchedAt")), text(r.get("inferred")),
                strings(r.get("sources")));
    }

    private static StatedTotal statedTotal(Record r) {
        return new StatedTotal(r.get("id").asString(), text(r.get("metric")), r.get("value").asLong(),
                integer(r.get("outOf")), text(r.get("scope")), integer(r.get("season")), integer(r.get("fromYear")),
                integer(r.get("toYear")), ref("class", r.get("classId"), r.get("className")),
                ref("circuit", r.get("circuitId"), r.get("circuitName")), eventRef(r.get("asOf")),
                r.get("subjects").asList(s -> ref(s.get("kind").asString(), s.get("id"), s.get("name"))),
                text(r.get("note")), text(r.get("inferred")), strings(r.get("sources")));
    }

    private static LapRecord lapRecord(Record r) {
        return new LapRecord(r.get("id").asString(), text(r.get("kind")), ref("driver", r.get("driver")),
                ref("circuit", r.get("circuit")), eventRef(r.get("event")), text(r.get("session")),
                text(r.get("entryId")), decimal(r.get("lapTimeSeconds")), decimal(r.get("improvementSeconds")),
                text(r.get("inferred")), strings(r.get("sources")));
    }

    private static Role role(Value v) {
        Value organisation = v.get("organisation");
        return new Role(text(v.get("role")), ref(organisation.get("kind").asString(), organisation),
                integer(v.get("season")), text(v.get("inferred")), strings(v.get("sources")));
    }

    private static EventRef eventRef(Value v) {
        return Columns.eventRef(v);
    }

    /** A reference from id and name columns; null when the id is (the sources do not say). */
    private static Ref ref(String kind, Value id, Value name) {
        return id == null || id.isNull() ? null : new Ref(kind, id.asString(), text(name));
    }

    /** A reference from an {@code {id, name}} map; null for a null map. */
    private static Ref ref(String kind, Value map) {
        return map == null || map.isNull() ? null : ref(kind, map.get("id"), map.get("name"));
    }

    private static List<Ref> refs(Value list, String kind) {
        return list.isNull() ? List.of() : list.asList(v -> ref(kind, v));
    }

    /** The union of a profile's source lists, in reading order (article, then paragraph: p2 before p10). */
    @SafeVarargs
    private static List<String> sources(List<String> header, Stream<List<String>>... parts) {
        List<List<String>> lists = new ArrayList<>();
        lists.add(header);
        for (Stream<List<String>> part : parts) {
            part.forEach(lists::add);
        }
        return QueryContext.sources(lists);
    }
}
