package io.paddock.importer;

import io.paddock.internal.load.SearchText;
import io.paddock.internal.load.WriteRow;
import io.paddock.internal.resolve.Entities;
import io.paddock.internal.resolve.Names;
import io.paddock.internal.resolve.Nationalities;
import io.paddock.internal.resolve.PeopleResolver;
import io.paddock.model.ResultStatus;
import io.paddock.model.SessionType;
import io.paddock.resolve.Decision;
import io.paddock.resolve.PersonClaim;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.paddock.importer.Fields.decimal;
import static io.paddock.importer.Fields.integer;
import static io.paddock.importer.Fields.seconds;
import static io.paddock.importer.Fields.text;

/**
 * Maps the Le Mans entry list onto the writer's rows (ADR 0009): one Event per edition (a cancelled edition is an
 * Event marked cancelled, without a race session), one Entry per car with its class of that era, team, chassis
 * (a CarModel built by the maker its name starts with), engine maker and tyres, a crew of one to six, the overall
 * position or status code, and the class position derived from the order within the class. Spellings of one
 * name that differ only in accents or case are one person; so are people the curated file joins.
 */
final class LeMansAdapter {

    static final String DATASET = "lemans24";
    static final String SERIES = "lemans";
    static final String CIRCUIT = "Circuit de la Sarthe";
    /** Appearances of one name further apart than this are taken as two people (another era). */
    static final int ERA_GAP_YEARS = 20;

    private final Path dir;
    private final YearRange years;
    private final PeopleResolver people;
    private final Entities entities;
    private final Mapping out = new Mapping(DATASET);
    /** A cancelled edition has no race session, so its entry-list rows (1936) get no result. */
    private final Map<Integer, Edition> editions = new TreeMap<>();

    /** An edition of races.csv. */
    private record Edition(int year, String date, boolean cancelled, String reason, Double distanceKm,
                           Integer laps, String startTime, int circuitRow, CsvFile.Row row) {
    }

    /** A car of results_in.csv, read and checked. */
    private record Car(int year, String entryId, ResultStatus status, Integer position, String classId, String classLabel,
                       List<String> crew, List<String> flags, CsvFile.Row row) {
    }

    /** One name's appearance in a crew. */
    private record Appearance(int year, String spelling, String flag, CsvFile.Row row) {
    }

    LeMansAdapter(Path dir, YearRange years, PeopleResolver people, Entities entities) {
        this.dir = dir;
        this.years = years;
        this.people = people;
        this.entities = entities;
    }

    Mapping map() {
        List<CsvFile.Row> circuitRows = read("circuits.csv", ',', List.of("Name", "Since", "Length_km"));
        for (CsvFile.Row r : read("races.csv", ',', List.of("Id", "Circuit_Id", "Event_date", "Cancelled"))) {
            out.guarded(r, () -> {
                int year = integer(r, "Id", true);
                if (years.contains(year)) {
                    editions.put(year, new Edition(year, Fields.date(r, "Event_date", true), "1".equals(r.get("Cancelled")),
                            text(r, "Cancellation_reason", false), decimal(r, "Distance_km"), integer(r, "Laps", false),
                            text(r, "Start_time", false), integer(r, "Circuit_Id", true), r));
                }
            });
        }
        List<Car> cars = cars();
        source();
        seriesCircuitSeasonsAndEvents(circuitRows);
        Map<String, String> personIds = resolvePeople(cars);
        classes(cars);
        entries(cars, personIds);
        return out;
    }

    private List<CsvFile.Row> read(String file, char separator, List<String> required) {
        CsvFile csv = new CsvFile(dir.resolve(file), separator, null).everyColumn();
        List<CsvFile.Row> rows = csv.readAll(required);
        out.rowsRead.put(file, rows.size() + csv.rejected().size());
        out.rejected.addAll(csv.rejected());
        return rows;
    }

