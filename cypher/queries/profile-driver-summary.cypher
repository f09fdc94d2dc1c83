// A driver's profile without the event lines, in one statement: who the driver is (profile-driver.cypher's columns)
// and what the lines add up to (profile-entry-totals.cypher's columns, here named entrySources for the lines'
// sources). For PaddockQueries.driverSummary and `driver --summary`, which add the standings, stated totals and lap
// records from their shared files. The teams, cars, classes and seasons come from the same walk over the driver's
// entries as the counts, so the summary walks them once (ADR 0046); both parts give what the two files give
// (ProfilesIT: every seed driver; FullDataIT: Hamilton, Kristensen).
// :param driverId => 'sascha-maassen'
CALL () {
  // The series that have classes: each series asked for one class of its own, not every class read.
  MATCH (classed:Series) WHERE classed.id IS NOT NULL
    AND EXISTS { (classed)<-[:OF_SERIES]-(class:Class) WHERE class.id IS NOT NULL }
  RETURN collect(classed.id) AS classedSeries
}
MATCH (d:Driver {id: $driverId})
// The lines: one row per entry and each class, team, car and engine it has, as profile-entries.cypher has them.
CALL (d, classedSeries) {
  OPTIONAL MATCH (d)-[:DROVE]->(n:Entry)-[:IN_EVENT]->(e:Event)
  OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
  OPTIONAL MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
  OPTIONAL MATCH (n)-[:WITH_CAR]->(car:CarModel)
  OPTIONAL MATCH (n)-[:ENGINE_BY]->(engine:Manufacturer)
  WITH n, e, c, t, car, coalesce(e.seriesId IN classedSeries, false) AS seriesHasClasses
  CALL (n) {
    OPTIONAL MATCH (r:Result)-[:OF_ENTRY]->(n), (r)-[:IN_SESSION]->(x:Session)
    WITH r, x.type = 'RACE' AS race, x.type = 'QUALIFYING' AS qualifying, x
    RETURN count(CASE WHEN race THEN r END) AS raceResults,
           count(CASE WHEN race AND r.position = 1 THEN r END) AS overallWins,
           count(CASE WHEN race AND r.classPosition = 1 THEN r END) AS classWins,
           count(CASE WHEN qualifying AND (r.pole OR (r.position = 1
                   AND NOT EXISTS { (x)<-[:IN_SESSION]-(:Result {pole: true}) })) THEN r END) AS overallPoles,
           count(CASE WHEN qualifying AND r.classPosition = 1 THEN r END) AS classPoles,
           collect(r.sources) AS resultSources
  }
  WITH e, n, c, t, car, seriesHasClasses, raceResults, overallWins, classWins, overallPoles, classPoles,
       [n.sources] + COLLECT { MATCH (:Driver)-[drove:DROVE]->(n) RETURN drove.sources } + resultSources AS lineSources
  WITH count(DISTINCT e) AS events,
       coalesce(sum(raceResults), 0) AS raceResults, coalesce(sum(overallWins), 0) AS overallWins,
       coalesce(sum(classWins), 0) AS classWins, coalesce(sum(overallPoles), 0) AS overallPoles,
       coalesce(sum(classPoles), 0) AS classPoles,
       count(CASE WHEN n IS NOT NULL AND t IS NULL THEN n END) > 0 AS teamUnknown,
       count(CASE WHEN n IS NOT NULL AND car IS NULL THEN n END) > 0 AS carUnknown,
       count(CASE WHEN n IS NOT NULL AND c IS NULL AND seriesHasClasses THEN n END) > 0 AS classUnknown,
       count(c) > 0 AS anyClass,
       count(CASE WHEN seriesHasClasses THEN n END) > 0 AS inClassedSeries,
       count(CASE WHEN n IS NOT NULL AND NOT coalesce(n.crewComplete, false) THEN n END) > 0 AS crewIncomplete,
       collect(CASE WHEN n IS NOT NULL THEN lineSources END) AS lineSources,
       collect(DISTINCT t) AS teamNodes, collect(DISTINCT car) AS carNodes, collect(DISTINCT c) AS classNodes,
       collect(DISTINCT e.year) AS years
  RETURN events, raceResults, overallWins, classWins, overallPoles, classPoles, teamUnknown, carUnknown, classUnknown,
         anyClass, inClassedSeries, crewIncomplete, lineSources, teamNodes, carNodes, classNodes, years
}
WITH d, events, raceResults, overallWins, classWins, overallPoles, classPoles, teamUnknown, carUnknown, classUnknown,
     anyClass, inClassedSeries, crewIncomplete, lineSources, teamNodes, carNodes, classNodes, years,
     COLLECT { MATCH (d)-[held:HOLDS_ROLE]->(organisation)
               OPTIONAL MATCH (season:Season {id: held.season})
               RETURN {role: held.role,
                       organisation: {kind: CASE WHEN organisation:Team THEN 'team' ELSE 'manufacturer' END,
                                      id: organisation.id, name: organisation.name},
                       season: season.year, inferred: held.inferred, sources: held.sources} AS role
               ORDER BY season.year, held.role } AS roles
RETURN d.id AS id, d.name AS name, coalesce(d.aliases, []) AS aliases,
       d.nationality AS nationality, d.hometown AS hometown, d.inferred AS inferred,
       COLLECT { MATCH (d)-[:WORKS_DRIVER_OF]->(m:Manufacturer)
                 RETURN {id: m.id, name: m.name} AS manufacturer ORDER BY manufacturer.name } AS worksDriverOf,
       COLLECT { UNWIND teamNodes AS t RETURN {id: t.id, name: t.name} AS team ORDER BY team.name, team.id } AS teams,
       COLLECT { UNWIND carNodes AS car RETURN {id: car.id, name: car.name} AS car ORDER BY car.name, car.id } AS cars,
       COLLECT { UNWIND classNodes AS c
                 RETURN {id: c.id, name: c.name} AS carClass ORDER BY carClass.name, carClass.id } AS classes,
       COLLECT { UNWIND years AS year RETURN year ORDER BY year } AS seasons,
       roles,
       COLLECT { UNWIND [d.sources] + [role IN roles | role.sources] AS list
                 UNWIND list AS source
                 RETURN DISTINCT source } AS sources,
       events, raceResults, overallWins, classWins, overallPoles, classPoles,
       teamUnknown, carUnknown, classUnknown, anyClass, inClassedSeries, crewIncomplete,
       COLLECT { UNWIND lineSources AS lists UNWIND lists AS list UNWIND list AS source
                 RETURN DISTINCT source } AS entrySources;
