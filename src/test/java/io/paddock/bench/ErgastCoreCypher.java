package io.paddock.bench;

import java.util.List;

/**
 * The Ergast F1 rows as a Cypher user would write them into Paddock's model by hand: one statement body per file, with
 * the CSV row in {@code row} (all values strings, {@code \N} for a missing value, as the files have them). The same
 * bodies run under {@code LOAD CSV … CALL (row) {…} IN TRANSACTIONS} and, one auto-commit call per row, in the naive
 * loader, so the two differ only in how rows reach the database.
 * <p>
 * The core of the model GraphWriter writes for these files: Series, Season, Circuit, Event, Session (race, sprint,
 * qualifying), Team, Manufacturer (chassis maker), CarModel, Entry, Squad, Driver, Result and their relationships
 * (OF_SERIES, IN_SEASON, AT, HAS_SESSION, BUILDS_WITH, IN_EVENT, WITH_CAR, FOR_SQUAD, OF_TEAM, AT_EVENT, DROVE,
 * RACED_FOR, OF_ENTRY, IN_SESSION). Left out (see docs/performance.md): name resolution against the registry,
 * aliases and searchText, provenance lists, the engine maker split off "Lotus-Climax", GAP_TO, pit-stop totals, the
 * starting grid standing in for missing qualifying, and standings; ids are Ergast's refs, not Paddock's resolved ids.
 */
final class ErgastCoreCypher {

    /** A file and the statement body for one of its rows. */
    record Step(String file, String body) {
    }

    /** Lookups by Ergast's numeric ids: what a user of these files adds (Paddock resolves ids in memory instead). */
    static final List<String> INDEXES = List.of(
            "CREATE INDEX bench_circuit_ergast IF NOT EXISTS FOR (n:Circuit) ON (n.ergastId)",
            "CREATE INDEX bench_event_ergast IF NOT EXISTS FOR (n:Event) ON (n.ergastId)",
            "CREATE INDEX bench_team_ergast IF NOT EXISTS FOR (n:Team) ON (n.ergastId)",
            "CREATE INDEX bench_driver_ergast IF NOT EXISTS FOR (n:Driver) ON (n.ergastId)",
            "CALL db.awaitIndexes(300)");

    private static final String NULLS = "\\\\N";

    private static String text(String column) {
        return "CASE row." + column + " WHEN '" + NULLS + "' THEN null ELSE row." + column + " END";
    }

    /** "1:26.572" or "86.572" as seconds; null for \N. */
    private static String lapSeconds(String column) {
        return "CASE WHEN row." + column + " CONTAINS ':' THEN toInteger(split(row." + column + ", ':')[0]) * 60 + toFloat(split(row."
                + column + ", ':')[1]) ELSE toFloat(row." + column + ") END";
    }

    private static final String ENTRY = """
            MATCH (e:Event {ergastId: row.raceId})
            MATCH (d:Driver {ergastId: row.driverId})
            MATCH (t:Team {ergastId: row.constructorId})
            MATCH (e)-[:IN_SEASON]->(season:Season)
            MERGE (n:Entry {id: e.id + '-' + CASE row.number WHEN '%1$s' THEN d.id ELSE row.number END})
            SET n.number = %2$s
            MERGE (n)-[:IN_EVENT]->(e)
            MERGE (car:CarModel {id: 'f1-' + season.year + '-' + t.id})
            SET car.name = t.name + ' ' + season.year
            MERGE (n)-[:WITH_CAR]->(car)
            MERGE (squad:Squad {id: t.id + '@' + e.id})
            MERGE (squad)-[:OF_TEAM]->(t)
            MERGE (squad)-[:AT_EVENT]->(e)
            MERGE (n)-[:FOR_SQUAD]->(squad)
            MERGE (d)-[drove:DROVE]->(n)
            """.formatted(NULLS, text("number"));