    private List<Car> cars() {
        List<CsvFile.Row> rows = read("results_in.csv", ';', List.of("Year", "Pos", "Class", "No", "TeamCtry", "Team",
                "DrCtry", "Drivers", "Chassis", "Engine", "Tyres", "Laps", "Distance", "Time", "Reason"));
        List<Car> cars = new ArrayList<>();
        Map<String, Integer> numbersSeen = new HashMap<>();
        for (CsvFile.Row r : rows) {
            out.guarded(r, () -> {
                int year = integer(r, "Year", true);
                if (!years.contains(year)) {
                    return;
                }
                if (!editions.containsKey(year)) {
                    throw new Fields.BadField("Year", "no edition " + year + " in races.csv");
                }
                String pos = text(r, "Pos", true);
                ResultStatus status = status(pos, r.get("Reason"));
                if (status == null) {
                    throw new Fields.BadField("Pos", "neither a position nor a known status code: '" + Fields.shortened(pos) + "'");
                }
                Integer position = status == ResultStatus.CLASSIFIED ? integer(r, "Pos", true) : null;
                integer(r, "Laps", false);
                decimal(r, "Distance");
                seconds(r, "Time");
                String number = text(r, "No", false);
                String base = SERIES + "-" + year + "-" + (number == null ? "line" + r.line() : Names.slug(number));
                int seen = numbersSeen.merge(base, 1, Integer::sum);
                String label = text(r, "Class", false);
                List<String> crew = split(r.get("Drivers"));
                for (String name : crew) {
                    identifiable("Drivers", name);
                }
                identifiable("Team", Names.tidy(r.get("Team")));
                identifiable("Chassis", Names.tidy(r.get("Chassis")));
                List<String> flags = split(r.get("DrCtry"));
                cars.add(new Car(year, seen == 1 ? base : base + "-" + seen, status,
                        position,
                        label == null ? null : entities.classId(label, SERIES + "-"), label, crew, flags, r));
            });
        }
        return cars;
    }

    /** An id is made from the name: a name of symbols only (emoji) would give every such name the same empty id. */
    private static void identifiable(String column, String name) {
        if (name != null && Names.slug(name).isEmpty()) {
            throw new Fields.BadField(column, "no letter or digit in '" + Fields.shortened(name) + "' to make an id from");
        }
    }

    private static List<String> split(String field) {
        if (field == null || field.isBlank()) {
            return List.of();
        }
        List<String> parts = new ArrayList<>();
        for (String part : field.split("\\|", -1)) {
            parts.add(Names.tidy(part));
        }
        return parts;
    }

    /** Le Mans' position codes as the seed's result statuses; a DNF whose reason says it never came is one. */
    static ResultStatus status(String pos, String reason) {
        if (pos.chars().allMatch(Character::isDigit)) {
            return ResultStatus.CLASSIFIED;
        }
        String why = reason == null ? "" : reason.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (pos) {
            case "DNF" -> why.equals("did not arrive") ? ResultStatus.DID_NOT_ARRIVE
                    : why.equals("reserve") ? ResultStatus.RESERVE : ResultStatus.RETIRED;
            case "NC" -> ResultStatus.NOT_CLASSIFIED;
            case "DNS" -> ResultStatus.DID_NOT_START;
            case "DNQ" -> ResultStatus.DID_NOT_QUALIFY;
            case "DSQ" -> ResultStatus.DISQUALIFIED;
            case "DNA" -> ResultStatus.DID_NOT_ARRIVE;
            case "RES" -> ResultStatus.RESERVE;
            case "DNP" -> ResultStatus.DID_NOT_PARTICIPATE;
            default -> null;
        };
    }


    private void source() {
        out.add(new WriteRow.Source(DATASET, "lemans24/", null, "24 Hours of Le Mans entry list and results, 1923 to 2026",
                null, "DATASET", "CC BY-SA 3.0 (data from Wikipedia, via gdsotirov/lemans24, whose code is GPL v2)",
                "https://github.com/gdsotirov/lemans24 (commit d6c40a6)", "editions " + years.describe()));
    }

