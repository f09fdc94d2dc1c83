package io.paddock.importer;

import io.paddock.internal.load.SearchText;
import io.paddock.internal.load.WriteRow;
import io.paddock.internal.resolve.Entities;
import io.paddock.internal.resolve.Names;
import io.paddock.internal.resolve.Nationalities;
import io.paddock.internal.resolve.PeopleResolver;
import io.paddock.model.ChampionshipKind;
import io.paddock.model.ResultStatus;
import io.paddock.model.SessionType;
import io.paddock.resolve.Decision;
import io.paddock.resolve.PersonClaim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import static io.paddock.importer.Fields.date;
import static io.paddock.importer.Fields.decimal;
import static io.paddock.importer.Fields.integer;
import static io.paddock.importer.Fields.seconds;
import static io.paddock.importer.Fields.text;

/**
 * Maps the Ergast F1 CSV files onto the writer's rows (ADR 0001 model, ADR 0009 mapping): a race is an Event with
 * race, qualifying (1994+) and sprint (2021+) Sessions; a car in a race is an Entry keyed on race, number and
 * constructor (so a 1950s shared drive is one car with two drivers); the constructor is the Team, reached through
 * its Squad, and its name's maker part is the Manufacturer (Lotus of "Lotus-Climax", with Climax the engine maker);
 * titles are the final standings of each season. Every row says its file and line.
 */
final class ErgastAdapter {

    static final String DATASET = "ergast-f1-csv";
    static final String SERIES = "f1";

    private final Path dir;
    private final YearRange years;
    private final PeopleResolver people;
    private final Entities entities;
    private final Mapping out = new Mapping(DATASET);
    private final F1dbCrosswalk crosswalk = F1dbCrosswalk.shipped();

    private final Map<String, String> statusText = new HashMap<>();
    private final Map<String, CsvFile.Row> circuits = new HashMap<>();
    private final Map<String, CsvFile.Row> constructors = new HashMap<>();
    private final Map<String, CsvFile.Row> drivers = new HashMap<>();
    private final Map<String, Race> races = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
    private final Map<String, String> driverIds = new HashMap<>();
    private final Map<String, Integer> raceLines = new HashMap<>();
    /** The line of each car's row per file, race, driver, constructor and number: a second one contradicts it. */
    private final Map<String, Integer> lineOfCarRow = new HashMap<>();

    /** One race of races.csv within the imported years. */
    private record Race(String raceId, int year, int round, String name, String eventId, String circuitId,
                        String date, String qualifyingDate, String sprintDate, CsvFile.Row row) {
    }

    /** A results.csv, sprint_results.csv or qualifying.csv row, read. */
    private record Line(Race race, String driverId, String constructorId, String number, CsvFile.Row row) {
    }

    ErgastAdapter(Path dir, YearRange years, PeopleResolver people, Entities entities) {
        this.dir = dir;
        this.years = years;
        this.people = people;
        this.entities = entities;
    }

