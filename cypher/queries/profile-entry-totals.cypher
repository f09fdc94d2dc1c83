// What a profile's entry lines add up to, without listing them: the counts of its header ("Counted": events, race
// results, wins and poles overall and in class, as ProfileQueries counts them from profile-entries.cypher's lines),
// whether some entries leave the team, the car, the class or part of the crew unknown, and the sources of every line
// behind them. PaddockQueries.teamSummary reads this instead of the lines (driverSummary reads the same counts from
// profile-driver-summary.cypher). It matches the same entries and rows as profile-entries.cypher (one row per entry
// and each class, team, car and engine it has) and counts the same results, so the two agree (ProfilesIT,
// FullDataIT). Give one anchor id and leave the others null.
// :param driverId => 'sascha-maassen'
// :param teamId => null
// :param carId => null
// :param eventId => null
CALL () {
  // The series that have classes: each series asked for one class of its own, not every class read.
  MATCH (classed:Series) WHERE classed.id IS NOT NULL
    AND EXISTS { (classed)<-[:OF_SERIES]-(class:Class) WHERE class.id IS NOT NULL }
  RETURN collect(classed.id) AS classedSeries
}
CALL () {
  MATCH (:Driver {id: $driverId})-[:DROVE]->(n:Entry) RETURN n
  UNION
  MATCH (:Team {id: $teamId})<-[:OF_TEAM]-(:Squad)<-[:FOR_SQUAD]-(n:Entry) RETURN n
  UNION
  MATCH (:CarModel {id: $carId})<-[:WITH_CAR]-(n:Entry) RETURN n
  UNION
  MATCH (:Event {id: $eventId})<-[:IN_EVENT]-(n:Entry) RETURN n
}
MATCH (n)-[:IN_EVENT]->(e:Event)
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
         // The record books' pole, as profile-entries.cypher marks it.
         count(CASE WHEN qualifying AND (r.pole OR (r.position = 1
                 AND NOT EXISTS { (x)<-[:IN_SESSION]-(:Result {pole: true}) })) THEN r END) AS overallPoles,
         count(CASE WHEN qualifying AND r.classPosition = 1 THEN r END) AS classPoles,
         collect(r.sources) AS resultSources
}
WITH e, n, c, t, car, seriesHasClasses, raceResults, overallWins, classWins, overallPoles, classPoles,
     [n.sources] + COLLECT { MATCH (:Driver)-[drove:DROVE]->(n) RETURN drove.sources } + resultSources AS lineSources
WITH count(DISTINCT e) AS events,
       sum(raceResults) AS raceResults, sum(overallWins) AS overallWins, sum(classWins) AS classWins,
       sum(overallPoles) AS overallPoles, sum(classPoles) AS classPoles,
       count(CASE WHEN t IS NULL THEN n END) > 0 AS teamUnknown,
       count(CASE WHEN car IS NULL THEN n END) > 0 AS carUnknown,
       // Formula 1 has no classes: only a car without one in a series that has them leaves its class unknown.
       count(CASE WHEN c IS NULL AND seriesHasClasses THEN n END) > 0 AS classUnknown,
       count(c) > 0 AS anyClass,
       count(CASE WHEN seriesHasClasses THEN n END) > 0 AS inClassedSeries,
       // profile-entries.cypher's crewComplete: absent is not complete.
       count(CASE WHEN NOT coalesce(n.crewComplete, false) THEN n END) > 0 AS crewIncomplete,
       collect(lineSources) AS lineSources
RETURN events, raceResults, overallWins, classWins, overallPoles, classPoles,
       teamUnknown, carUnknown, classUnknown, anyClass, inClassedSeries, crewIncomplete,
       COLLECT { UNWIND lineSources AS lists UNWIND lists AS list UNWIND list AS source RETURN DISTINCT source } AS sources;