    private static String raceResult(String session, String type) {
        return ENTRY + """
                SET drove.points = toFloat(row.points), n.started = NOT row.positionText IN ['F', 'W']
                FOREACH (ignored IN CASE WHEN n.started THEN [1] ELSE [] END | MERGE (d)-[:RACED_FOR]->(squad))
                MERGE (x:Session {id: e.id + '-%1$s'})
                SET x.type = '%2$s', x.date = e.date
                MERGE (e)-[:HAS_SESSION]->(x)
                MERGE (r:Result {id: n.id + '@' + e.id + '-%1$s'})
                SET r.status = CASE row.positionText WHEN 'R' THEN 'RETIRED' WHEN 'D' THEN 'DISQUALIFIED'
                      WHEN 'E' THEN 'EXCLUDED' WHEN 'W' THEN 'WITHDRAWN' WHEN 'F' THEN 'DID_NOT_QUALIFY'
                      WHEN 'N' THEN 'NOT_CLASSIFIED' ELSE CASE WHEN toInteger(row.positionText) IS NULL
                      THEN 'NOT_CLASSIFIED' ELSE 'CLASSIFIED' END END,
                    r.position = toInteger(row.position), r.order = toInteger(row.positionOrder),
                    r.grid = toInteger(row.grid), r.points = toFloat(row.points), r.laps = toInteger(row.laps),
                    r.timeSeconds = toInteger(row.milliseconds) / 1000.0, r.fastestLapRank = toInteger(row.rank),
                    r.fastestLapSeconds = %3$s
                MERGE (r)-[:OF_ENTRY]->(n)
                MERGE (r)-[:IN_SESSION]->(x)
                """.formatted(session, type, lapSeconds("fastestLapTime"));
    }

    /** In the order the rows must go in (a row refers only to rows of earlier files). */
    static final List<Step> STEPS = List.of(
            new Step("circuits.csv", """
                    MERGE (c:Circuit {id: row.circuitRef})
                    SET c.ergastId = row.circuitId, c.name = row.name, c.locality = row.location, c.country = row.country,
                        c.latitude = toFloat(row.lat), c.longitude = toFloat(row.lng)
                    """),
            new Step("races.csv", """
                    MERGE (series:Series {id: 'f1'})
                    ON CREATE SET series.name = 'Formula 1'
                    MERGE (season:Season {id: 'f1-' + row.year})
                    SET season.year = toInteger(row.year)
                    MERGE (season)-[:OF_SERIES]->(series)
                    MERGE (e:Event {id: 'f1-' + row.year + '-' + replace(toLower(row.name), ' ', '-')})
                    SET e.ergastId = row.raceId, e.name = row.name, e.round = toInteger(row.round), e.date = date(row.date),
                        e.startTime = %s
                    MERGE (e)-[:IN_SEASON]->(season)
                    WITH e, row
                    MATCH (c:Circuit {ergastId: row.circuitId})
                    MERGE (e)-[:AT]->(c)
                    """.formatted(text("time"))),
            new Step("constructors.csv", """
                    MERGE (t:Team {id: row.constructorRef})
                    SET t.ergastId = row.constructorId, t.name = row.name, t.country = row.nationality
                    MERGE (m:Manufacturer {id: row.constructorRef})
                    SET m.name = row.name
                    MERGE (t)-[:BUILDS_WITH]->(m)
                    """),
            new Step("drivers.csv", """
                    MERGE (d:Driver {id: row.driverRef})
                    SET d:Person, d.ergastId = row.driverId, d.name = row.forename + ' ' + row.surname,
                        d.nationality = row.nationality,
                        d.birthDate = CASE row.dob WHEN '%s' THEN null ELSE date(row.dob) END
                    """.formatted(NULLS)),
            new Step("results.csv", raceResult("race", "RACE")),
            new Step("sprint_results.csv", raceResult("sprint", "SPRINT")),
            new Step("qualifying.csv", ENTRY + """
                    MERGE (x:Session {id: e.id + '-qualifying'})
                    SET x.type = 'QUALIFYING'
                    MERGE (e)-[:HAS_SESSION]->(x)
                    MERGE (r:Result {id: n.id + '@' + e.id + '-qualifying'})
                    SET r.position = toInteger(row.position), r.order = toInteger(row.position),
                        r.status = CASE WHEN toInteger(row.position) IS NULL THEN 'NOT_CLASSIFIED' ELSE 'CLASSIFIED' END,
                        r.q1Seconds = %s, r.q2Seconds = %s, r.q3Seconds = %s
                    MERGE (r)-[:OF_ENTRY]->(n)
                    MERGE (r)-[:IN_SESSION]->(x)
                    """.formatted(lapSeconds("q1"), lapSeconds("q2"), lapSeconds("q3"))));

    private ErgastCoreCypher() {
    }

    /** The statement LOAD CSV runs for a step (an auto-commit call: CALL … IN TRANSACTIONS needs one). */
    static String loadCsv(Step step, int batch) {
        return "LOAD CSV WITH HEADERS FROM 'file:///" + step.file() + "' AS row\nCALL (row) {\n" + step.body()
                + "} IN TRANSACTIONS OF " + batch + " ROWS";
    }

    /** The statement the naive loader runs once per row, with the row as parameter. */
    static String perRow(Step step) {
        return "WITH $row AS row\n" + step.body();
    }
}
