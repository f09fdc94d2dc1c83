package io.paddock.bench;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The SQLite baseline: the Ergast CSV tables in an in-memory SQLite database (org.xerial:sqlite-jdbc, only on the
 * classpath in the Maven profile {@code bench}; this class uses java.sql alone), indexed as a user of those files would
 * index them, and the facade's questions that Ergast's tables can answer, in SQL. Answers come back in the shapes
 * {@link QueryBenchmark} compares with the facade's.
 */
final class SqliteErgast implements AutoCloseable {

    /** An answer timed but not compared, and why (by default: the facade's answer is richer than what the SQL gives). */
    record NotCompared(Object value, String why) {
        NotCompared(Object value) {
            this(value, "richer answer");
        }
    }

    private static final Set<String> INTEGERS = Set.of("driverId", "constructorId", "raceId", "circuitId", "statusId",
            "resultId", "qualifyId", "driverStandingsId", "year", "round", "grid", "position", "positionOrder", "laps",
            "milliseconds", "wins", "rank");
    private static final Set<String> REALS = Set.of("points");

    private final Connection db;
    private final Map<String, PreparedStatement> statements = new java.util.HashMap<>();

    private SqliteErgast(Connection db) {
        this.db = db;
    }

    static SqliteErgast load(Path ergast) throws SQLException, IOException {
        Connection db = DriverManager.getConnection("jdbc:sqlite::memory:");
        long start = System.nanoTime();
        int rows = 0;
        for (String table : List.of("drivers", "constructors", "circuits", "races", "results", "qualifying", "driver_standings")) {
            rows += table(db, ergast.resolve(table + ".csv"), table);
        }
        try (Statement s = db.createStatement()) {
            for (String index : List.of(
                    "results(raceId)", "results(driverId)", "results(constructorId)", "results(position)", "results(grid)",
                    "qualifying(raceId)", "qualifying(driverId)", "qualifying(position)",
                    "driver_standings(raceId)", "driver_standings(driverId)", "races(year)", "races(circuitId)",
                    "drivers(surname, forename)", "constructors(name)")) {
                s.execute("CREATE INDEX IF NOT EXISTS ix_" + index.replaceAll("\\W+", "_") + " ON " + index);
            }
            s.execute("ANALYZE");
        }
        System.out.printf("queries: SQLite loaded %,d rows and indexed them in %.1f s%n", rows, (System.nanoTime() - start) / 1e9);
        return new SqliteErgast(db);
    }

