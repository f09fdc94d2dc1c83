package io.paddock.importer;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;

/**
 * Figures the tests expect, computed straight from the dataset CSV files — a second, simpler reading of the data
 * that shares no code with the importer, so a test compares the graph with the source and not with itself.
 */
final class DatasetFigures {

    static final Path ERGAST = Path.of("..", "shared", "data", "ergast-f1-csv");
    static final Path LEMANS = Path.of("..", "shared", "data", "lemans24");

    private DatasetFigures() {
    }

    static boolean present() {
        return Files.isRegularFile(ERGAST.resolve("results.csv")) && Files.isRegularFile(LEMANS.resolve("results_in.csv"));
    }

    static List<Map<String, String>> csv(Path file, char separator) {
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator(separator);
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(schema)
                .readValues(file.toFile())) {
            return rows.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** raceId → year, for the races in the years the predicate takes. */
    static Map<String, Integer> f1Races(IntPredicate years) {
        Map<String, Integer> races = new HashMap<>();
        csv(ERGAST.resolve("races.csv"), ',').forEach(r -> {
            int year = Integer.parseInt(r.get("year"));
            if (years.test(year)) {
                races.put(r.get("raceId"), year);
            }
        });
        return races;
    }

    static Map<String, String> f1DriverNames() {
        Map<String, String> names = new HashMap<>();
        csv(ERGAST.resolve("drivers.csv"), ',').forEach(d -> names.put(d.get("driverId"), d.get("forename") + " " + d.get("surname")));
        return names;
    }

    /** Race wins per driver name (positionOrder 1, as Ergast counts them). */
    static Map<String, Integer> f1WinsByDriver(IntPredicate years) {
        Map<String, Integer> races = f1Races(years);
        Map<String, String> names = f1DriverNames();
        Map<String, Integer> wins = new TreeMap<>();
        csv(ERGAST.resolve("results.csv"), ',').forEach(r -> {
            if (races.containsKey(r.get("raceId")) && "1".equals(r.get("positionOrder"))) {
                wins.merge(names.get(r.get("driverId")), 1, Integer::sum);
            }
        });
        return wins;
    }

    /** Champion per season: position 1 of the driver standings after the season's last race with standings. */
    static Map<Integer, String> f1Champions(IntPredicate years) {
        Map<String, Integer> races = f1Races(years);
        Map<String, Integer> rounds = new HashMap<>();
        csv(ERGAST.resolve("races.csv"), ',').forEach(r -> rounds.put(r.get("raceId"), Integer.parseInt(r.get("round"))));
        Map<Integer, String> lastRace = new TreeMap<>();
        List<Map<String, String>> standings = csv(ERGAST.resolve("driver_standings.csv"), ',');
        standings.forEach(s -> {
            Integer year = races.get(s.get("raceId"));
            if (year != null) {
                lastRace.merge(year, s.get("raceId"), (a, b) -> rounds.get(a) >= rounds.get(b) ? a : b);
            }
        });
        Map<String, String> names = f1DriverNames();
        Map<Integer, String> champions = new TreeMap<>();
        standings.forEach(s -> {
            Integer year = races.get(s.get("raceId"));
            if (year != null && s.get("raceId").equals(lastRace.get(year)) && "1".equals(s.get("position"))) {
                champions.put(year, names.get(s.get("driverId")));
            }
        });
        return champions;
    }

    static List<Map<String, String>> leMansRows(IntPredicate years) {
        List<Map<String, String>> rows = new ArrayList<>();
        csv(LEMANS.resolve("results_in.csv"), ';').forEach(r -> {
            if (years.test(Integer.parseInt(r.get("Year")))) {
                rows.add(r);
            }
        });
        return rows;
    }

    /** Entries per edition. */
    static Map<Integer, Integer> leMansEntriesPerYear(IntPredicate years) {
        Map<Integer, Integer> entries = new TreeMap<>();
        leMansRows(years).forEach(r -> entries.merge(Integer.parseInt(r.get("Year")), 1, Integer::sum));
        return entries;
    }

    /** Overall wins per driver name (Pos 1). */
    static Map<String, Integer> leMansWinsByDriver(IntPredicate years) {
        Map<String, Integer> wins = new TreeMap<>();
        leMansRows(years).forEach(r -> {
            if ("1".equals(r.get("Pos"))) {
                for (String name : r.get("Drivers").split("\\|")) {
                    wins.merge(name.strip(), 1, Integer::sum);
                }
            }
        });
        return wins;
    }

    // ---- Formula 1: cars, sessions, titles, team-mates, head-to-heads -------------------------------------------

    /** The F1 files with one line per car and session. */
    static final List<String> F1_CAR_FILES = List.of("results.csv", "sprint_results.csv", "qualifying.csv");

    /** A field, with Ergast's null marker {@code \N} (and an empty field) as null. */
    static String value(Map<String, String> row, String column) {
        String value = row.get(column);
        return value == null || value.isEmpty() || value.equals("\\N") ? null : value;
    }

    /**
     * A car in a race as the files identify it: the race, the car number and the constructor (a shared drive is
     * one car with two drivers' lines); a line without a number is its driver's own car.
     */
    static String f1Car(Map<String, String> line) {
        String number = value(line, "number");
        return line.get("raceId") + "/" + (number == null ? "driver " + line.get("driverId") : number + "/" + line.get("constructorId"));
    }

    /** Distinct cars of one file ({@code results.csv}, {@code sprint_results.csv}, {@code qualifying.csv}). */
    static Set<String> f1Cars(String file) {
        Set<String> cars = new HashSet<>();
        csv(ERGAST.resolve(file), ',').forEach(r -> cars.add(f1Car(r)));
        return cars;
    }

    /**
     * Distinct cars of one file that took the start: a car whose every line is "F" (failed to qualify) or "W"
     * (withdrew) never raced and has no result for that session.
     */
    static Set<String> f1StartedCars(String file) {
        Set<String> cars = new HashSet<>();
        csv(ERGAST.resolve(file), ',').forEach(r -> {
            // Not a start (F1DB's definition): failed to qualify (F), withdrawn (W), excluded (E) before the race; a
            // car Ergast lists as excluded after laps run (Massa, Brazil 2015: F1DB's DSQ) started.
            if (!Set.of("F", "W", "E").contains(r.get("positionText")) || excludedAfterRunning(r)) {
                cars.add(f1Car(r));
            }
        });
        return cars;
    }

    /**
     * Cars with a qualifying result: every car of qualifying.csv, and for a race that file does not cover, every car
     * of results.csv with a grid slot (grid above 0): the starting grid stands in for qualifying there.
     */
    static Set<String> f1QualifyingCars() {
        Set<String> cars = f1Cars("qualifying.csv");
        Set<String> covered = f1RacesIn("qualifying.csv");
        csv(ERGAST.resolve("results.csv"), ',').forEach(r -> {
            String grid = value(r, "grid");
            if (!covered.contains(r.get("raceId")) && grid != null && Integer.parseInt(grid) > 0) {
                cars.add(f1Car(r));
            }
        });
        return cars;
    }

    /** A Le Mans row whose car took the start: a position, or DNF, NC or DSQ — not a DNF whose reason says it never came. */
    static boolean leMansStarted(Map<String, String> row) {
        String pos = row.get("Pos");
        String reason = row.get("Reason") == null ? "" : row.get("Reason").strip().toLowerCase(java.util.Locale.ROOT);
        if (pos.chars().allMatch(Character::isDigit)) {
            return true;
        }
        return (pos.equals("DNF") && !reason.equals("did not arrive") && !reason.equals("reserve"))
                || pos.equals("NC") || pos.equals("DSQ");
    }

    /** Distinct races that have lines in one file. */
    static Set<String> f1RacesIn(String file) {
        Set<String> races = new HashSet<>();
        csv(ERGAST.resolve(file), ',').forEach(r -> races.add(r.get("raceId")));
        return races;
    }

    /** Distinct drivers with a line in any of the car files. */
    static Set<String> f1DriversWithLines() {
        Set<String> drivers = new HashSet<>();
        F1_CAR_FILES.forEach(f -> csv(ERGAST.resolve(f), ',').forEach(r -> drivers.add(r.get("driverId"))));
        return drivers;
    }

    static String f1DriverId(String driverRef) {
        return csv(ERGAST.resolve("drivers.csv"), ',').stream().filter(d -> d.get("driverRef").equals(driverRef))
                .map(d -> d.get("driverId")).findFirst().orElseThrow(() -> new IllegalArgumentException(driverRef));
    }

    /** Seasons whose last race (by round in races.csv) has driver standings: their position 1 is a title. */
    static Set<Integer> f1CompleteSeasons() {
        Map<String, Integer> years = f1Races(y -> true);
        Map<String, Integer> rounds = new HashMap<>();
        Map<Integer, Integer> lastRound = new HashMap<>();
        csv(ERGAST.resolve("races.csv"), ',').forEach(r -> {
            int round = Integer.parseInt(r.get("round"));
            rounds.put(r.get("raceId"), round);
            lastRound.merge(Integer.parseInt(r.get("year")), round, Math::max);
        });
        Map<Integer, Integer> lastWithStandings = new HashMap<>();
        csv(ERGAST.resolve("driver_standings.csv"), ',').forEach(s ->
                lastWithStandings.merge(years.get(s.get("raceId")), rounds.get(s.get("raceId")), Math::max));
        Set<Integer> complete = new HashSet<>();
        lastWithStandings.forEach((year, round) -> {
            if (round.equals(lastRound.get(year))) {
                complete.add(year);
            }
        });
        return complete;
    }

    /** The champion of every complete season. */
    static Map<Integer, String> f1Titles() {
        Set<Integer> complete = f1CompleteSeasons();
        return f1Champions(complete::contains);
    }

    /** Races a constructor won (a shared winning drive is one race). */
    static Set<String> f1RacesWonBy(String constructorRef) {
        String constructorId = csv(ERGAST.resolve("constructors.csv"), ',').stream()
                .filter(c -> c.get("constructorRef").equals(constructorRef)).map(c -> c.get("constructorId"))
                .findFirst().orElseThrow();
        Set<String> races = new HashSet<>();
        csv(ERGAST.resolve("results.csv"), ',').forEach(r -> {
            if (r.get("constructorId").equals(constructorId) && "1".equals(r.get("positionOrder"))) {
                races.add(r.get("raceId"));
            }
        });
        return races;
    }

    /**
     * Team-mates of a driver: drivers with a line for the same constructor in the same race, in another car, with
     * the number of races they shared that way.
     */
    static Map<String, Integer> f1TeamMates(String driverRef) {
        String me = f1DriverId(driverRef);
        Map<String, String> names = f1DriverNames();
        Map<String, Set<String>> mine = new HashMap<>();
        List<Map<String, String>> lines = new ArrayList<>();
        F1_CAR_FILES.forEach(f -> lines.addAll(csv(ERGAST.resolve(f), ',')));
        lines.stream().filter(l -> l.get("driverId").equals(me))
                .forEach(l -> mine.computeIfAbsent(l.get("raceId") + "/" + l.get("constructorId"), k -> new HashSet<>()).add(f1Car(l)));
        Map<String, Set<String>> races = new TreeMap<>();
        for (Map<String, String> l : lines) {
            Set<String> myCars = mine.get(l.get("raceId") + "/" + l.get("constructorId"));
            if (myCars != null && !l.get("driverId").equals(me) && !myCars.contains(f1Car(l))) {
                races.computeIfAbsent(names.get(l.get("driverId")), k -> new HashSet<>()).add(l.get("raceId"));
            }
        }
        Map<String, Integer> counts = new TreeMap<>();
        races.forEach((name, set) -> counts.put(name, set.size()));
        return counts;
    }

    /** Two drivers' head-to-head: races both finished classified, qualifying sessions both have a position, wins. */
    record HeadToHead(int raceAheadA, int raceAheadB, int qualifyingAheadA, int qualifyingAheadB, int winsA, int winsB) {
    }

    static HeadToHead f1HeadToHead(String driverRefA, String driverRefB) {
        String a = f1DriverId(driverRefA);
        String b = f1DriverId(driverRefB);
        int[] race = duel(csv(ERGAST.resolve("results.csv"), ','), a, b);
        int[] qualifying = duel(csv(ERGAST.resolve("qualifying.csv"), ','), a, b);
        return new HeadToHead(race[0], race[1], qualifying[0], qualifying[1], race[2], race[3]);
    }

    /**
     * The races two drivers both have a line in, scored by head-to-head's ahead rule (ADR 0025) read straight from
     * results.csv: the better position; where one is missing, by positionText a classified car before one retired
     * ({@code R}) or not classified ({@code N}), both before a disqualified one ({@code D}); of two retired or not
     * classified, more laps; excluded, withdrawn or not qualified ({@code E}, {@code W}, {@code F}) not ranked.
     *
     * @return [a ahead, b ahead]
     */
    static int[] f1RaceScoreUnderTheRule(String driverRefA, String driverRefB) {
        String a = f1DriverId(driverRefA);
        String b = f1DriverId(driverRefB);
        Map<String, Map<String, String>[]> lines = new HashMap<>();
        for (Map<String, String> l : csv(ERGAST.resolve("results.csv"), ',')) {
            int side = l.get("driverId").equals(a) ? 0 : l.get("driverId").equals(b) ? 1 : -1;
            if (side >= 0) {
                @SuppressWarnings("unchecked")
                Map<String, String>[] pair = lines.computeIfAbsent(l.get("raceId"), k -> new Map[2]);
                if (pair[side] == null || ruleOrder(l) < ruleOrder(pair[side])) {
                    pair[side] = l;
                }
            }
        }
        int[] score = new int[2];
        lines.values().stream().filter(pair -> pair[0] != null && pair[1] != null).forEach(pair -> {
            int tierA = tier(pair[0]);
            int tierB = tier(pair[1]);
            int laps = Integer.compare(Integer.parseInt(pair[1].get("laps")), Integer.parseInt(pair[0].get("laps")));
            int ahead;
            if (tierA == 0 && tierB == 0) {
                ahead = Integer.compare(Integer.parseInt(pair[0].get("position")), Integer.parseInt(pair[1].get("position")));
            } else if (tierA == 4 || tierB == 4 || tierA == 3 && tierB == 3) {
                ahead = 0;
            } else if (tierA != tierB) {
                ahead = Integer.compare(tierA, tierB);
            } else {
                ahead = laps;
            }
            if (ahead != 0) {
                score[ahead < 0 ? 0 : 1]++;
            }
        });
        return score;
    }

    /** 0 a position, 2 retired or not classified, 3 disqualified, 4 not ranked (no line is classified without one). */
    /** Ergast's "E" on a car that ran laps: a disqualification after the race, a start. */
    static boolean excludedAfterRunning(Map<String, String> line) {
        return "E".equals(line.get("positionText")) && line.get("laps").matches("\\d+") && !line.get("laps").matches("0+");
    }

    private static int tier(Map<String, String> line) {
        if (value(line, "position") != null) {
            return 0;
        }
        if (excludedAfterRunning(line)) {
            return 3;
        }
        return switch (line.get("positionText")) {
            case "R", "N" -> 2;
            case "D" -> 3;
            default -> 4;
        };
    }

    /** One side's best line of a race (drivers of the 1950s shared cars): by tier, then position, then laps. */
    private static long ruleOrder(Map<String, String> line) {
        String position = value(line, "position");
        return tier(line) * 1_000_000L + (position == null ? 999 : Integer.parseInt(position)) * 1_000L
                + (999 - Math.min(999, Integer.parseInt(line.get("laps"))));
    }

    /** [a ahead, b ahead, a wins, b wins] over the races where both have a line (best position of each). */
    private static int[] duel(List<Map<String, String>> lines, String a, String b) {
        Map<String, Integer[]> best = new HashMap<>();
        Map<String, boolean[]> present = new HashMap<>();
        for (Map<String, String> l : lines) {
            int side = l.get("driverId").equals(a) ? 0 : l.get("driverId").equals(b) ? 1 : -1;
            if (side < 0) {
                continue;
            }
            present.computeIfAbsent(l.get("raceId"), k -> new boolean[2])[side] = true;
            String position = value(l, "position");
            if (position != null) {
                Integer[] pair = best.computeIfAbsent(l.get("raceId"), k -> new Integer[2]);
                int p = Integer.parseInt(position);
                pair[side] = pair[side] == null ? p : Math.min(pair[side], p);
            }
        }
        int[] score = new int[4];
        present.forEach((race, both) -> {
            if (!both[0] || !both[1]) {
                return;
            }
            Integer[] pair = best.getOrDefault(race, new Integer[2]);
            if (pair[0] != null && pair[1] != null && !pair[0].equals(pair[1])) {
                score[pair[0] < pair[1] ? 0 : 1]++;
            }
            score[2] += Integer.valueOf(1).equals(pair[0]) ? 1 : 0;
            score[3] += Integer.valueOf(1).equals(pair[1]) ? 1 : 0;
        });
        return score;
    }

    // ---- Le Mans: editions, crews, co-drivers ------------------------------------------------------------------

    /** The names of a row's crew ({@code Drivers}, {@code |}-separated; blank parts are no one). */
    static List<String> leMansCrew(Map<String, String> row) {
        List<String> crew = new ArrayList<>();
        String drivers = row.get("Drivers");
        if (drivers != null) {
            for (String name : drivers.split("\\|")) {
                if (!name.isBlank()) {
                    crew.add(name.strip());
                }
            }
        }
        return crew;
    }

    /** Crew size of every row, by its line in results_in.csv (the header is line 1; the file has no multi-line fields). */
    static Map<Integer, Integer> leMansCrewSizeByLine() {
        Map<Integer, Integer> sizes = new TreeMap<>();
        List<Map<String, String>> rows = leMansRows(y -> true);
        for (int i = 0; i < rows.size(); i++) {
            sizes.put(i + 2, leMansCrew(rows.get(i)).size());
        }
        return sizes;
    }

    /** Editions of races.csv: year → cancelled. */
    static Map<Integer, Boolean> leMansEditions() {
        Map<Integer, Boolean> editions = new TreeMap<>();
        csv(LEMANS.resolve("races.csv"), ',').forEach(r -> editions.put(Integer.parseInt(r.get("Id")), "1".equals(r.get("Cancelled"))));
        return editions;
    }

    /** Distinct crew names, as spelled. */
    static Set<String> leMansNames() {
        Set<String> names = new HashSet<>();
        leMansRows(y -> true).forEach(r -> names.addAll(leMansCrew(r)));
        return names;
    }

    /** Co-drivers of a name (same row), with the number of editions shared. */
    static Map<String, Integer> leMansCoDrivers(String name) {
        Map<String, Set<String>> years = new TreeMap<>();
        leMansRows(y -> true).forEach(r -> {
            List<String> crew = leMansCrew(r);
            if (crew.contains(name)) {
                crew.stream().filter(n -> !n.equals(name))
                        .forEach(n -> years.computeIfAbsent(n, k -> new HashSet<>()).add(r.get("Year")));
            }
        });
        Map<String, Integer> counts = new TreeMap<>();
        years.forEach((n, set) -> counts.put(n, set.size()));
        return counts;
    }
}