    private void seriesCircuitSeasonsAndEvents(List<CsvFile.Row> circuitRows) {
        CsvFile.Row first = editions.values().stream().findFirst().map(Edition::row).orElse(null);
        out.add(new WriteRow.Series(SERIES, "24 Hours of Le Mans", List.of("Le Mans", "24h Le Mans", "24 Heures du Mans"),
                first == null ? List.of() : out.src(first), out.precedence, null));
        String circuitId = entities.circuitId(CIRCUIT);
        List<String> configurations = new ArrayList<>();
        List<String> circuitSrc = new ArrayList<>();
        for (CsvFile.Row c : circuitRows) {
            out.guarded(c, () -> {
                String since = Fields.date(c, "Since", true);
                configurations.add(since.substring(0, 4) + ": " + c.get("Length_km") + " km"
                        + (c.get("Changes") == null ? "" : " (" + c.get("Changes") + ")"));
                circuitSrc.addAll(out.src(c));
            });
        }
        out.add(new WriteRow.Circuit(circuitId, CIRCUIT, List.of("Le Mans", "Circuit des 24 Heures"), circuitSrc,
                out.precedence, null, "Le Mans", null, "FR",
                circuitRows.isEmpty() ? null : Fields.decimalOrNull(circuitRows.get(circuitRows.size() - 1).get("Length_km")),
                null, null, null, configurations));
        int edition = 0;
        for (Edition e : editions.values()) {
            edition += e.cancelled() ? 0 : 1;
            String eventId = SERIES + "-" + e.year();
            out.add(new WriteRow.Season(eventId, e.year(), 1, SERIES, out.src(e.row()), null, out.precedence));
            Double length = e.circuitRow() >= 1 && e.circuitRow() <= circuitRows.size()
                    ? Fields.decimalOrNull(circuitRows.get(e.circuitRow() - 1).get("Length_km")) : null;
            out.add(new WriteRow.Event(eventId, "24 Hours of Le Mans",
                    SearchText.of("24 Hours of Le Mans", null, e.year(), "Le Mans " + e.year(), CIRCUIT), 1, null, e.date(),
                    e.cancelled() ? null : edition, null, e.cancelled(), e.reason(), length, e.distanceKm(), e.startTime(), null,
                    eventId, circuitId, List.of(), out.src(e.row()), null, out.precedence));
            if (!e.cancelled()) {
                out.add(new WriteRow.Session(eventId + "-race", eventId, SessionType.RACE, 24 * 60, e.laps(), null, e.date(),
                        out.src(e.row()), null, out.precedence));
            }
        }
    }

