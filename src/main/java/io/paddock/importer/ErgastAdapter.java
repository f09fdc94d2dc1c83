package io.paddock.importer;

import io.paddock.resolve.Decision;
import io.paddock.resolve.Entities;
import io.paddock.resolve.Names;
import io.paddock.resolve.Nationalities;
import io.paddock.resolve.PeopleResolver;
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
import static io.paddock.importer.Mapping.row;

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
    static final int PRECEDENCE = 2;

    private final Path dir;
    private final YearRange years;
    private final PeopleResolver people;
    private final Entities entities;
    private final Mapping out = new Mapping(DATASET, PRECEDENCE);

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
                throw new Fields.BadField("circuitId", "unknown circuit " + circuitId);
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
                throw new Fields.BadField("driverId", "unknown driver " + driverId);
            }
            if (!constructors.containsKey(constructorId)) {
                throw new Fields.BadField("constructorId", "unknown constructor " + constructorId);
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
        out.rows.add("sources", row("id", DATASET, "file", "ergast-f1-csv/", "kind", "DATASET",
                "title", "Formula 1 results in the Ergast CSV layout, 1950 to 2025",
                "licence", "CC0 1.0 as redistributed by TracingInsights/RaceData; the original Ergast terms ask for "
                        + "non-commercial use and attribution (Ergast API, ergast.com/mrd)",
                "origin", "https://github.com/TracingInsights/RaceData (tag data-2025-10-16)",
                "coverage", "races " + years.describe()));
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
            Decision decision = people.resolve(new PersonClaim(DATASET, name, List.of(name),
                    Nationalities.ofDemonym(r.get("nationality")), born, driver.getValue()[0], driver.getValue()[1],
                    List.of("F1 driverRef '" + r.get("driverRef") + "'")));
            out.people.add(decision);
            driverIds.put(driver.getKey(), decision.id());
            Map<String, Object> row = out.entity(decision.id(), name, null, out.src(r));
            row.put("nationality", Nationalities.ofDemonym(r.get("nationality")));
            row.put("birthDate", dob);
            out.rows.add("drivers", row);
        }
    }

    private void seriesSeasonsEventsAndCircuits(List<Line> results, List<Line> qualifying, List<Line> sprints) {
        CsvFile.Row first = races.values().stream().findFirst().map(Race::row).orElse(null);
        out.rows.add("series", out.entity(SERIES, "Formula 1", List.of("F1", "Formula One"),
                first == null ? List.of() : out.src(first)));
        Map<Integer, List<Race>> bySeason = new TreeMap<>();
        races.values().forEach(race -> bySeason.computeIfAbsent(race.year(), y -> new ArrayList<>()).add(race));
        Set<String> circuitsUsed = new HashSet<>();
        for (Map.Entry<Integer, List<Race>> season : bySeason.entrySet()) {
            out.rows.add("seasons", row("id", SERIES + "-" + season.getKey(), "year", season.getKey(),
                    "series", SERIES, "rounds", season.getValue().size(), "src", out.src(season.getValue().get(0).row())));
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
            Map<String, Object> event = row("id", race.eventId(), "name", race.name(), "round", race.round(),
                    "date", race.date(), "season", SERIES + "-" + race.year(), "circuit", circuitId(circuit),
                    "searchText", race.name() + " | " + race.year() + " | " + circuit.get("name"),
                    "startTime", race.row().get("time"), "documents", List.of(), "src", out.src(race.row()));
            out.rows.add("events", event);
            if (withResults.contains(race.raceId())) {
                out.rows.add("sessions", row("id", race.eventId() + "-race", "event", race.eventId(), "type", "RACE",
                        "date", race.date(), "src", out.src(race.row())));
            }
            if (withQualifying.contains(race.raceId())) {
                out.rows.add("sessions", row("id", race.eventId() + "-qualifying", "event", race.eventId(),
                        "type", "QUALIFYING", "date", race.qualifyingDate(), "src", out.src(race.row())));
            }
            if (withSprint.contains(race.raceId())) {
                out.rows.add("sessions", row("id", race.eventId() + "-sprint", "event", race.eventId(),
                        "type", "SPRINT", "date", race.sprintDate(), "src", out.src(race.row())));
            }
        }
        for (String id : circuitsUsed.stream().sorted(Comparator.comparingInt(Integer::parseInt)).toList()) {
            CsvFile.Row c = circuits.get(id);
            Map<String, Object> circuit = out.entity(circuitId(c), c.get("name"), null, out.src(c));
            circuit.put("locality", c.get("location"));
            circuit.put("country", Nationalities.ofCountryName(c.get("country")));
            circuit.put("latitude", Fields.decimalOrNull(c.get("lat")));
            circuit.put("longitude", Fields.decimalOrNull(c.get("lng")));
            out.rows.add("circuits", circuit);
        }
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
                    out.rows.add("manufacturers", out.entity(entities.makerId(maker), maker, null, out.src(c)));
                }
            }
            Map<String, Object> team = out.entity(teamId(used.getKey()), Names.tidy(c.get("name")), null, out.src(c));
            team.put("country", Nationalities.ofDemonym(c.get("nationality")));
            team.put("chassisMaker", entities.makerId(makers[0]));
            out.rows.add("teams", team);
            for (int year : used.getValue()) {
                Map<String, Object> car = out.entity(carId(teamId(used.getKey()), year), Names.tidy(c.get("name")) + " " + year,
                        null, out.src(c));
                car.put("manufacturer", entities.makerId(makers[0]));
                car.put("engineManufacturer", makers[1] == null ? null : entities.makerId(makers[1]));
                car.put("inferred", "Ergast names no chassis: one car model per constructor and season");
                out.rows.add("cars", car);
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
        Map<String, Map<String, Object>> entryRows = new LinkedHashMap<>();
        Set<String> crew = new HashSet<>();
        for (Line line : all) {
            String id = entryId(line, constructorsOfNumber);
            entryIds.put(entryKey(line), id);
            Map<String, Object> entry = entryRows.get(id);
            if (entry == null) {
                String[] makers = makers(constructors.get(line.constructorId()));
                entry = row("id", id, "event", line.race().eventId(), "number", line.number(),
                        "team", teamId(line.constructorId()), "car", carId(teamId(line.constructorId()), line.race().year()),
                        "engineManufacturer", makers[1] == null ? null : entities.makerId(makers[1]),
                        "crewComplete", true, "started", null, "src", new ArrayList<>(out.src(line.row())));
                entryRows.put(id, entry);
            }
            if (crew.add(id + "/" + line.driverId())) {
                out.rows.add("crew", row("entry", id, "driver", driverIds.get(line.driverId()), "src", out.src(line.row()),
                        "points", line.row().fields().containsKey("grid") ? Fields.decimalOrNull(line.row().get("points")) : null));
            }
        }
        // A car started the race unless its only race rows say it failed to qualify or withdrew; a car seen only in
        // qualifying did not start either. Non-starters keep their status on the entry and get no race result.
        Map<String, String> raceStatus = new HashMap<>();
        for (Line line : results) {
            String status = status(String.valueOf(line.row().get("positionText")));
            raceStatus.merge(entryIds.get(entryKey(line)), status, (a, b) -> startedTheRace(a) ? a : b);
        }
        entryRows.forEach((id, entry) -> {
            String status = raceStatus.getOrDefault(id, "DID_NOT_START");
            entry.put("started", startedTheRace(status));
            entry.put("status", startedTheRace(status) ? null : status);
        });
        entryRows.values().forEach(e -> out.rows.add("entries", e));
        return entryIds;
    }

    static boolean startedTheRace(String status) {
        return !status.equals("DID_NOT_QUALIFY") && !status.equals("WITHDRAWN") && !status.equals("DID_NOT_START");
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
            if (!startedTheRace(status(String.valueOf(r.get("positionText"))))) {
                continue;
            }
            out.guarded(r, () -> {
                String positionText = text(r, "positionText", true);
                Integer position = integer(r, "position", false);
                Integer order = integer(r, "positionOrder", false);
                Double time = seconds(r, "time");
                Line winner = winners.get(best.race().raceId());
                boolean isWinner = order != null && order == 1;
                Map<String, Object> result = row("id", entry.getKey() + "@" + best.race().eventId() + "-" + session,
                        "entry", entry.getKey(), "session", best.race().eventId() + "-" + session,
                        "status", status(positionText), "position", position, "order", order,
                        "reason", statusText.get(r.get("statusId")), "grid", integer(r, "grid", false),
                        "points", decimal(r, "points"), "laps", integer(r, "laps", false),
                        "timeSeconds", millis(r), "fastestLapRank", integer(r, "rank", false),
                        "fastestLapSeconds", seconds(r, "fastestLapTime"));
                if (!isWinner && time != null && r.get("time").startsWith("+") && winner != null) {
                    result.put("gapSeconds", time);
                    result.put("gapTo", entryIds.get(entryKey(winner)));
                }
                int[] stops = pitStops.get(best.race().raceId() + "/" + best.driverId());
                if (stops != null) {
                    result.put("pitStops", stops[0]);
                    result.put("pitStopSeconds", stops[1] / 1000.0);
                }
                List<String> src = new ArrayList<>();
                rows.forEach(l -> src.addAll(out.src(l.row())));
                result.put("src", src);
                out.rows.add("results", result);
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

    /** Ergast's positionText codes as the seed's result statuses. */
    static String status(String positionText) {
        return switch (positionText) {
            case "R" -> "RETIRED";
            case "D" -> "DISQUALIFIED";
            case "E" -> "EXCLUDED";
            case "W" -> "WITHDRAWN";
            case "F" -> "DID_NOT_QUALIFY";
            case "N" -> "NOT_CLASSIFIED";
            default -> positionText.chars().allMatch(Character::isDigit) ? "CLASSIFIED" : "NOT_CLASSIFIED";
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
                out.rows.add("results", row("id", id, "entry", entryId, "session", line.race().eventId() + "-qualifying",
                        "status", position == null ? "NOT_CLASSIFIED" : "CLASSIFIED", "position", position, "order", position,
                        "q1Seconds", q1, "q2Seconds", q2, "q3Seconds", q3, "bestLapSeconds", best, "src", out.src(r)));
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
                    out.rows.add("results", row("id", id, "entry", entryId, "session", line.race().eventId() + "-qualifying",
                            "status", "CLASSIFIED", "position", grid, "order", grid, "src", out.src(r),
                            "inferred", "qualifying.csv has no rows for this race: the starting grid (results.csv grid) stands in"));
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
            out.rows.add("championships", row("id", championship, "name", "Formula 1 " + year + " " + title,
                    "kind", label.equals("Driver") ? "DRIVERS" : "TEAMS", "season", SERIES + "-" + year));
            for (CsvFile.Row r : rows) {
                if (!r.get("raceId").equals(season.getValue().raceId())) {
                    continue;
                }
                out.guarded(r, () -> {
                    String holder = label.equals("Driver") ? driverIds.get(r.get(holderColumn)) : teamId(r.get(holderColumn));
                    if (holder == null) {
                        throw new Fields.BadField(holderColumn, "no such driver in the imported races: " + r.get(holderColumn));
                    }
                    out.rows.add("standings", row("championship", championship, "holderLabel", label, "holderId", holder,
                            "position", integer(r, "position", false), "points", decimal(r, "points"),
                            "wins", integer(r, "wins", false), "final", complete,
                            "asOfEvent", complete ? null : season.getValue().eventId(), "src", out.src(r)));
                });
            }
        }
    }
}