    Mapping map() {
        read("status.csv", List.of("statusId", "status"), r -> statusText.put(r.get("statusId"), r.get("status")));
        read("circuits.csv", List.of("circuitId", "name", "location", "country"), byId("circuitId", circuits));
        read("constructors.csv", List.of("constructorId", "constructorRef", "name", "nationality"),
                byId("constructorId", constructors, r -> identifiable("name", r.get("name"))));
        read("drivers.csv", List.of("driverId", "driverRef", "forename", "surname", "dob", "nationality"),
                byId("driverId", drivers, r -> {
                    date(r, "dob", false);
                    identifiable("surname", r.get("forename") + " " + r.get("surname"));
                }));
        read("races.csv", List.of("raceId", "year", "round", "circuitId", "name", "date"), this::race);
        List<Line> results = new ArrayList<>();
        List<Line> sprints = new ArrayList<>();
        List<Line> qualifying = new ArrayList<>();
        List<String> resultColumns = List.of("raceId", "driverId", "constructorId", "number", "grid", "position",
                "positionText", "positionOrder", "points", "laps", "time", "milliseconds", "statusId");
        read("results.csv", resultColumns, r -> line(r, results));
        read("sprint_results.csv", resultColumns, r -> line(r, sprints));
        read("qualifying.csv", List.of("raceId", "driverId", "constructorId", "number", "position", "q1", "q2", "q3"),
                r -> line(r, qualifying));
        Map<String, int[]> pitStops = new HashMap<>();
        read("pit_stops.csv", List.of("raceId", "driverId", "stop", "milliseconds"), r -> {
            if (races.containsKey(r.get("raceId"))) {
                out.guarded(r, () -> {
                    int millis = integer(r, "milliseconds", true);
                    int[] sum = pitStops.computeIfAbsent(r.get("raceId") + "/" + r.get("driverId"), k -> new int[2]);
                    sum[0]++;
                    sum[1] += millis;
                });
            }
        });
        List<CsvFile.Row> driverStandings = new ArrayList<>();
        List<CsvFile.Row> teamStandings = new ArrayList<>();
        List<String> standingColumns = List.of("raceId", "points", "position", "wins");
        read("driver_standings.csv", concat(standingColumns, "driverId"), r -> keepIfInRange(r, driverStandings));
        read("constructor_standings.csv", concat(standingColumns, "constructorId"), r -> keepIfInRange(r, teamStandings));

        source();
        resolvePeople(results, sprints, qualifying);
        seriesSeasonsEventsAndCircuits(results, qualifying, sprints);
        teamsAndCars(results, sprints, qualifying);
        Map<String, String> entryIds = entries(results, sprints, qualifying);
        sessionResults("race", results, entryIds, pitStops);
        sessionResults("sprint", sprints, entryIds, Map.of());
        qualifying(qualifying, entryIds);
        gridAsQualifying(results, qualifying, entryIds);
        standings(driverStandings, "driverId", "Driver", "drivers", "drivers' championship");
        standings(teamStandings, "constructorId", "Team", "constructors", "constructors' championship");
        return out;
    }

    private static List<String> concat(List<String> columns, String more) {
        List<String> all = new ArrayList<>(columns);
        all.add(more);
        return all;
    }

    private void read(String file, List<String> required, Consumer<CsvFile.Row> sink) {
        CsvFile csv = new CsvFile(dir.resolve(file), ',', "\\N");
        // races.csv leaves out the session dates of old races (8 of 18 fields); every other file has every field.
        csv = file.equals("races.csv") ? csv : csv.everyColumn();
        int count = csv.read(required, sink);
        out.rowsRead.put(file, count + csv.rejected().size());
        out.rejected.addAll(csv.rejected());
    }

    /** A lookup file's row by its id; a second row with the same id is left out and listed, never silently kept. */
    private Consumer<CsvFile.Row> byId(String column, Map<String, CsvFile.Row> into) {
        return byId(column, into, r -> { });
    }

    /** The same, with a check of the row's other values first (a bad one leaves the row out). */
    private Consumer<CsvFile.Row> byId(String column, Map<String, CsvFile.Row> into, Consumer<CsvFile.Row> check) {
        Map<String, Integer> firstLine = new HashMap<>();
        return r -> out.guarded(r, () -> {
            check.accept(r);
            String id = text(r, column, true);
            Integer earlier = firstLine.putIfAbsent(id, r.line());
            if (earlier != null) {
                throw new Fields.BadField(column, "duplicate id " + id + " (first at line " + earlier + ")");
            }
            into.put(id, r);
        });
    }

    /** Ids are made from names: a name of symbols only (emoji) would give every such name the same empty id. */
    private static void identifiable(String column, String name) {
        if (name != null && Names.slug(name).isEmpty()) {
            throw new Fields.BadField(column, "no letter or digit in '" + Fields.shortened(name.strip()) + "' to make an id from");
        }
    }

    private void race(CsvFile.Row r) {
        out.guarded(r, () -> {
            Integer earlier = raceLines.putIfAbsent(text(r, "raceId", true), r.line());
            if (earlier != null) {
                throw new Fields.BadField("raceId", "duplicate id " + r.get("raceId") + " (first at line " + earlier + ")");
            }
            int year = integer(r, "year", true);
            if (!years.contains(year)) {
                return;
            }
            String circuitId = text(r, "circuitId", true);
            if (!circuits.containsKey(circuitId)) {
                throw new Fields.BadField("circuitId", "unknown circuit " + Fields.shortened(circuitId));
            }
            String name = text(r, "name", true);
            races.put(text(r, "raceId", true), new Race(r.get("raceId"), year, integer(r, "round", true), name,
                    SERIES + "-" + year + "-" + Names.slug(name), circuitId, date(r, "date", true),
                    date(r, "quali_date", false), date(r, "sprint_date", false), r));
        });
    }

