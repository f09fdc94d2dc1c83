package io.paddock.importer;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Figures the F1DB tests expect, read straight from F1DB's YAML files with SnakeYAML — a second, simpler reading
 * that shares no code (and no parser) with the importer. The archive in ../shared/data/f1db is unpacked once under
 * target/f1db (never into the repository).
 */
final class F1dbFigures {

    static final Path ARCHIVE = Path.of("..", "shared", "data", "f1db", "f1db-src-data.tar.xz");
    static final Path UNPACKED = Path.of("target", "f1db");
    static final Path DATA = UNPACKED.resolve("src").resolve("data");

    private F1dbFigures() {
    }

    /** Unpacks the archive under target/ unless done before; false when the archive is absent. */
    static synchronized boolean present() {
        if (!Files.isRegularFile(ARCHIVE)) {
            return false;
        }
        if (Files.isDirectory(DATA.resolve("seasons"))) {
            return true;
        }
        try {
            Files.createDirectories(UNPACKED);
            Process tar = new ProcessBuilder("tar", "xJf", ARCHIVE.toAbsolutePath().toString(), "-C", UNPACKED.toString())
                    .inheritIO().start();
            if (tar.waitFor() != 0) {
                throw new IllegalStateException("tar xJf " + ARCHIVE + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Files.isDirectory(DATA.resolve("seasons"));
    }

    @SuppressWarnings("unchecked")
    static <T> T yaml(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return (T) new Yaml().load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Map<String, Object>> list(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Map<String, Object>> items = yaml(file);
        return items == null ? List.of() : items;
    }

    static List<Path> races(int year) {
        try (Stream<Path> dirs = Files.list(DATA.resolve("seasons").resolve(String.valueOf(year)).resolve("races"))) {
            return dirs.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String driverName(Object driverId) {
        Map<String, Object> driver = yaml(DATA.resolve("drivers").resolve(driverId + ".yml"));
        return (String) driver.get("name");
    }

    /** Race wins per driver name in a season: race-results.yml rows with position 1. */
    static Map<String, Integer> wins(int year) {
        Map<String, Integer> wins = new TreeMap<>();
        for (Path race : races(year)) {
            for (Map<String, Object> row : list(race.resolve("race-results.yml"))) {
                if (Integer.valueOf(1).equals(row.get("position"))) {
                    wins.merge(driverName(row.get("driverId")), 1, Integer::sum);
                }
            }
        }
        return wins;
    }

    /**
     * Poles per driver name as F1DB counts them: starting grid position 1, except at 2022's sprint weekends
     * (qualifyingFormat SPRINT_RACE), where the sprint's starting grid decides.
     */
    static Map<String, Integer> poles(int year) {
        Map<String, Integer> poles = new TreeMap<>();
        for (Path race : races(year)) {
            Map<String, Object> info = yaml(race.resolve("race.yml"));
            boolean sprintGrid = year == 2022 && "SPRINT_RACE".equals(info.get("qualifyingFormat"));
            for (Map<String, Object> row : list(race.resolve(sprintGrid ? "sprint-starting-grid-positions.yml"
                    : "starting-grid-positions.yml"))) {
                if (Integer.valueOf(1).equals(row.get("position"))) {
                    poles.merge(driverName(row.get("driverId")), 1, Integer::sum);
                }
            }
        }
        return poles;
    }

    /** Race-results rows per season: F1DB's "race entries" (non-qualifiers included). */
    static int raceResultRows(int year) {
        return races(year).stream().mapToInt(r -> list(r.resolve("race-results.yml")).size()).sum();
    }

    /** Race weekends of a season (race.yml files). */
    static int raceWeekends(int year) {
        return races(year).size();
    }

    /** A driver's points in the standings after one round. */
    static Number pointsAfter(int year, int round, String driverId) {
        Path race = races(year).get(round - 1);
        return (Number) list(race.resolve("driver-standings.yml")).stream()
                .filter(r -> driverId.equals(r.get("driverId"))).findFirst().orElseThrow().get("points");
    }

    /**
     * One driver's line in a season's entrants.yml, with the constructor block and the entrant it is nested in. A
     * level the file leaves out (an entrant with one constructor, a constructor with one driver) is the level above.
     */
    private record EntrantLine(Map<String, Object> entrant, Map<String, Object> constructor, Map<String, Object> driver) {
    }

    /** Every driver line of a season's entrants.yml, in file order. */
    @SuppressWarnings("unchecked")
    private static List<EntrantLine> entrantLines(int year) {
        List<EntrantLine> lines = new ArrayList<>();
        List<Map<String, Object>> entrants = yaml(DATA.resolve("seasons").resolve(year + "").resolve("entrants.yml"));
        for (Map<String, Object> entrant : entrants) {
            List<Map<String, Object>> constructors = entrant.containsKey("constructors")
                    ? (List<Map<String, Object>>) entrant.get("constructors") : List.of(entrant);
            for (Map<String, Object> c : constructors) {
                List<Map<String, Object>> drivers = c.containsKey("drivers") ? (List<Map<String, Object>>) c.get("drivers") : List.of(c);
                for (Map<String, Object> d : drivers) {
                    lines.add(new EntrantLine(entrant, c, d));
                }
            }
        }
        return lines;
    }

    /** The entrant names and chassis full names a driver was entered with in a season. */
    static List<String> entrantsAndChassis(int year, String driverId) {
        List<String> found = new ArrayList<>();
        for (EntrantLine line : entrantLines(year)) {
            if (driverId.equals(line.driver().get("driverId"))) {
                Map<String, Object> e = yaml(DATA.resolve("entrants").resolve(line.entrant().get("entrantId") + ".yml"));
                Map<String, Object> chassis = yaml(DATA.resolve("chassis").resolve(line.constructor().get("chassisId") + ".yml"));
                found.add(e.get("name") + " / " + chassis.get("fullName"));
            }
        }
        return found;
    }

    /**
     * A driver's team-mates in a season as F1DB's entrants define them: at each race the driver has a race-results
     * row, the other drivers of rows whose entrant (entrants.yml: driver, constructor, engine maker, round) is the
     * driver's entrant, by name.
     */
    static java.util.Set<String> teammates(int year, String driverId) {
        Map<String, String> entrantOf = new java.util.HashMap<>();
        for (EntrantLine line : entrantLines(year)) {
            Map<String, Object> c = line.constructor();
            Object rounds = line.driver().get("rounds");
            for (int round : IntRanges.of(rounds == null ? "" : rounds.toString())) {
                entrantOf.put(line.driver().get("driverId") + "/" + c.get("constructorId") + "/" + c.get("engineManufacturerId") + "/" + round,
                        (String) line.entrant().get("entrantId"));
            }
        }
        java.util.Set<String> mates = new java.util.TreeSet<>();
        List<Path> races = races(year);
        for (int i = 0; i < races.size(); i++) {
            int round = i + 1;
            List<Map<String, Object>> rows = list(races.get(i).resolve("race-results.yml"));
            java.util.function.Function<Map<String, Object>, String> entrant = r -> entrantOf.get(r.get("driverId") + "/"
                    + r.get("constructorId") + "/" + r.get("engineManufacturerId") + "/" + round);
            // Each car the driver drove (a shared drive is two rows): the entrant's drivers of its other cars.
            for (Map<String, Object> mine : rows.stream().filter(r -> driverId.equals(r.get("driverId"))).toList()) {
                if (entrant.apply(mine) == null) {
                    continue;
                }
                rows.stream().filter(r -> !driverId.equals(r.get("driverId")) && entrant.apply(mine).equals(entrant.apply(r))
                                && !String.valueOf(r.get("driverNumber")).equals(String.valueOf(mine.get("driverNumber"))))
                        .forEach(r -> mates.add(driverName(r.get("driverId"))));
            }
        }
        return mates;
    }

    /** "1-3,5" → 1, 2, 3, 5. */
    static final class IntRanges {
        static List<Integer> of(String text) {
            List<Integer> all = new ArrayList<>();
            for (String part : text.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                String[] ends = part.strip().split("-");
                for (int n = Integer.parseInt(ends[0]); n <= Integer.parseInt(ends[ends.length - 1]); n++) {
                    all.add(n);
                }
            }
            return all;
        }
    }

    /** The leader of a season's drivers' standings file (the final one for a complete season). */
    static String seasonLeader(int year) {
        return list(DATA.resolve("seasons").resolve(String.valueOf(year)).resolve("driver-standings.yml")).stream()
                .filter(r -> Integer.valueOf(1).equals(r.get("position"))).map(r -> driverName(r.get("driverId")))
                .findFirst().orElseThrow();
    }

    /** Race weekends over all seasons (race.yml files). */
    static int allRaceWeekends() {
        try (Stream<Path> seasons = Files.list(DATA.resolve("seasons"))) {
            return seasons.mapToInt(s -> races(Integer.parseInt(s.getFileName().toString())).size()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Per driver name, how often a race's file ranks them first: fastest-laps.yml or driver-of-the-day-results.yml. */
    static Map<String, Integer> firstIn(int year, String file) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Path race : races(year)) {
            list(race.resolve(file)).stream().filter(r -> Integer.valueOf(1).equals(r.get("position"))).findFirst()
                    .ifPresent(r -> counts.merge(driverName(r.get("driverId")), 1, Integer::sum));
        }
        return counts;
    }

    /** Every name and full name of F1DB's drivers folder, lower case. */
    static java.util.Set<String> allDriverNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (Stream<Path> files = Files.list(DATA.resolve("drivers"))) {
            files.forEach(f -> {
                Map<String, Object> driver = yaml(f);
                names.add(String.valueOf(driver.get("name")).toLowerCase(java.util.Locale.ROOT));
                names.add(String.valueOf(driver.get("fullName")).toLowerCase(java.util.Locale.ROOT));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
