package io.paddock.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.PaddockException;
import io.paddock.internal.load.SearchText;
import io.paddock.internal.load.WriteRow;
import io.paddock.internal.resolve.Entities;
import io.paddock.internal.resolve.Names;
import io.paddock.internal.resolve.PeopleResolver;
import io.paddock.model.ChampionshipKind;
import io.paddock.model.ResultStatus;
import io.paddock.model.SessionType;
import io.paddock.resolve.Decision;
import io.paddock.resolve.PersonClaim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Maps F1DB's source files ({@code src/data}: YAML per race and per reference entity) onto the writer's rows
 * (ADR 0020). The ids are the ones the Ergast import makes for the same race, car, person, team and circuit (with
 * the shipped crosswalk where the two spell them differently), so both imports describe one graph in any order and
 * F1DB's values win by precedence. What F1DB adds: entrants (the squad of a car is its entrant at the event), real
 * chassis, engines and tyre makers, every session, the grid with penalties, fastest laps, pit stops, driver of the
 * day, grand slams and the standings after every round. Every row says its file and line.
 */
final class F1dbAdapter {

    static final String DATASET = "f1db";
    static final String SERIES = "f1";

    /** The reference folders an import needs, each with the fields every file of it must have. */
    private static final Map<String, List<String>> REFERENCE = new LinkedHashMap<>();

    static {
        REFERENCE.put("countries", List.of("id", "alpha2Code", "name"));
        REFERENCE.put("drivers", List.of("id", "name", "dateOfBirth", "nationalityCountryId"));
        REFERENCE.put("constructors", List.of("id", "name", "countryId"));
        REFERENCE.put("chassis", List.of("id", "constructorId", "name", "fullName"));
        REFERENCE.put("engine-manufacturers", List.of("id", "name", "countryId"));
        REFERENCE.put("engines", List.of("id", "engineManufacturerId", "name", "fullName"));
        REFERENCE.put("tyre-manufacturers", List.of("id", "name", "countryId"));
        REFERENCE.put("entrants", List.of("id", "name"));
        REFERENCE.put("circuits", List.of("id", "name", "fullName", "countryId"));
        REFERENCE.put("grands-prix", List.of("id", "fullName"));
    }

    /** The session files of a race: file, session id suffix, session type. */
    private record SessionFile(String file, String suffix, SessionType type) {
    }

    private static final List<SessionFile> SESSIONS = List.of(
            new SessionFile("race-results.yml", "race", SessionType.RACE),
            new SessionFile("sprint-race-results.yml", "sprint", SessionType.SPRINT),
            new SessionFile("qualifying-results.yml", "qualifying", SessionType.QUALIFYING),
            new SessionFile("qualifying-1-results.yml", "qualifying-1", SessionType.QUALIFYING_1),
            new SessionFile("qualifying-2-results.yml", "qualifying-2", SessionType.QUALIFYING_2),
            new SessionFile("pre-qualifying-results.yml", "pre-qualifying", SessionType.PRE_QUALIFYING),
            new SessionFile("sprint-qualifying-results.yml", "sprint-qualifying", SessionType.SPRINT_QUALIFYING),
            new SessionFile("free-practice-1-results.yml", "practice-1", SessionType.PRACTICE_1),
            new SessionFile("free-practice-2-results.yml", "practice-2", SessionType.PRACTICE_2),
            new SessionFile("free-practice-3-results.yml", "practice-3", SessionType.PRACTICE_3),
            new SessionFile("free-practice-4-results.yml", "practice-4", SessionType.PRACTICE_4),
            new SessionFile("warming-up-results.yml", "warm-up", SessionType.WARM_UP));

    /** The sessions a test or reserve driver's car can be seen in without being entered in the race. */
    private static final Set<SessionType> PRACTICE = EnumSet.of(SessionType.PRACTICE_1, SessionType.PRACTICE_2,
            SessionType.PRACTICE_3, SessionType.PRACTICE_4, SessionType.WARM_UP);

    /** The fields every line of a session file has (a missing one stops the import). */
    private static final List<String> LINE_FIELDS =
            List.of("position", "driverNumber", "driverId", "constructorId", "engineManufacturerId", "tyreManufacturerId");

    private final Path root;
    private final YearRange years;
    private final PeopleResolver people;
    private final Entities entities;
    private final F1dbCrosswalk crosswalk;
    private final Mapping out = new Mapping(DATASET);

    private final Map<String, Map<String, YamlFile.Item>> reference = new HashMap<>();
    private final List<Race> races = new ArrayList<>();
    private final List<Line> lines = new ArrayList<>();
    private final List<EntrantLine> entrantLines = new ArrayList<>();
    private final Map<Integer, Integer> roundsOfSeason = new TreeMap<>();
    private final Map<String, String> personIds = new HashMap<>();
    private final Map<String, List<EntrantLine>> entrantsByDriver = new HashMap<>();
    private final Map<String, String> knownDigests;
    /** The event ids whose rows this import writes (all races of a season it reads, unless unchanged). */
    private final Set<String> racesToWrite = new HashSet<>();
    private final List<WriteRow.Digest> digests = new ArrayList<>();
    private boolean referenceChanged = true;
    /**
     * Whether the reference data or any read season's own files (entrants, calendar, season standings) changed: when
     * neither did, the people, teams, cars and entrants those files describe are in the graph as they are.
     */
    private boolean seasonLevelChanged;
    private String lastRaceWithResults = "none";
    /** Asked for every line, entry and standing, of far fewer teams: each is worked out once. */
    private final Map<TeamKey, String> teamIds = new HashMap<>();
    /** A race's grid gives both its result extras and its pole: the file is parsed once for the two. */
    private final Map<Path, List<YamlFile.Item>> startingGrids = new HashMap<>();

    private record TeamKey(String constructorId, String engineMakerId, int year) {
    }

    /** One race weekend (race.yml). */
    private record Race(int year, int round, String eventId, String name, Path dir, YamlFile.Item item) {
        boolean has(String file) {
            return Files.isRegularFile(dir.resolve(file));
        }
    }

    /** One line of a session file, read and checked. */
    private record Line(Race race, SessionFile session, int order, YamlFile.Item item, String driverId,
                        String constructorId, String engineMakerId, String tyreMakerId, String number,
                        ResultStatus status, Integer position) {
    }

    /** A driver of an entrant in a season (entrants.yml). */
    private record EntrantLine(int year, String entrantId, String country, String constructorId, String engineMakerId,
                               List<String> chassisIds, List<String> engineIds, List<String> tyreMakerIds, String driverId,
                               Set<Integer> rounds, String roundsText, boolean testDriver, YamlFile.Item item) {

        /** The chassis, where the entrant ran one (an entrant listing several does not say which car a driver had). */
        String chassisId() {
            return chassisIds.size() == 1 ? chassisIds.get(0) : null;
        }

        String engineId() {
            return engineIds.size() == 1 ? engineIds.get(0) : null;
        }
    }