    private void line(CsvFile.Row r, List<Line> into) {
        Race race = races.get(r.get("raceId"));
        if (race == null) {
            if (r.get("raceId") == null) {
                out.reject(r, "raceId", "missing value");
            }
            return;
        }
        out.guarded(r, () -> {
            String driverId = text(r, "driverId", true);
            String constructorId = text(r, "constructorId", true);
            if (!drivers.containsKey(driverId)) {
                throw new Fields.BadField("driverId", "unknown driver " + Fields.shortened(driverId));
            }
            if (!constructors.containsKey(constructorId)) {
                throw new Fields.BadField("constructorId", "unknown constructor " + Fields.shortened(constructorId));
            }
            Integer position = integer(r, "position", false);
            Line line = new Line(race, driverId, constructorId, text(r, "number", false), r);
            Integer earlier = lineOfCarRow.putIfAbsent(r.file() + "/" + entryKey(line), r.line());
            if (earlier != null) {
                throw new Fields.BadField("driverId", "a second row for driver " + driverId + " in car "
                        + line.number() + " of race " + race.raceId() + (position == null ? "" : " (position " + position + ")")
                        + " contradicts line " + earlier);
            }
            into.add(line);
        });
    }

    private void keepIfInRange(CsvFile.Row r, List<CsvFile.Row> into) {
        if (races.containsKey(r.get("raceId"))) {
            into.add(r);
        }
    }

    private void source() {
        out.add(new WriteRow.Source(DATASET, "ergast-f1-csv/", null,
                "Formula 1 results in the Ergast CSV layout, 1950 to 2025", null, "DATASET",
                "CC0 1.0 as redistributed by TracingInsights/RaceData; the original Ergast terms ask for "
                        + "non-commercial use and attribution (Ergast API, ergast.com/mrd)",
                "https://github.com/TracingInsights/RaceData (tag data-2025-10-16)", "races " + years.describe()));
    }

    private void resolvePeople(List<Line> results, List<Line> sprints, List<Line> qualifying) {
        Map<String, int[]> seasons = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        for (List<Line> lines : List.of(results, sprints, qualifying)) {
            for (Line line : lines) {
                int[] span = seasons.computeIfAbsent(line.driverId(), k -> new int[]{line.race().year(), line.race().year()});
                span[0] = Math.min(span[0], line.race().year());
                span[1] = Math.max(span[1], line.race().year());
            }
        }
        for (Map.Entry<String, int[]> driver : seasons.entrySet()) {
            CsvFile.Row r = drivers.get(driver.getKey());
            String name = Names.tidy(r.get("forename") + " " + r.get("surname"));
            String dob = r.get("dob");
            Integer born = dob == null || dob.length() < 4 ? null : Integer.valueOf(dob.substring(0, 4));
            // F1DB gives some of these drivers another date of birth or nationality (seed/f1db-crosswalk.json): the
            // claim leaves both out, so the two Formula 1 sources join them in either import order.
            boolean lenient = crosswalk.ergastDisagreesOnBirthOrNationality(r.get("driverRef"));
            Decision decision = people.resolve(new PersonClaim(DATASET, name, List.of(name),
                    lenient ? null : Nationalities.ofDemonym(r.get("nationality")), lenient ? null : born,
                    driver.getValue()[0], driver.getValue()[1], List.of("F1 driverRef '" + r.get("driverRef") + "'"),
                    F1dbAdapter.DATASET));
            out.people.add(decision);
            driverIds.put(driver.getKey(), decision.id());
            out.add(new WriteRow.Driver(decision.id(), name, null, out.src(r), out.precedence, null,
                    Nationalities.ofDemonym(r.get("nationality")), null, dob, null));
        }
    }