    /**
     * Groups every crew name by its normalised key, splits a key's appearances where they are more than
     * {@link #ERA_GAP_YEARS} apart, and resolves each group as one claim.
     *
     * @return person id per "key@year"
     */
    private Map<String, String> resolvePeople(List<Car> cars) {
        Map<String, List<Appearance>> byKey = new TreeMap<>();
        for (Car car : cars) {
            for (int i = 0; i < car.crew().size(); i++) {
                String name = car.crew().get(i);
                if (name == null) {
                    continue;
                }
                String flag = i < car.flags().size() ? Nationalities.ofAlpha3(car.flags().get(i)) : null;
                byKey.computeIfAbsent(entities.personKey(name), k -> new ArrayList<>())
                        .add(new Appearance(car.year(), name, flag, car.row()));
            }
        }
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, List<Appearance>> person : byKey.entrySet()) {
            List<Appearance> all = new ArrayList<>(person.getValue());
            all.sort(Comparator.comparingInt(Appearance::year));
            List<List<Appearance>> eras = new ArrayList<>();
            for (Appearance a : all) {
                if (eras.isEmpty() || a.year() - last(eras).get(last(eras).size() - 1).year() > ERA_GAP_YEARS) {
                    eras.add(new ArrayList<>());
                }
                last(eras).add(a);
            }
            for (List<Appearance> era : eras) {
                String id = resolve(era);
                era.forEach(a -> ids.put(person.getKey() + "@" + a.year(), id));
            }
        }
        return ids;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private String resolve(List<Appearance> era) {
        Map<String, Long> spellings = era.stream().collect(Collectors.groupingBy(Appearance::spelling,
                LinkedHashMap::new, Collectors.counting()));
        String name = spellings.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
                        .thenComparingLong(e -> e.getKey().chars().filter(c -> c > 127).count())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
        Map<String, Long> flags = era.stream().filter(a -> a.flag() != null)
                .collect(Collectors.groupingBy(Appearance::flag, TreeMap::new, Collectors.counting()));
        String nationality = flags.entrySet().stream()
                .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).orElse(null);
        List<String> evidence = new ArrayList<>();
        if (flags.size() > 1) {
            evidence.add("Le Mans lists flags " + flags + " for this name; taken as one person, nationality " + nationality);
        }
        if (spellings.size() > 1) {
            evidence.add("spellings " + spellings.keySet());
        }
        int from = era.get(0).year();
        int to = era.get(era.size() - 1).year();
        Decision decision = people.resolve(new PersonClaim(DATASET, name, List.copyOf(spellings.keySet()), nationality,
                null, from, to, evidence));
        out.people.add(decision);
        List<String> src = era.stream().map(a -> DATASET + "#" + a.row().at()).distinct().toList();
        List<String> aliases = spellings.keySet().stream().filter(s -> !s.equals(name)).toList();
        out.add(new WriteRow.Driver(decision.id(), name, aliases.isEmpty() ? null : aliases, src, out.precedence, null,
                nationality, null, null, null));
        return decision.id();
    }

    private void classes(List<Car> cars) {
        Map<String, Map<String, Long>> labels = new TreeMap<>();
        Map<String, CsvFile.Row> firstRow = new HashMap<>();
        for (Car car : cars) {
            if (car.classId() != null) {
                labels.computeIfAbsent(car.classId(), k -> new TreeMap<>()).merge(car.classLabel(), 1L, Long::sum);
                firstRow.putIfAbsent(car.classId(), car.row());
            }
        }
        for (Map.Entry<String, Map<String, Long>> c : labels.entrySet()) {
            String name = c.getValue().entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            List<String> aliases = c.getValue().keySet().stream().filter(l -> !l.equals(name)).toList();
            out.add(new WriteRow.CarClass(c.getKey(), name, aliases.isEmpty() ? null : aliases,
                    out.src(firstRow.get(c.getKey())), out.precedence, null, null, null, SERIES));
        }
    }

    private void entries(List<Car> cars, Map<String, String> personIds) {
        Map<String, WriteRow.Team> teams = new TreeMap<>();
        Map<String, WriteRow.Manufacturer> makers = new TreeMap<>();
        Map<String, WriteRow.Car> models = new TreeMap<>();
        Map<String, List<Car>> classified = new HashMap<>();
        for (Car car : cars) {
            if (car.position() != null && car.classId() != null) {
                classified.computeIfAbsent(car.year() + "/" + car.classId(), k -> new ArrayList<>()).add(car);
            }
        }
        Map<String, Integer> classPositions = new HashMap<>();
        classified.values().forEach(list -> {
            list.sort(Comparator.comparingInt(Car::position));
            for (int i = 0; i < list.size(); i++) {
                classPositions.put(list.get(i).entryId(), i + 1);
            }
        });
        Function<String, String> maker = name -> {
            String makerName = entities.makerOf(name);
            if (makerName == null) {
                return null;
            }
            makers.putIfAbsent(entities.makerId(makerName), new WriteRow.Manufacturer(entities.makerId(makerName), makerName,
                    null, List.of(), out.precedence, null, null));
            return entities.makerId(makerName);
        };
        for (Car car : cars) {
            CsvFile.Row r = car.row();
            String eventId = SERIES + "-" + car.year();
            String team = Names.tidy(r.get("Team"));
            String teamId = team == null ? null : entities.teamId(team);
            if (teamId != null && !teams.containsKey(teamId)) {
                teams.put(teamId, new WriteRow.Team(teamId, team, null, out.src(r), out.precedence, null,
                        Nationalities.ofAlpha3(r.get("TeamCtry")), null, null));
            }
            String chassis = Names.tidy(r.get("Chassis"));
            String carId = chassis == null ? null : entities.carId(chassis);
            if (carId != null && !models.containsKey(carId)) {
                models.put(carId, new WriteRow.Car(carId, chassis, null, out.src(r), out.precedence, null, null, null, null,
                        maker.apply(chassis), null, null));
            }
            String engine = Names.tidy(r.get("Engine"));
            boolean started = car.status().started();
            out.add(new WriteRow.Entry(car.entryId(), eventId, Names.tidy(r.get("No")), car.classId(), teamId, null, carId,
                    engine == null ? null : maker.apply(engine), null, !car.crew().isEmpty(), Names.tidy(r.get("Tyres")), engine,
                    started, started ? null : car.status(), null, out.src(r), null, out.precedence));
            for (int i = 0; i < car.crew().size(); i++) {
                String name = car.crew().get(i);
                if (name != null) {
                    out.add(new WriteRow.Crew(car.entryId(), personIds.get(entities.personKey(name) + "@" + car.year()), null,
                            i < car.flags().size() ? Nationalities.ofAlpha3(car.flags().get(i)) : null, out.src(r), null, out.precedence));
                }
            }
            // Only a car that took the start has a race result; the entry list keeps the others with their status.
            if (started && !editions.get(car.year()).cancelled()) {
                out.add(new WriteRow.Result(car.entryId() + "@" + eventId + "-race", car.entryId(), eventId + "-race",
                        car.status(), car.position(), classPositions.get(car.entryId()), car.position(),
                        integer(r, "Laps", false), null, null, null, text(r, "Reason", false), null, null, null,
                        seconds(r, "Time"), null, decimal(r, "Distance"), null, null, null, null, null, null, null, null, null, null, null, null, null,
                        out.src(r), null, out.precedence));
            }
        }
        makers.values().forEach(out::add);
        models.values().forEach(out::add);
        teams.values().forEach(out::add);
    }
}