    /**
     * @param knownDigests the digests of F1DB's files the graph holds per node id ({@code WriteRow.Digest}): what
     *                     has the same digest again is read only as far as needed and not written; empty for a
     *                     full import
     */
    F1dbAdapter(Path dir, YearRange years, PeopleResolver people, Entities entities, Map<String, String> knownDigests) {
        this.knownDigests = knownDigests;
        this.root = dataFolder(dir);
        this.years = years;
        this.people = people;
        this.entities = entities;
        this.crosswalk = F1dbCrosswalk.shipped();
    }

    /** F1DB's {@code src/data}, given it or a checkout that holds it. */
    static Path dataFolder(Path dir) {
        for (Path candidate : List.of(dir, dir.resolve("src").resolve("data"))) {
            if (Files.isDirectory(candidate.resolve("seasons")) && Files.isDirectory(candidate.resolve("drivers"))) {
                return candidate;
            }
        }
        throw new PaddockException(dir + ": not an F1DB data folder (no seasons/ and drivers/ in it or in src/data/)");
    }

    Mapping map() {
        REFERENCE.keySet().forEach(this::readReference);
        String referenceDigest = Digests.of(root, REFERENCE.keySet().stream().map(root::resolve).toList());
        referenceChanged = !referenceDigest.equals(knownDigests.get(DATASET));
        seasonLevelChanged = referenceChanged;
        digests.add(new WriteRow.Digest("Source", DATASET, DATASET + ":" + referenceDigest));
        readSeasons();
        source();
        resolvePeople();
        seriesSeasonsCircuitsAndEvents();
        makersTeamsCarsAndEntrants();
        Map<String, String> entryIds = entries();
        results(entryIds);
        standings();
        if (!knownDigests.isEmpty()) {
            describeChanges();
        }
        digests.forEach(out::add);
        return out;
    }

    /** Adds a row unless it belongs to a race this import leaves as it is (unchanged since the last import). */
    private void add(WriteRow row) {
        String event = null;
        if (row instanceof WriteRow.Event e) {
            event = e.id();
        } else if (row instanceof WriteRow.Session x) {
            event = x.event();
        } else if (row instanceof WriteRow.Entry n) {
            event = n.event();
        } else if (row instanceof WriteRow.Crew c) {
            event = eventOfEntry.get(c.entry());
        } else if (row instanceof WriteRow.Result r) {
            event = eventOfEntry.get(r.entry());
        } else if (row instanceof WriteRow.Standing st) {
            event = st.asOfEvent();
        }
        boolean seasonLevel = row instanceof WriteRow.Driver || row instanceof WriteRow.Team || row instanceof WriteRow.Car
                || row instanceof WriteRow.Manufacturer || row instanceof WriteRow.Circuit || row instanceof WriteRow.Entrant
                || row instanceof WriteRow.EntrantDriver || row instanceof WriteRow.Season
                || row instanceof WriteRow.Championship || row instanceof WriteRow.Series || row instanceof WriteRow.Source;
        if (seasonLevel ? seasonLevelChanged : event == null || racesToWrite.contains(event)) {
            out.add(row);
        }
    }

    private final Map<String, String> eventOfEntry = new HashMap<>();
    private final Set<Integer> seasonsInRange = new TreeSet<>();
    private int racesUnchanged;
    private final List<String> racesWritten = new ArrayList<>();

    private void describeChanges() {
        out.changes.add("reference data (drivers, constructors, chassis, engines …): " + (referenceChanged ? "changed, written again" : "unchanged"));
        out.changes.add("races written: " + racesWritten.size() + (racesWritten.isEmpty() ? "" : " (" + String.join(", ",
                racesWritten.size() > 10 ? racesWritten.subList(racesWritten.size() - 10, racesWritten.size()) : racesWritten)
                + (racesWritten.size() > 10 ? ", …" : "") + ")"));
        out.changes.add("races unchanged since the last import: " + racesUnchanged);
    }

    // ---- reading ----