    private void seriesSeasonsEventsAndCircuits(List<Line> results, List<Line> qualifying, List<Line> sprints) {
        CsvFile.Row first = races.values().stream().findFirst().map(Race::row).orElse(null);
        out.add(new WriteRow.Series(SERIES, "Formula 1", List.of("F1", "Formula One"),
                first == null ? List.of() : out.src(first), out.precedence, null));
        Map<Integer, List<Race>> bySeason = new TreeMap<>();
        races.values().forEach(race -> bySeason.computeIfAbsent(race.year(), y -> new ArrayList<>()).add(race));
        Set<String> circuitsUsed = new HashSet<>();
        for (Map.Entry<Integer, List<Race>> season : bySeason.entrySet()) {
            out.add(new WriteRow.Season(SERIES + "-" + season.getKey(), season.getKey(), season.getValue().size(), SERIES,
                    out.src(season.getValue().get(0).row()), null, out.precedence));
        }
        Set<String> withResults = new HashSet<>();
        results.forEach(l -> withResults.add(l.race().raceId()));
        // Every race with results gets a qualifying session: where qualifying.csv has none (all races before 1994,
        // most from 1996 to 2002) the starting grid stands in for it (gridAsQualifying).
        Set<String> withQualifying = new HashSet<>();
        qualifying.forEach(l -> withQualifying.add(l.race().raceId()));
        results.forEach(l -> withQualifying.add(l.race().raceId()));
        Set<String> withSprint = new HashSet<>();
        sprints.forEach(l -> withSprint.add(l.race().raceId()));
        for (Race race : races.values()) {
            CsvFile.Row circuit = circuits.get(race.circuitId());
            circuitsUsed.add(race.circuitId());
            out.add(new WriteRow.Event(race.eventId(), race.name(), SearchText.of(race.name(), null, race.year(), circuit.get("name")),
                    race.round(), null, race.date(), null, null, null, null, null, null, race.row().get("time"), null,
                    SERIES + "-" + race.year(), circuitId(circuit), List.of(), out.src(race.row()), null, out.precedence));
            if (withResults.contains(race.raceId())) {
                session(race, "race", SessionType.RACE, race.date());
            }
            if (withQualifying.contains(race.raceId())) {
                session(race, "qualifying", SessionType.QUALIFYING, race.qualifyingDate());
            }
            if (withSprint.contains(race.raceId())) {
                session(race, "sprint", SessionType.SPRINT, race.sprintDate());
            }
        }
        for (String id : circuitsUsed.stream().sorted(Comparator.comparingInt(Integer::parseInt)).toList()) {
            CsvFile.Row c = circuits.get(id);
            out.add(new WriteRow.Circuit(circuitId(c), c.get("name"), null, out.src(c), out.precedence, null,
                    c.get("location"), null, Nationalities.ofCountryName(c.get("country")), null, null,
                    Fields.decimalOrNull(c.get("lat")), Fields.decimalOrNull(c.get("lng")), null));
        }
    }

    private void session(Race race, String suffix, SessionType type, String date) {
        out.add(new WriteRow.Session(race.eventId() + "-" + suffix, race.eventId(), type, null, null, null, date,
                out.src(race.row()), null, out.precedence));
    }

    private String circuitId(CsvFile.Row circuit) {
        return entities.circuitId(circuit.get("name"));
    }

    /** The constructor's name split into chassis maker and engine maker: "Lotus-Climax" → Lotus, Climax. */
    private String[] makers(CsvFile.Row constructor) {
        String name = Names.tidy(constructor.get("name"));
        String curated = entities.makerName(name);
        if (!curated.equals(name)) {
            return new String[]{curated, null};
        }
        String maker = entities.makerOf(name);
        if (name.length() > maker.length() && name.charAt(maker.length()) == '-' && name.startsWith(maker)) {
            return new String[]{maker, entities.makerName(name.substring(maker.length() + 1))};
        }
        int hyphen = name.indexOf('-');
        if (hyphen > 0) {
            return new String[]{entities.makerName(name.substring(0, hyphen)), entities.makerName(name.substring(hyphen + 1))};
        }
        return new String[]{name, null};
    }

    private String teamId(String constructorId) {
        return entities.teamId(constructors.get(constructorId).get("name"));
    }

    private static String carId(String teamId, int year) {
        return SERIES + "-" + year + "-" + teamId;
    }