    private static int table(Connection db, Path csv, String table) throws SQLException, IOException {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
            List<String> columns = null;
            PreparedStatement insert = null;
            int n = 0;
            db.setAutoCommit(false);
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                if (columns == null) {
                    columns = new ArrayList<>(row.keySet());
                    List<String> defs = columns.stream().map(c -> c + (INTEGERS.contains(c) ? " INTEGER"
                            : REALS.contains(c) ? " REAL" : " TEXT")).toList();
                    try (Statement s = db.createStatement()) {
                        s.execute("CREATE TABLE " + table + " (" + String.join(", ", defs) + ")");
                    }
                    insert = db.prepareStatement("INSERT INTO " + table + " VALUES (" + "?, ".repeat(columns.size() - 1) + "?)");
                }
                for (int i = 0; i < columns.size(); i++) {
                    String v = row.get(columns.get(i));
                    insert.setString(i + 1, v == null || v.equals("\\N") ? null : v);
                }
                insert.addBatch();
                n++;
            }
            if (insert != null) {
                insert.executeBatch();
                insert.close();
            }
            db.commit();
            db.setAutoCommit(true);
            return n;
        }
    }

    String version() {
        return String.valueOf(query("SELECT sqlite_version()").get(0).get(0));
    }

    Object floor() {
        return query("SELECT 1").get(0).get(0);
    }

    private static final String HAMILTON = "(SELECT driverId FROM drivers WHERE forename = 'Lewis' AND surname = 'Hamilton')";
    private static final String ROSBERG = "(SELECT driverId FROM drivers WHERE forename = 'Nico' AND surname = 'Rosberg')";
    /**
     * Took the start: not failed to qualify, withdrawn or excluded before the race (an "E" after laps run, Massa in
     * Brazil 2015, is a disqualification after the start).
     */
    private static String started(String table) {
        return "(%1$s.positionText NOT IN ('F', 'W') AND NOT (%1$s.positionText = 'E' AND %1$s.laps = 0))".formatted(table);
    }

    /** Team-mates: same constructor in the same race, both started; races shared per team-mate. */
    Object teammatesOfHamilton() {
        Map<String, Long> m = new TreeMap<>();
        query("""
                SELECT d.forename || ' ' || d.surname, COUNT(DISTINCT r2.raceId)
                FROM results r1
                JOIN results r2 ON r2.raceId = r1.raceId AND r2.constructorId = r1.constructorId AND r2.driverId <> r1.driverId
                JOIN drivers d ON d.driverId = r2.driverId
                WHERE r1.driverId = %s AND %s AND %s
                GROUP BY r2.driverId""".formatted(HAMILTON, started("r1"), started("r2")))
                .forEach(r -> m.put((String) r.get(0), ((Number) r.get(1)).longValue()));
        return m;
    }

    /** Races both were classified in: who finished ahead. */
    Object headToHeadHamiltonRosberg() {
        List<Object> r = query("""
                SELECT SUM(a.position < b.position), SUM(b.position < a.position)
                FROM results a JOIN results b ON b.raceId = a.raceId
                WHERE a.driverId = %s AND b.driverId = %s AND a.position IS NOT NULL AND b.position IS NOT NULL"""
                .formatted(HAMILTON, ROSBERG)).get(0);
        return List.of(((Number) r.get(0)).longValue(), ((Number) r.get(1)).longValue());
    }

    /** Races both teams had a classified car in: whose best car finished ahead. */
    Object headToHeadFerrariMcLaren() {
        List<Object> r = query("""
                WITH a AS (SELECT raceId, MIN(position) AS p FROM results
                           WHERE constructorId = (SELECT constructorId FROM constructors WHERE name = 'Ferrari') AND position IS NOT NULL GROUP BY raceId),
                     b AS (SELECT raceId, MIN(position) AS p FROM results
                           WHERE constructorId = (SELECT constructorId FROM constructors WHERE name = 'McLaren') AND position IS NOT NULL GROUP BY raceId)
                SELECT SUM(a.p < b.p), SUM(b.p < a.p) FROM a JOIN b ON b.raceId = a.raceId""").get(0);
        return List.of(((Number) r.get(0)).longValue(), ((Number) r.get(1)).longValue());
    }

    /** Races the two shared as team-mates. */
    Object sharedRacesHamiltonRosberg() {
        return ((Number) query("""
                SELECT COUNT(DISTINCT a.raceId) FROM results a
                JOIN results b ON b.raceId = a.raceId AND b.constructorId = a.constructorId
                WHERE a.driverId = %s AND b.driverId = %s AND %s AND %s"""
                .formatted(HAMILTON, ROSBERG, started("a"), started("b"))).get(0).get(0)).longValue();
    }

    Object searchHamilton() {
        return new NotCompared(query("""
                SELECT driverId, forename || ' ' || surname FROM drivers
                WHERE surname LIKE '%hamilton%' OR forename LIKE '%hamilton%'""").size());
    }

    /** A driver's page in SQL: starts, wins, podiums, poles, points and seasons, then the teams by season. */
    Object profileHamilton() {
        List<List<Object>> totals = query("""
                SELECT COUNT(*), SUM(position = 1), SUM(position <= 3), SUM(grid = 1), SUM(points), MIN(ra.year), MAX(ra.year)
                FROM results r JOIN races ra ON ra.raceId = r.raceId
                WHERE r.driverId = %s""".formatted(HAMILTON));
        List<List<Object>> teams = query("""
                SELECT ra.year, c.name, COUNT(*) FROM results r JOIN races ra ON ra.raceId = r.raceId
                JOIN constructors c ON c.constructorId = r.constructorId
                WHERE r.driverId = %s GROUP BY ra.year, c.name ORDER BY ra.year""".formatted(HAMILTON));
        return new NotCompared(List.of(totals, teams));
    }

    /**
     * The counts of a driver's page: races entered, race results, wins and poles (the pole rule of {@link #mostPoles}),
     * as {@code driverSummary} counts them.
     */
    Object profileSummaryHamilton() {
        List<Object> row = query("""
                SELECT (SELECT COUNT(DISTINCT raceId) FROM results WHERE driverId = %1$s),
                       (SELECT COUNT(*) FROM results WHERE driverId = %1$s),
                       (SELECT COUNT(*) FROM results WHERE driverId = %1$s AND position = 1),
                       (SELECT COUNT(*) FROM qualifying WHERE driverId = %1$s AND position = 1)
                     + (SELECT COUNT(*) FROM results WHERE driverId = %1$s AND grid = 1
                          AND raceId NOT IN (SELECT raceId FROM qualifying))""".formatted(HAMILTON)).get(0);
        return "events=%s raceResults=%s overallWins=%s overallPoles=%s".formatted(row.toArray());
    }

    private Object ranking(String counted, int limit) {
        return query("""
                SELECT d.forename || ' ' || d.surname AS name, COUNT(*) AS c
                FROM (%s) x JOIN drivers d ON d.driverId = x.driverId
                GROUP BY x.driverId ORDER BY c DESC, name LIMIT %d""".formatted(counted, limit))
                .stream().map(r -> r.get(0) + "=" + r.get(1)).toList();
    }

    Object mostWins(int limit) {
        return ranking("SELECT driverId FROM results WHERE position = 1", limit);
    }

    Object mostPodiums(int limit) {
        return ranking("SELECT driverId FROM results WHERE position BETWEEN 1 AND 3", limit);
    }

    /** Pole: first in qualifying; where qualifying.csv has no rows for a race, first on the grid. */
    Object mostPoles(int limit) {
        return ranking("""
                SELECT driverId FROM qualifying WHERE position = 1
                UNION ALL
                SELECT driverId FROM results WHERE grid = 1 AND raceId NOT IN (SELECT raceId FROM qualifying)""", limit);
    }

    Object mostStarts(int limit) {
        return ranking("SELECT DISTINCT driverId, raceId FROM results WHERE " + started("results"), limit);
    }

    /** Races won per team name (a shared drive is one win for the team, two rows in results.csv). */
    Object mostTeamWins(int limit) {
        return query("""
                SELECT c.name AS name, COUNT(DISTINCT r.raceId) AS n FROM results r JOIN constructors c ON c.constructorId = r.constructorId
                WHERE r.position = 1 GROUP BY c.name ORDER BY n DESC, name LIMIT %d""".formatted(limit))
                .stream().map(r -> r.get(0) + "=" + r.get(1)).toList();
    }

    /** Champions: first in the standings after the last round of a season. */
    Object mostTitles(int limit) {
        return ranking("""
                SELECT s.driverId FROM driver_standings s JOIN races r ON r.raceId = s.raceId
                WHERE s.position = 1 AND r.round = (SELECT MAX(round) FROM races r2 WHERE r2.year = r.year)""", limit);
    }

    private List<List<Object>> query(String sql) {
        try {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                statement = db.prepareStatement(sql);
                statements.put(sql, statement);
            }
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(columns);
                    for (int i = 1; i <= columns; i++) {
                        row.add(rs.getObject(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + "\n" + sql, e);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement s : statements.values()) {
            s.close();
        }
        db.close();
    }
}