    /**
     * Checks a reference folder is there. Its files are read when a row names them ({@link #ref}): F1DB names each
     * file after its id, so an import of one season reads only the drivers, chassis … it uses.
     */
    private void readReference(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            throw new PaddockException(dir + ": missing (an F1DB data folder has " + folder + "/)");
        }
        reference.put(folder, new HashMap<>());
    }

    /** Reads one reference file, checking its fields. */
    private void load(String folder, Path file) {
        for (YamlFile.Item item : YamlFile.read(root, file)) {
            require(item, REFERENCE.get(folder));
            if (reference.get(folder).putIfAbsent(item.get("id").asText(), item) == null) {
                out.rowsRead.merge(folder + "/", 1, Integer::sum);
            }
        }
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new PaddockException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static List<Path> folders(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new PaddockException(dir + ": cannot list: " + e.getMessage(), e);
        }
    }

    /** A field missing from a file is a different layout, not a bad value: the import stops before writing. */
    private static void require(YamlFile.Item item, List<String> fields) {
        for (String field : fields) {
            if (!item.has(field)) {
                throw new PaddockException(item.at() + ": missing field '" + field + "' (is this F1DB's src/data layout?)");
            }
        }
    }

    private final Set<String> foldersReadWhole = new HashSet<>();

    private YamlFile.Item ref(String folder, String id) {
        if (id == null) {
            return null;
        }
        Map<String, YamlFile.Item> items = reference.get(folder);
        if (!items.containsKey(id)) {
            Path file = root.resolve(folder).resolve(id + ".yml");
            if (id.matches("[a-z0-9-]+") && Files.isRegularFile(file)) {
                load(folder, file);
            } else if (foldersReadWhole.add(folder)) {
                // Not named after its id: read the whole folder once.
                files(root.resolve(folder)).forEach(f -> load(folder, f));
            }
        }
        return items.get(id);
    }

    private void readSeasons() {
        for (Path seasonDir : folders(root.resolve("seasons"))) {
            String name = seasonDir.getFileName().toString();
            if (!name.matches("\\d{4}") || !years.contains(Integer.parseInt(name))) {
                continue;
            }
            int year = Integer.parseInt(name);
            seasonsInRange.add(year);
            Path entrantsFile = seasonDir.resolve("entrants.yml");
            if (!Files.isRegularFile(entrantsFile)) {
                throw new PaddockException(entrantsFile + ": missing (every F1DB season has entrants.yml)");
            }
            Path racesDir = seasonDir.resolve("races");
            List<Path> raceDirs = Files.isDirectory(racesDir) ? folders(racesDir) : List.of();
            // The season's own files and its calendar; then each race folder. A season is read in full when any of
            // them changed since the last import (standings count wins from the season's first race on).
            List<Path> seasonFiles = new ArrayList<>(files(seasonDir));
            seasonFiles.addAll(raceDirs.stream().map(d -> d.resolve("race.yml")).toList());
            String seasonDigest = Digests.of(root, seasonFiles);
            List<Race> seasonRaces = new ArrayList<>();
            Map<Race, String> raceDigests = new LinkedHashMap<>();
            for (Path raceDir : raceDirs) {
                Race race = raceHeader(year, raceDir);
                if (race != null) {
                    seasonRaces.add(race);
                    raceDigests.put(race, Digests.of(root, List.of(raceDir)));
                    if (race.has("race-results.yml")) {
                        lastRaceWithResults = year + " " + race.name();
                    }
                }
            }
            String seasonId = SERIES + "-" + year;
            boolean seasonChanged = referenceChanged || !seasonDigest.equals(knownDigests.get(seasonId));
            Race firstChanged = seasonRaces.stream()
                    .filter(r -> referenceChanged || !raceDigests.get(r).equals(knownDigests.get(r.eventId())))
                    .findFirst().orElse(null);
            seasonLevelChanged |= seasonChanged;
            if (!seasonChanged && firstChanged == null) {
                racesUnchanged += seasonRaces.size();
                continue;
            }
            List<YamlFile.Item> entrants = YamlFile.read(root, entrantsFile);
            out.rowsRead.merge("entrants.yml", entrants.size(), Integer::sum);
            entrants.forEach(e -> entrant(year, e));
            roundsOfSeason.put(year, raceDirs.size());
            digests.add(new WriteRow.Digest("Season", seasonId, DATASET + ":" + seasonDigest));
            for (Race race : seasonRaces) {
                races.add(race);
                sessions(race);
                // A changed race is written again, and so is every later race with results: its standings count the
                // wins before it.
                boolean changed = referenceChanged || !raceDigests.get(race).equals(knownDigests.get(race.eventId()));
                boolean later = firstChanged != null && race.round() > firstChanged.round() && race.has("race-results.yml");
                if (changed || later) {
                    racesToWrite.add(race.eventId());
                    racesWritten.add(year + " " + race.name());
                    digests.add(new WriteRow.Digest("Event", race.eventId(), DATASET + ":" + raceDigests.get(race)));
                } else {
                    racesUnchanged++;
                }
            }
        }
    }

    private void entrant(int year, YamlFile.Item e) {
        require(e, List.of("entrantId", "countryId"));
        List<JsonNode> constructors = new ArrayList<>();
        if (e.has("constructors")) {
            e.get("constructors").forEach(constructors::add);
        } else {
            constructors.add(e.node());
        }
        for (JsonNode c : constructors) {
            for (String field : List.of("constructorId", "engineManufacturerId", "chassisId|chassis", "engineId|engines",
                    "tyreManufacturerId|tyreManufacturers")) {
                if (Stream.of(field.split("\\|")).noneMatch(c::has)) {
                    throw new PaddockException(e.at() + ": missing field '" + field.replace("|", "' or '") + "' of entrant "
                            + e.get("entrantId").asText());
                }
            }
            List<JsonNode> drivers = new ArrayList<>();
            if (c.has("drivers")) {
                c.get("drivers").forEach(drivers::add);
            } else if (c.has("driverId")) {
                drivers.add(c);
            }
            for (JsonNode d : drivers) {
                guarded(e, () -> {
                    String driverId = text(d, "driverId");
                    known("drivers", driverId, "driverId");
                    known("entrants", text(e.node(), "entrantId"), "entrantId");
                    String roundsText = d.path("rounds").isNull() || d.path("rounds").isMissingNode() ? "" : d.path("rounds").asText();
                    entrantLines.add(new EntrantLine(year, text(e.node(), "entrantId"), alpha2(text(e.node(), "countryId")),
                            known("constructors", text(c, "constructorId"), "constructorId"),
                            known("engine-manufacturers", text(c, "engineManufacturerId"), "engineManufacturerId"),
                            ids(c, "chassis", "chassisId", "chassis"), ids(c, "engines", "engineId", "engines"),
                            ids(c, "tyre-manufacturers", "tyreManufacturerId", "tyreManufacturers"),
                            driverId, rounds(roundsText), roundsText, d.path("testDriver").asBoolean(false), e));
                });
            }
        }
    }

    /** One id ({@code chassisId: x}) or a list of them ({@code chassis: [{chassisId: x}, …]}), each known. */
    private List<String> ids(JsonNode node, String folder, String field, String listField) {
        List<String> ids = new ArrayList<>();
        if (node.has(field)) {
            ids.add(known(folder, text(node, field), field));
        } else {
            for (JsonNode item : node.path(listField)) {
                ids.add(known(folder, text(item, field), field));
            }
        }
        return ids;
    }

    /** "1-13,15-22" → the rounds; empty for a test driver who raced in none. */
    static Set<Integer> rounds(String text) {
        Set<Integer> rounds = new TreeSet<>();
        if (text == null || text.isBlank()) {
            return rounds;
        }
        for (String part : text.split(",")) {
            String[] range = part.strip().split("-");
            try {
                int from = Integer.parseInt(range[0].strip());
                int to = range.length > 1 ? Integer.parseInt(range[1].strip()) : from;
                if (range.length > 2 || to < from) {
                    throw new NumberFormatException();
                }
                for (int r = from; r <= to; r++) {
                    rounds.add(r);
                }
            } catch (NumberFormatException e) {
                throw new Fields.BadField("rounds", "not a list of rounds like '1-13,15-22': '" + Fields.shortened(text) + "'");
            }
        }
        return rounds;
    }

    private Race raceHeader(int year, Path dir) {
        Path file = dir.resolve("race.yml");
        if (!Files.isRegularFile(file)) {
            throw new PaddockException(file + ": missing (every F1DB race folder has race.yml)");
        }
        YamlFile.Item item = YamlFile.read(root, file).get(0);
        require(item, List.of("round", "date", "grandPrixId", "circuitId", "officialName", "qualifyingFormat"));
        out.rowsRead.merge("race.yml", 1, Integer::sum);
        Race[] race = new Race[1];
        guarded(item, () -> {
            int round = integer(item.node(), "round", true);
            YamlFile.Item grandPrix = ref("grands-prix", text(item.node(), "grandPrixId"));
            if (grandPrix == null) {
                throw new Fields.BadField("grandPrixId", "unknown grand prix " + item.get("grandPrixId").asText());
            }
            known("circuits", text(item.node(), "circuitId"), "circuitId");
            String ergastName = crosswalk.eventName(year, round);
            String name = ergastName != null ? ergastName : grandPrix.get("fullName").asText();
            race[0] = new Race(year, round, SERIES + "-" + year + "-" + Names.slug(name), name, dir, item);
        });
        return race[0];
    }

    private void sessions(Race race) {
        for (SessionFile session : SESSIONS) {
            if (race.has(session.file())) {
                List<YamlFile.Item> items = YamlFile.read(root, race.dir().resolve(session.file()));
                out.rowsRead.merge(session.file(), items.size(), Integer::sum);
                for (int i = 0; i < items.size(); i++) {
                    line(race, session, i + 1, items.get(i));
                }
            }
        }
    }

    private void line(Race race, SessionFile session, int order, YamlFile.Item item) {
        require(item, LINE_FIELDS);
        guarded(item, () -> {
            JsonNode n = item.node();
            String driverId = known("drivers", text(n, "driverId"), "driverId");
            String constructorId = known("constructors", text(n, "constructorId"), "constructorId");
            String engineMakerId = known("engine-manufacturers", text(n, "engineManufacturerId"), "engineManufacturerId");
            String tyreMakerId = n.path("tyreManufacturerId").isNull() ? null
                    : known("tyre-manufacturers", text(n, "tyreManufacturerId"), "tyreManufacturerId");
            JsonNode position = n.path("position");
            ResultStatus status;
            Integer place = null;
            if (position.canConvertToInt() && position.isIntegralNumber()) {
                status = ResultStatus.CLASSIFIED;
                place = position.asInt();
            } else {
                status = status(position.asText());
            }
            String number = n.path("driverNumber").isNull() ? null : n.path("driverNumber").asText();
            lines.add(new Line(race, session, order, item, driverId, constructorId, engineMakerId, tyreMakerId, number,
                    status, place));
        });
    }

    /** F1DB's position codes as result statuses. */
    static ResultStatus status(String code) {
        return switch (code) {
            case "DNF" -> ResultStatus.RETIRED;
            case "DNS" -> ResultStatus.DID_NOT_START;
            case "DSQ" -> ResultStatus.DISQUALIFIED;
            case "NC" -> ResultStatus.NOT_CLASSIFIED;
            case "DNQ" -> ResultStatus.DID_NOT_QUALIFY;
            case "DNPQ" -> ResultStatus.DID_NOT_PREQUALIFY;
            case "EX" -> ResultStatus.EXCLUDED;
            case "DNP" -> ResultStatus.DID_NOT_PARTICIPATE;
            default -> throw new Fields.BadField("position", "neither a position nor a known code (DNF, DNS, DSQ, NC, DNQ, "
                    + "DNPQ, EX, DNP): '" + Fields.shortened(code) + "'");
        };
    }

    // ---- mapping ----

    private void source() {
        int first = seasonsInRange.stream().findFirst().orElse(0);
        int last = seasonsInRange.stream().reduce((a, b) -> b).orElse(0);
        String lastRace = lastRaceWithResults;
        add(new WriteRow.Source(DATASET, "f1db/", null,
                "F1DB: every Formula 1 race, entrant, chassis, engine and tyre maker, " + first + " to " + last, null, "DATASET",
                "CC BY 4.0 — F1DB, https://github.com/f1db/f1db (attribution required)",
                "https://github.com/f1db/f1db (src/data)",
                "seasons " + years.describe() + "; races with results up to the " + lastRace));
    }

    private List<String> src(YamlFile.Item item) {
        return List.of(DATASET + "#" + item.at());
    }

    private void resolvePeople() {
        Map<String, int[]> seasons = new TreeMap<>();
        for (Line line : lines) {
            span(seasons, line.driverId(), line.race().year());
        }
        for (EntrantLine e : entrantLines) {
            span(seasons, e.driverId(), e.year());
        }
        for (Map.Entry<String, int[]> driver : seasons.entrySet()) {
            YamlFile.Item d = ref("drivers", driver.getKey());
            String name = Names.tidy(d.get("name").asText());
            String ergastName = crosswalk.personName(driver.getKey());
            String dob = d.get("dateOfBirth").isNull() ? null : d.get("dateOfBirth").asText();
            Integer born = dob == null || dob.length() < 4 ? null : Integer.valueOf(dob.substring(0, 4));
            String nationality = alpha2(d.get("nationalityCountryId").asText(null));
            List<String> spellings = new ArrayList<>(List.of(name));
            if (ergastName != null) {
                spellings.add(ergastName);
            }
            // The claim carries Ergast's spelling where the crosswalk has one, so the id is the same in either import order.
            // Where F1DB and Ergast give one driver different dates of birth or nationalities (the crosswalk lists
            // them), the claim leaves both out, so either import order joins them.
            boolean lenient = crosswalk.disagreesOnBirthOrNationality(driver.getKey());
            Decision decision = people.resolve(new PersonClaim(DATASET, ergastName != null ? ergastName : name, spellings,
                    lenient ? null : nationality, lenient ? null : born, driver.getValue()[0], driver.getValue()[1],
                    List.of("F1DB id '" + driver.getKey() + "'"), "ergast-f1-csv"));
            out.people.add(decision);
            personIds.put(driver.getKey(), decision.id());
            List<String> aliases = new ArrayList<>();
            for (String alias : new String[]{d.get("fullName").asText(null), ergastName}) {
                if (alias != null && !alias.equals(name) && !aliases.contains(alias)) {
                    aliases.add(alias);
                }
            }
            add(new WriteRow.Driver(decision.id(), name, aliases.isEmpty() ? null : aliases, src(d), out.precedence,
                    null, nationality, null, dob, null));
        }
    }

    private static void span(Map<String, int[]> seasons, String driverId, int year) {
        int[] span = seasons.computeIfAbsent(driverId, k -> new int[]{year, year});
        span[0] = Math.min(span[0], year);
        span[1] = Math.max(span[1], year);
    }

    private void seriesSeasonsCircuitsAndEvents() {
        add(new WriteRow.Series(SERIES, "Formula 1", List.of("F1", "Formula One"),
                races.isEmpty() ? List.of() : src(races.get(0).item()), out.precedence, null));
        Set<Integer> seasonsDone = new HashSet<>();
        Set<String> circuitsDone = new HashSet<>();
        for (Race race : races) {
            if (seasonsDone.add(race.year())) {
                add(new WriteRow.Season(SERIES + "-" + race.year(), race.year(), roundsOfSeason.get(race.year()), SERIES,
                        src(race.item()), null, out.precedence));
            }
            JsonNode r = race.item().node();
            YamlFile.Item circuit = ref("circuits", r.get("circuitId").asText());
            String circuitId = circuitId(circuit);
            if (circuitsDone.add(circuitId)) {
                List<String> aliases = new ArrayList<>();
                for (String alias : new String[]{circuit.get("name").asText(), crosswalk.circuitName(circuit.get("id").asText())}) {
                    if (alias != null && !alias.equals(circuit.get("fullName").asText()) && !aliases.contains(alias)) {
                        aliases.add(alias);
                    }
                }
                add(new WriteRow.Circuit(circuitId, circuit.get("fullName").asText(), aliases.isEmpty() ? null : aliases,
                        src(circuit), out.precedence, null, circuit.get("placeName").asText(null), null,
                        alpha2(circuit.get("countryId").asText()), decimal(circuit.node(), "length"), null,
                        decimal(circuit.node(), "latitude"), decimal(circuit.node(), "longitude"), null));
            }
            String official = r.path("officialName").asText(null);
            add(new WriteRow.Event(race.eventId(), race.name(),
                    SearchText.of(race.name(), official == null ? null : List.of(official), race.year(), circuit.get("fullName").asText()),
                    race.round(), null, r.get("date").asText(), null, null, null, null, decimal(r, "courseLength"),
                    decimal(r, "distance"), r.path("time").asText(null), official, SERIES + "-" + race.year(), circuitId,
                    List.of(), src(race.item()), null, out.precedence));
            for (SessionFile session : SESSIONS) {
                if (race.has(session.file())) {
                    add(new WriteRow.Session(race.eventId() + "-" + session.suffix(), race.eventId(), session.type(), null,
                            laps(r, session), null, sessionDate(r, session), src(race.item()), null, out.precedence));
                }
            }
        }
    }

    private static Integer laps(JsonNode race, SessionFile session) {
        JsonNode laps = switch (session.type()) {
            case RACE -> race.path("laps");
            case SPRINT -> race.path("sprintRaceLaps");
            default -> null;
        };
        return laps != null && laps.canConvertToInt() ? laps.asInt() : null;
    }

    private static String sessionDate(JsonNode race, SessionFile session) {
        String field = switch (session.type()) {
            case RACE -> "date";
            case QUALIFYING -> "qualifyingDate";
            case SPRINT -> "sprintRaceDate";
            case SPRINT_QUALIFYING -> "sprintQualifyingDate";
            case PRACTICE_1 -> "freePractice1Date";
            case PRACTICE_2 -> "freePractice2Date";
            case PRACTICE_3 -> "freePractice3Date";
            case PRACTICE_4 -> "freePractice4Date";
            default -> null;
        };
        return field == null ? null : race.path(field).asText(null);
    }

    private String circuitId(YamlFile.Item circuit) {
        String ergastName = crosswalk.circuitName(circuit.get("id").asText());
        return entities.circuitId(ergastName != null ? ergastName : circuit.get("fullName").asText());
    }

    /** The team of a car: Ergast's constructor name for the constructor and engine in that season, else F1DB's. */
    private String teamName(String constructorId, String engineMakerId, int year) {
        String ergastName = crosswalk.teamName(constructorId, engineMakerId, year);
        return ergastName != null ? ergastName : ref("constructors", constructorId).get("name").asText();
    }

    private String teamId(String constructorId, String engineMakerId, int year) {
        return teamIds.computeIfAbsent(new TeamKey(constructorId, engineMakerId, year),
                k -> entities.teamId(Names.tidy(teamName(k.constructorId(), k.engineMakerId(), k.year()))));
    }

    private String makerId(String folder, String id) {
        return entities.makerId(Names.tidy(ref(folder, id).get("name").asText()));
    }

    private String carId(String chassisId) {
        return entities.carId(Names.tidy(ref("chassis", chassisId).get("fullName").asText()));
    }

    private void makersTeamsCarsAndEntrants() {
        Map<String, WriteRow.Manufacturer> makers = new TreeMap<>();
        Map<String, WriteRow.Team> teams = new TreeMap<>();
        Map<String, WriteRow.Car> cars = new TreeMap<>();
        Map<String, WriteRow.Entrant> entrants = new TreeMap<>();
        for (Line line : lines) {
            maker(makers, "constructors", line.constructorId());
            maker(makers, "engine-manufacturers", line.engineMakerId());
            if (line.tyreMakerId() != null) {
                maker(makers, "tyre-manufacturers", line.tyreMakerId());
            }
            String teamId = teamId(line.constructorId(), line.engineMakerId(), line.race().year());
            if (!teams.containsKey(teamId)) {
                YamlFile.Item constructor = ref("constructors", line.constructorId());
                teams.put(teamId, new WriteRow.Team(teamId, Names.tidy(teamName(line.constructorId(), line.engineMakerId(),
                        line.race().year())), null, src(constructor), out.precedence, null,
                        alpha2(constructor.get("countryId").asText()), null, makerId("constructors", line.constructorId())));
            }
        }
        for (EntrantLine e : entrantLines) {
            maker(makers, "constructors", e.constructorId());
            maker(makers, "engine-manufacturers", e.engineMakerId());
            e.tyreMakerIds().forEach(t -> maker(makers, "tyre-manufacturers", t));
            for (String chassisId : e.chassisIds()) {
                YamlFile.Item chassis = ref("chassis", chassisId);
                cars.computeIfAbsent(carId(chassisId), id -> new WriteRow.Car(id, Names.tidy(chassis.get("fullName").asText()),
                        null, src(chassis), out.precedence, null, null, null, null,
                        makerId("constructors", chassis.get("constructorId").asText()), null, null));
            }
            YamlFile.Item entrant = ref("entrants", e.entrantId());
            entrants.computeIfAbsent(e.entrantId(), id -> new WriteRow.Entrant(id, Names.tidy(entrant.get("name").asText()),
                    e.country(), src(entrant), null, out.precedence));
            add(new WriteRow.EntrantDriver(personIds.get(e.driverId()), e.entrantId(), SERIES + "-" + e.year(),
                    e.roundsText(), e.testDriver(), names("chassis", e.chassisIds()), names("engines", e.engineIds()),
                    src(e.item())));
        }
        makers.values().forEach(this::add);
        teams.values().forEach(this::add);
        cars.values().forEach(this::add);
        entrants.values().forEach(this::add);
    }

    private String names(String folder, List<String> ids) {
        return String.join(" or ", ids.stream().map(id -> Names.tidy(ref(folder, id).get("fullName").asText())).toList());
    }

    private void maker(Map<String, WriteRow.Manufacturer> makers, String folder, String id) {
        YamlFile.Item item = ref(folder, id);
        String makerId = makerId(folder, id);
        makers.computeIfAbsent(makerId, k -> new WriteRow.Manufacturer(k, entities.makerName(Names.tidy(item.get("name").asText())),
                null, src(item), out.precedence, null, alpha2(item.get("countryId").asText(null))));
    }

    /** The entrant line of a car: the driver with that constructor and engine maker in that round, else in that season. */
    private EntrantLine entrantOf(Line line) {
        if (entrantsByDriver.isEmpty()) {
            entrantLines.forEach(e -> entrantsByDriver.computeIfAbsent(e.year() + "/" + e.driverId(), k -> new ArrayList<>()).add(e));
        }
        EntrantLine inSeason = null;
        for (EntrantLine e : entrantsByDriver.getOrDefault(line.race().year() + "/" + line.driverId(), List.of())) {
            if (e.constructorId().equals(line.constructorId()) && e.engineMakerId().equals(line.engineMakerId())) {
                if (e.rounds().contains(line.race().round())) {
                    return e;
                }
                inSeason = inSeason == null ? e : inSeason;
            }
        }
        return inSeason;
    }

    private static String carKey(Line line) {
        return line.race().eventId() + "/" + line.number() + "/" + line.constructorId() + "/" + line.engineMakerId();
    }

    /**
     * Entries as the Ergast import keys them: the car number within the race, with the team added where two teams ran
     * one number. A car seen only in practice (a test or reserve driver) is an entry that did not take part in the race.
     */
    private Map<String, String> entries() {
        Map<String, Set<String>> teamsOfNumber = new HashMap<>();
        for (Line line : lines) {
            if (!PRACTICE.contains(line.session().type())) {
                teamsOfNumber.computeIfAbsent(line.race().eventId() + "/" + line.number(), k -> new HashSet<>())
                        .add(teamId(line.constructorId(), line.engineMakerId(), line.race().year()));
            }
        }
        Map<String, String> entryIds = new HashMap<>();
        Map<String, Line> firstLine = new LinkedHashMap<>();
        Map<String, ResultStatus> raceStatus = new HashMap<>();
        Set<String> crew = new HashSet<>();
        List<Line> ordered = new ArrayList<>(lines);
        // Race lines first, so a car's crew points and its first provenance are the race's.
        ordered.sort(Comparator.comparingInt(l -> SESSIONS.indexOf(l.session())));
        for (Line line : ordered) {
            String teamId = teamId(line.constructorId(), line.engineMakerId(), line.race().year());
            Set<String> teamsOfThisNumber = teamsOfNumber.get(line.race().eventId() + "/" + line.number());
            String id = line.race().eventId() + "-" + line.number()
                    + (teamsOfThisNumber != null && teamsOfThisNumber.size() > 1 ? "-" + teamId : "");
            entryIds.put(carKey(line), id);
            eventOfEntry.put(id, line.race().eventId());
            firstLine.putIfAbsent(id, line);
            if (line.session().type() == SessionType.RACE) {
                raceStatus.merge(id, line.status(), (a, b) -> a.started() ? a : b);
            }
            if (crew.add(id + "/" + line.driverId())) {
                add(new WriteRow.Crew(id, personIds.get(line.driverId()),
                        line.session().type() == SessionType.RACE ? decimal(line.item().node(), "points") : null, null,
                        src(line.item()), null, out.precedence));
            }
        }
        firstLine.forEach((id, line) -> {
            boolean raceRun = line.race().has("race-results.yml");
            ResultStatus status = raceStatus.getOrDefault(id, raceRun ? ResultStatus.PRACTICE_ONLY : null);
            boolean started = status != null && status.started();
            EntrantLine entrant = entrantOf(line);
            YamlFile.Item tyres = line.tyreMakerId() == null ? null : ref("tyre-manufacturers", line.tyreMakerId());
            add(new WriteRow.Entry(id, line.race().eventId(), line.number(), null,
                    teamId(line.constructorId(), line.engineMakerId(), line.race().year()),
                    entrant == null ? null : entrant.entrantId(),
                    entrant == null || entrant.chassisId() == null ? null : carId(entrant.chassisId()),
                    makerId("engine-manufacturers", line.engineMakerId()),
                    tyres == null ? null : makerId("tyre-manufacturers", line.tyreMakerId()), true,
                    tyres == null ? null : tyres.get("name").asText(),
                    entrant == null || entrant.engineId() == null ? null
                            : Names.tidy(ref("engines", entrant.engineId()).get("fullName").asText()),
                    started, started ? null : status, null, src(line.item()), null, out.precedence));
        });
        return entryIds;
    }

    /** Per race: the figures the other files add to a car's race result. */
    private record Extras(Map<String, YamlFile.Item> grid, Map<String, YamlFile.Item> fastestLaps,
                          Map<String, double[]> pitStops, Map<String, YamlFile.Item> driverOfTheDay) {
    }

    private Extras extras(Race race, String gridFile) {
        Map<String, YamlFile.Item> grid = race.has(gridFile) ? byDriver(gridFile, startingGrid(race, gridFile)) : new HashMap<>();
        Map<String, YamlFile.Item> fastest = gridFile.startsWith("sprint") ? Map.of() : byDriver(race, "fastest-laps.yml");
        Map<String, YamlFile.Item> dotd = gridFile.startsWith("sprint") ? Map.of() : byDriver(race, "driver-of-the-day-results.yml");
        Map<String, double[]> pitStops = new HashMap<>();
        if (!gridFile.startsWith("sprint") && race.has("pit-stops.yml")) {
            List<YamlFile.Item> items = YamlFile.read(root, race.dir().resolve("pit-stops.yml"));
            out.rowsRead.merge("pit-stops.yml", items.size(), Integer::sum);
            for (YamlFile.Item item : items) {
                require(item, List.of("driverId", "stop", "time"));
                guarded(item, () -> {
                    Double seconds = seconds(item.node(), "time");
                    double[] sum = pitStops.computeIfAbsent(item.get("driverId").asText(), k -> new double[2]);
                    sum[0]++;
                    sum[1] += seconds == null ? 0 : seconds;
                });
            }
        }
        return new Extras(grid, fastest, pitStops, dotd);
    }

    private Map<String, YamlFile.Item> byDriver(Race race, String file) {
        return race.has(file) ? byDriver(file, YamlFile.read(root, race.dir().resolve(file))) : new HashMap<>();
    }

    private Map<String, YamlFile.Item> byDriver(String file, List<YamlFile.Item> all) {
        out.rowsRead.merge(file, all.size(), Integer::sum);
        Map<String, YamlFile.Item> items = new HashMap<>();
        for (YamlFile.Item item : all) {
            require(item, List.of("position", "driverId"));
            items.putIfAbsent(item.get("driverId").asText(), item);
        }
        return items;
    }

    private List<YamlFile.Item> startingGrid(Race race, String file) {
        return startingGrids.computeIfAbsent(race.dir().resolve(file), f -> YamlFile.read(root, f));
    }

    private void results(Map<String, String> entryIds) {
        Map<String, List<Line>> bySession = new LinkedHashMap<>();
        for (Line line : lines) {
            bySession.computeIfAbsent(line.race().eventId() + "-" + line.session().suffix(), k -> new ArrayList<>()).add(line);
        }
        Map<Race, Extras> raceExtras = new HashMap<>();
        Map<Race, Extras> sprintExtras = new HashMap<>();
        Map<Race, Optional<String>> poles = new HashMap<>();
        for (Map.Entry<String, List<Line>> session : bySession.entrySet()) {
            List<Line> sessionLines = session.getValue();
            SessionFile file = sessionLines.get(0).session();
            Race race = sessionLines.get(0).race();
            boolean race_ = file.type() == SessionType.RACE;
            boolean sprint = file.type() == SessionType.SPRINT;
            Extras extras = race_ ? raceExtras.computeIfAbsent(race, r -> extras(r, "starting-grid-positions.yml"))
                    : sprint ? sprintExtras.computeIfAbsent(race, r -> extras(r, "sprint-starting-grid-positions.yml")) : null;
            Map<String, List<Line>> byEntry = new LinkedHashMap<>();
            sessionLines.forEach(l -> byEntry.computeIfAbsent(entryIds.get(carKey(l)), k -> new ArrayList<>()).add(l));
            Line winner = sessionLines.stream().filter(l -> Integer.valueOf(1).equals(l.position())).findFirst().orElse(null);
            for (Map.Entry<String, List<Line>> entry : byEntry.entrySet()) {
                // A shared drive: several drivers' lines for one car; the car's result is its best-placed line.
                Line best = entry.getValue().stream().min(Comparator.comparingInt(Line::order)).orElseThrow();
                if ((race_ || sprint) && !best.status().started()) {
                    continue;
                }
                List<String> src = new ArrayList<>();
                entry.getValue().forEach(l -> src.addAll(src(l.item())));
                boolean pole = file.type() == SessionType.QUALIFYING
                        && entry.getKey().equals(poles.computeIfAbsent(race, r -> Optional.ofNullable(poleEntry(r, entryIds))).orElse(null));
                guarded(best.item(), () -> add(race_ || sprint
                        ? raceResult(entry.getKey(), session.getKey(), best, winner, entryIds, extras, src)
                        : timedResult(entry.getKey(), session.getKey(), best, pole, src)));
            }
        }
    }

    private WriteRow.Result raceResult(String entryId, String sessionId, Line line, Line winner, Map<String, String> entryIds,
                                       Extras extras, List<String> src) {
        JsonNode n = line.item().node();
        require(line.item(), List.of("laps", "time", "gap", "points", "reasonRetired"));
        Double gap = gapSeconds(n.path("gap").asText(null));
        boolean behind = winner != null && line != winner && gap != null;
        JsonNode gridPosition = n.path("gridPosition");
        Integer grid = gridPosition.isIntegralNumber() ? Integer.valueOf(gridPosition.asInt())
                : "PL".equals(gridPosition.asText(null)) ? Integer.valueOf(0) : null;
        YamlFile.Item gridItem = extras.grid().get(line.driverId());
        String gridPenalty = gridItem == null ? null : gridItem.node().path("gridPenalty").asText(null);
        YamlFile.Item fastest = extras.fastestLaps().get(line.driverId());
        YamlFile.Item dotd = extras.driverOfTheDay().get(line.driverId());
        double[] stops = extras.pitStops().get(line.driverId());
        return new WriteRow.Result(entryId + "@" + sessionId, entryId, sessionId, line.status(), line.position(), null,
                line.order(), integer(n, "laps", false), behind ? gap : null, behind ? entryIds.get(carKey(winner)) : null, null,
                n.path("reasonRetired").asText(null), grid, gridPenalty, decimal(n, "points"), seconds(n, "time"),
                seconds(n, "timePenalty"), null, stops == null ? null : (int) stops[0],
                stops == null ? null : Math.round(stops[1] * 1000) / 1000.0,
                fastest == null ? null : integer(fastest.node(), "position", false),
                fastest == null ? null : seconds(fastest.node(), "time"),
                fastest == null ? null : integer(fastest.node(), "lap", false), null, null, null, null,
                dotd == null ? null : integer(dotd.node(), "position", false),
                dotd == null ? null : decimal(dotd.node(), "percentage"),
                n.path("grandSlam").asBoolean(false) ? Boolean.TRUE : null, null, src, null, out.precedence);
    }

    /**
     * The entry on pole as F1DB counts it: starting grid position 1 of the race — except at 2022's sprint weekends
     * (qualifying format SPRINT_RACE), where the sprint's starting grid decides. It is marked on the entry's
     * qualifying result, which a pole-sitter who then did not start (Leclerc, Monaco 2021) has too.
     */
    private String poleEntry(Race race, Map<String, String> entryIds) {
        boolean sprintGrid = race.year() == 2022 && "SPRINT_RACE".equals(race.item().get("qualifyingFormat").asText());
        String file = sprintGrid ? "sprint-starting-grid-positions.yml" : "starting-grid-positions.yml";
        if (!race.has(file)) {
            return null;
        }
        for (YamlFile.Item item : startingGrid(race, file)) {
            if (item.get("position").isIntegralNumber() && item.get("position").asInt() == 1) {
                JsonNode n = item.node();
                return entryIds.get(race.eventId() + "/" + n.path("driverNumber").asText() + "/" + n.path("constructorId").asText()
                        + "/" + n.path("engineManufacturerId").asText());
            }
        }
        return null;
    }

    private WriteRow.Result timedResult(String entryId, String sessionId, Line line, boolean pole, List<String> src) {
        JsonNode n = line.item().node();
        Double q1 = seconds(n, "q1");
        Double q2 = seconds(n, "q2");
        Double q3 = seconds(n, "q3");
        Double best = seconds(n, "time");
        for (Double q : new Double[]{q1, q2, q3}) {
            if (q != null && (best == null || q < best)) {
                best = q;
            }
        }
        return new WriteRow.Result(entryId + "@" + sessionId, entryId, sessionId, line.status(), line.position(), null,
                line.order(), integer(n, "laps", false), null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, best, q1, q2, q3, null, null, null, pole ? Boolean.TRUE : null, src, null, out.precedence);
    }

    /**
     * The standings after every round, and the final ones of a season whose every race is run; wins counted from
     * the race results up to that round (F1DB's standings files list position and points).
     */
    private void standings() {
        Map<Integer, List<Race>> bySeason = new TreeMap<>();
        races.forEach(r -> bySeason.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
        Map<String, List<Line>> raceLines = new HashMap<>();
        lines.stream().filter(l -> l.session().type() == SessionType.RACE)
                .forEach(l -> raceLines.computeIfAbsent(l.race().eventId(), k -> new ArrayList<>()).add(l));
        for (Map.Entry<Integer, List<Race>> season : bySeason.entrySet()) {
            int year = season.getKey();
            List<Race> seasonRaces = season.getValue().stream().sorted(Comparator.comparingInt(Race::round)).toList();
            String drivers = SERIES + "-" + year + "-drivers";
            String constructors = SERIES + "-" + year + "-constructors";
            boolean any = seasonRaces.stream().anyMatch(r -> r.has("driver-standings.yml"));
            if (!any) {
                continue;
            }
            add(new WriteRow.Championship(drivers, "Formula 1 " + year + " drivers' championship",
                    ChampionshipKind.DRIVERS, SERIES + "-" + year, null));
            add(new WriteRow.Championship(constructors, "Formula 1 " + year + " constructors' championship",
                    ChampionshipKind.TEAMS, SERIES + "-" + year, null));
            Map<String, Integer> driverWins = new HashMap<>();
            Map<String, Integer> teamWins = new HashMap<>();
            for (Race race : seasonRaces) {
                for (Line l : raceLines.getOrDefault(race.eventId(), List.of())) {
                    if (Integer.valueOf(1).equals(l.position())) {
                        driverWins.merge(personIds.get(l.driverId()), 1, Integer::sum);
                        teamWins.merge(teamId(l.constructorId(), l.engineMakerId(), year), 1, Integer::sum);
                    }
                }
                standingFile(race.dir().resolve("driver-standings.yml"), drivers, race.eventId(), false, year, driverWins, teamWins);
                standingFile(race.dir().resolve("constructor-standings.yml"), constructors, race.eventId(), false, year,
                        driverWins, teamWins);
            }
            boolean complete = roundsOfSeason.get(year) == seasonRaces.size()
                    && seasonRaces.stream().allMatch(r -> r.has("race-results.yml"));
            Path seasonDir = root.resolve("seasons").resolve(String.valueOf(year));
            if (complete) {
                standingFile(seasonDir.resolve("driver-standings.yml"), drivers, null, true, year, driverWins, teamWins);
                standingFile(seasonDir.resolve("constructor-standings.yml"), constructors, null, true, year, driverWins, teamWins);
            }
        }
    }

    private void standingFile(Path file, String championship, String asOfEvent, boolean isFinal, int year,
                              Map<String, Integer> driverWins, Map<String, Integer> teamWins) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        boolean teams = championship.endsWith("-constructors");
        List<YamlFile.Item> items = YamlFile.read(root, file);
        out.rowsRead.merge(file.getFileName().toString(), items.size(), Integer::sum);
        for (YamlFile.Item item : items) {
            require(item, teams ? List.of("position", "constructorId", "engineManufacturerId", "points")
                    : List.of("position", "driverId", "points"));
            guarded(item, () -> {
                JsonNode n = item.node();
                String holder;
                if (teams) {
                    holder = teamId(known("constructors", text(n, "constructorId"), "constructorId"),
                            known("engine-manufacturers", text(n, "engineManufacturerId"), "engineManufacturerId"), year);
                } else {
                    holder = personIds.get(text(n, "driverId"));
                    if (holder == null) {
                        throw new Fields.BadField("driverId", "no such driver in the imported races: " + n.get("driverId").asText());
                    }
                }
                JsonNode position = n.get("position");
                add(new WriteRow.Standing(championship, teams ? "Team" : "Driver", holder, asOfEvent,
                        position.isIntegralNumber() ? Integer.valueOf(position.asInt()) : null, isFinal, null,
                        decimal(n, "points"), (teams ? teamWins : driverWins).getOrDefault(holder, 0), src(item), null,
                        out.precedence));
            });
        }
    }

    // ---- values ----

    private void guarded(YamlFile.Item item, Runnable mapping) {
        try {
            mapping.run();
        } catch (Fields.BadField e) {
            out.rejected.add(new Rejection(item.file(), item.line(), e.field, e.getMessage()));
        }
    }

    private String known(String folder, String id, String field) {
        if (ref(folder, id) == null) {
            throw new Fields.BadField(field, "unknown " + folder.replace('-', ' ') + " id '" + Fields.shortened(String.valueOf(id)) + "'");
        }
        return id;
    }

    private String alpha2(String countryId) {
        YamlFile.Item country = ref("countries", countryId);
        return country == null ? null : country.get("alpha2Code").asText(null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            throw new Fields.BadField(field, "missing value");
        }
        return value.asText().strip();
    }

    private static Integer integer(JsonNode node, String field, boolean required) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            if (required) {
                throw new Fields.BadField(field, "missing value");
            }
            return null;
        }
        if (!value.isIntegralNumber()) {
            throw new Fields.BadField(field, "not a whole number: '" + Fields.shortened(value.asText()) + "'");
        }
        return value.asInt();
    }

    private static Double decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            throw new Fields.BadField(field, "not a number: '" + Fields.shortened(value.asText()) + "'");
        }
        return value.asDouble();
    }

    /** "1:58:23.284", "25:38.426", "22.523" → seconds, computed from whole milliseconds as the Ergast import does. */
    static Double seconds(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        String text = value.asText().strip();
        // A time penalty is printed "+5.000".
        return seconds(text.startsWith("+") ? text.substring(1) : text, field);
    }

    private static Double seconds(String text, String field) {
        if (!text.matches("(\\d+:){0,2}\\d+(\\.\\d{1,3})?")) {
            throw new Fields.BadField(field, "not a time like 1:58:23.284: '" + Fields.shortened(text) + "'");
        }
        long millis = 0;
        String[] parts = text.split(":");
        for (int i = 0; i < parts.length - 1; i++) {
            millis = (millis + Long.parseLong(parts[i])) * 60;
        }
        String last = parts[parts.length - 1];
        int dot = last.indexOf('.');
        String whole = dot < 0 ? last : last.substring(0, dot);
        String fraction = dot < 0 ? "" : (last.substring(dot + 1) + "00").substring(0, 3);
        millis = (millis + Long.parseLong(whole)) * 1000 + (fraction.isEmpty() ? 0 : Long.parseLong(fraction));
        return millis / 1000.0;
    }

    /** "+3.871" → 3.871; "+1 lap" and the like → null (a gap in laps is not a time). */
    static Double gapSeconds(String gap) {
        if (gap == null || !gap.matches("\\+(\\d+:){0,2}\\d+(\\.\\d{1,3})?")) {
            return null;
        }
        return seconds(gap.substring(1), "gap");
    }
}