    private void teamsAndCars(List<Line> results, List<Line> sprints, List<Line> qualifying) {
        Map<String, Set<Integer>> seasonsOf = new TreeMap<>(Comparator.comparingInt(Integer::parseInt));
        for (List<Line> lines : List.of(results, sprints, qualifying)) {
            lines.forEach(l -> seasonsOf.computeIfAbsent(l.constructorId(), k -> new java.util.TreeSet<>()).add(l.race().year()));
        }
        Set<String> makersDone = new HashSet<>();
        for (Map.Entry<String, Set<Integer>> used : seasonsOf.entrySet()) {
            CsvFile.Row c = constructors.get(used.getKey());
            String[] makers = makers(c);
            for (String maker : makers) {
                if (maker != null && makersDone.add(entities.makerId(maker))) {
                    out.add(new WriteRow.Manufacturer(entities.makerId(maker), maker, null, out.src(c), out.precedence, null, null));
                }
            }
            out.add(new WriteRow.Team(teamId(used.getKey()), Names.tidy(c.get("name")), null, out.src(c), out.precedence,
                    null, Nationalities.ofDemonym(c.get("nationality")), null, entities.makerId(makers[0])));
            for (int year : used.getValue()) {
                out.add(new WriteRow.Car(carId(teamId(used.getKey()), year), Names.tidy(c.get("name")) + " " + year, null,
                        out.src(c), out.precedence, "Ergast names no chassis: one car model per constructor and season",
                        null, null, null, entities.makerId(makers[0]),
                        makers[1] == null ? null : entities.makerId(makers[1]), null));
            }
        }
    }

    /** Entry ids: the car number within the race, with the constructor added where two constructors ran one number. */
    private Map<String, String> entries(List<Line> results, List<Line> sprints, List<Line> qualifying) {
        Map<String, Set<String>> constructorsOfNumber = new HashMap<>();
        List<Line> all = new ArrayList<>(results);
        all.addAll(sprints);
        all.addAll(qualifying);
        for (Line line : all) {
            if (line.number() != null) {
                constructorsOfNumber.computeIfAbsent(line.race().raceId() + "/" + line.number(), k -> new HashSet<>())
                        .add(line.constructorId());
            }
        }
        Map<String, String> entryIds = new HashMap<>();
        Map<String, Line> entryRows = new LinkedHashMap<>();
        Set<String> crew = new HashSet<>();
        for (Line line : all) {
            String id = entryId(line, constructorsOfNumber);
            entryIds.put(entryKey(line), id);
            entryRows.putIfAbsent(id, line);
            if (crew.add(id + "/" + line.driverId())) {
                out.add(new WriteRow.Crew(id, driverIds.get(line.driverId()),
                        line.row().fields().containsKey("grid") ? Fields.decimalOrNull(line.row().get("points")) : null,
                        null, out.src(line.row()), null, out.precedence));
            }
        }
        // A car started the race unless its only race rows say it failed to qualify or withdrew; a car seen only in
        // qualifying did not start either. Non-starters keep their status on the entry and get no race result.
        Map<String, ResultStatus> raceStatus = new HashMap<>();
        for (Line line : results) {
            ResultStatus status = status(line.row());
            raceStatus.merge(entryIds.get(entryKey(line)), status, (a, b) -> a.started() ? a : b);
        }
        entryRows.forEach((id, line) -> {
            ResultStatus status = raceStatus.getOrDefault(id, ResultStatus.DID_NOT_START);
            String[] makers = makers(constructors.get(line.constructorId()));
            out.add(new WriteRow.Entry(id, line.race().eventId(), line.number(), null, teamId(line.constructorId()), null,
                    carId(teamId(line.constructorId()), line.race().year()),
                    makers[1] == null ? null : entities.makerId(makers[1]), null, true, null, null, status.started(),
                    status.started() ? null : status, null, out.src(line.row()), null, out.precedence));
        });
        return entryIds;
    }

    private static String entryKey(Line line) {
        return line.race().raceId() + "/" + line.driverId() + "/" + line.constructorId() + "/" + line.number();
    }

    private String entryId(Line line, Map<String, Set<String>> constructorsOfNumber) {
        String event = line.race().eventId();
        if (line.number() == null) {
            return event + "-" + Names.slug(drivers.get(line.driverId()).get("driverRef"));
        }
        if (constructorsOfNumber.get(line.race().raceId() + "/" + line.number()).size() > 1) {
            return event + "-" + line.number() + "-" + teamId(line.constructorId());
        }
        return event + "-" + line.number();
    }

