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
import java.util.List;
import java.util.Map;
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
}