    private void sessionResults(String session, List<Line> lines, Map<String, String> entryIds, Map<String, int[]> pitStops) {
        Map<String, Line> winners = new HashMap<>();
        Map<String, List<Line>> byEntry = new LinkedHashMap<>();
        for (Line line : lines) {
            byEntry.computeIfAbsent(entryIds.get(entryKey(line)), k -> new ArrayList<>()).add(line);
            if ("1".equals(line.row().get("positionOrder"))) {
                winners.putIfAbsent(line.race().raceId(), line);
            }
        }
        for (Map.Entry<String, List<Line>> entry : byEntry.entrySet()) {
            // A shared drive: several drivers' rows for one car; the car's result is its best-placed row.
            List<Line> rows = entry.getValue();
            Line best = rows.stream().min(Comparator.comparingInt(l -> orderOf(l))).orElseThrow();
            CsvFile.Row r = best.row();
            if (!status(r).started()) {
                continue;
            }
            out.guarded(r, () -> {
                text(r, "positionText", true);
                Integer position = integer(r, "position", false);
                Integer order = integer(r, "positionOrder", false);
                Double time = seconds(r, "time");
                Line winner = winners.get(best.race().raceId());
                boolean isWinner = order != null && order == 1;
                boolean behindWinner = !isWinner && time != null && r.get("time").startsWith("+") && winner != null;
                int[] stops = pitStops.get(best.race().raceId() + "/" + best.driverId());
                List<String> src = new ArrayList<>();
                rows.forEach(l -> src.addAll(out.src(l.row())));
                out.add(new WriteRow.Result(entry.getKey() + "@" + best.race().eventId() + "-" + session, entry.getKey(),
                        best.race().eventId() + "-" + session, status(r), position, null, order,
                        integer(r, "laps", false), behindWinner ? time : null,
                        behindWinner ? entryIds.get(entryKey(winner)) : null, null, statusText.get(r.get("statusId")),
                        integer(r, "grid", false), null, decimal(r, "points"), millis(r), null, null,
                        stops == null ? null : stops[0], stops == null ? null : stops[1] / 1000.0,
                        integer(r, "rank", false), seconds(r, "fastestLapTime"), null, null, null, null, null, null, null, null, null, src, null, out.precedence));
            });
        }
    }

    private static int orderOf(Line line) {
        try {
            return Integer.parseInt(line.row().get("positionOrder"));
        } catch (NumberFormatException | NullPointerException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static Double millis(CsvFile.Row r) {
        Integer millis = integer(r, "milliseconds", false);
        return millis == null ? null : millis / 1000.0;
    }

    /**
     * A results row's status. Ergast codes a disqualification after the race ("Excluded", F1DB's DSQ: Massa, Brazil
     * 2015, 70 laps) like an exclusion before it (laps 0, F1DB's EX): a car that ran laps started, and was disqualified.
     */
    private static ResultStatus status(CsvFile.Row row) {
        ResultStatus status = status(String.valueOf(row.get("positionText")));
        String laps = row.get("laps");
        boolean ranLaps = laps != null && laps.matches("\\d+") && !laps.matches("0+");
        return status == ResultStatus.EXCLUDED && ranLaps ? ResultStatus.DISQUALIFIED : status;
    }

    /** Ergast's positionText codes as the seed's result statuses. */
    static ResultStatus status(String positionText) {
        return switch (positionText) {
            case "R" -> ResultStatus.RETIRED;
            case "D" -> ResultStatus.DISQUALIFIED;
            case "E" -> ResultStatus.EXCLUDED;
            case "W" -> ResultStatus.WITHDRAWN;
            case "F" -> ResultStatus.DID_NOT_QUALIFY;
            case "N" -> ResultStatus.NOT_CLASSIFIED;
            default -> positionText.chars().allMatch(Character::isDigit) ? ResultStatus.CLASSIFIED : ResultStatus.NOT_CLASSIFIED;
        };
    }

    private void qualifying(List<Line> lines, Map<String, String> entryIds) {
        Set<String> done = new HashSet<>();
        for (Line line : lines) {
            String entryId = entryIds.get(entryKey(line));
            String id = entryId + "@" + line.race().eventId() + "-qualifying";
            if (!done.add(id)) {
                continue;
            }
            CsvFile.Row r = line.row();
            out.guarded(r, () -> {
                Double q1 = seconds(r, "q1");
                Double q2 = seconds(r, "q2");
                Double q3 = seconds(r, "q3");
                Double best = null;
                for (Double q : new Double[]{q1, q2, q3}) {
                    if (q != null && (best == null || q < best)) {
                        best = q;
                    }
                }
                Integer position = integer(r, "position", false);
                out.add(new WriteRow.Result(id, entryId, line.race().eventId() + "-qualifying",
                        position == null ? ResultStatus.NOT_CLASSIFIED : ResultStatus.CLASSIFIED, position, null, position, null, null, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null, best, q1, q2, q3, null, null, null, null, out.src(r), null, out.precedence));
            });
        }
    }

    /**
     * For a race qualifying.csv does not cover, the starting grid as the qualifying order (grid 1 is the pole as
     * usually credited; a pit-lane start, grid 0, has no place), marked inferred. Without it, poles and qualifying
     * head-to-heads would stop at 1994 and miss most races from 1996 to 2002.
     */
    private void gridAsQualifying(List<Line> results, List<Line> qualifying, Map<String, String> entryIds) {
        Set<String> covered = new HashSet<>();
        qualifying.forEach(l -> covered.add(l.race().raceId()));
        Set<String> done = new HashSet<>();
        for (Line line : results) {
            if (covered.contains(line.race().raceId())) {
                continue;
            }
            CsvFile.Row r = line.row();
            out.guarded(r, () -> {
                Integer grid = integer(r, "grid", false);
                String entryId = entryIds.get(entryKey(line));
                String id = entryId + "@" + line.race().eventId() + "-qualifying";
                if (grid != null && grid > 0 && done.add(id)) {
                    out.add(new WriteRow.Result(id, entryId, line.race().eventId() + "-qualifying", ResultStatus.CLASSIFIED, grid, null,
                            grid, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                            null, null, null, null, null, null, out.src(r),
                            "qualifying.csv has no rows for this race: the starting grid (results.csv grid) stands in", out.precedence));
                }
            });
        }
    }

    /** The standings after the last race of each season that has standings: final unless the season goes on. */
    private void standings(List<CsvFile.Row> rows, String holderColumn, String label, String kind, String title) {
        Map<Integer, Race> lastRaceWithStandings = new TreeMap<>();
        for (CsvFile.Row r : rows) {
            Race race = races.get(r.get("raceId"));
            lastRaceWithStandings.merge(race.year(), race, (a, b) -> a.round() >= b.round() ? a : b);
        }
        Map<Integer, Integer> lastRound = new HashMap<>();
        races.values().forEach(race -> lastRound.merge(race.year(), race.round(), Math::max));
        for (Map.Entry<Integer, Race> season : lastRaceWithStandings.entrySet()) {
            int year = season.getKey();
            String championship = SERIES + "-" + year + "-" + kind;
            boolean complete = season.getValue().round() == lastRound.get(year);
            out.add(new WriteRow.Championship(championship, "Formula 1 " + year + " " + title,
                    label.equals("Driver") ? ChampionshipKind.DRIVERS : ChampionshipKind.TEAMS, SERIES + "-" + year, null));
            for (CsvFile.Row r : rows) {
                if (!r.get("raceId").equals(season.getValue().raceId())) {
                    continue;
                }
                out.guarded(r, () -> {
                    String holderKey = r.get(holderColumn);
                    String holder = label.equals("Driver") ? driverIds.get(holderKey)
                            : constructors.containsKey(holderKey) ? teamId(holderKey) : null;
                    if (holder == null) {
                        throw new Fields.BadField(holderColumn, "no such " + (label.equals("Driver") ? "driver" : "constructor")
                                + " in the imported races: " + Fields.shortened(String.valueOf(holderKey)));
                    }
                    out.add(new WriteRow.Standing(championship, label, holder, complete ? null : season.getValue().eventId(),
                            integer(r, "position", false), complete, null, decimal(r, "points"), integer(r, "wins", false),
                            out.src(r), null, out.precedence));
                });
            }
        }
    }
}
