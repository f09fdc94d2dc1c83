// A driver's career across series: one row per series and season with events entered, starts (race results),
// wins, podiums, poles (the starting grid's position 1 where a source knows the grid, else qualifying position 1; see
// records-poles.cypher), class poles, class wins, best finishes, and the teams, cars and classes.
// Counted from the results in the graph: where the sources report only some sessions these are lower bounds.
// :param driverId => 'timo-bernhard'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param eventId => null
MATCH (d:Driver {id: $driverId})-[drove:DROVE]->(n:Entry)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)
      -[:OF_SERIES]->(series:Series)
WHERE ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
WITH series, s, e, n, drove, c
WHERE $classId IS NULL OR c.id = $classId
OPTIONAL MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
OPTIONAL MATCH (n)-[:WITH_CAR]->(car:CarModel)
// One row per result of the entry (or one without), so the counts below count results, not entries.
OPTIONAL MATCH (r:Result)-[:OF_ENTRY]->(n), (r)-[:IN_SESSION]->(x:Session)
WITH series, s, e, n, drove, c, t, car, r, x,
     r IS NOT NULL AND x.type = 'RACE' AS race,
     r IS NOT NULL AND x.type = 'QUALIFYING' AS qualifying,
     EXISTS { (e)-[:HAS_SESSION]->(:Session)<-[:IN_SESSION]-(:Result {pole: true}) } AS gridKnown
ORDER BY e.round, e.id
WITH series, s,
     count(DISTINCT e) AS events,
     count(DISTINCT CASE WHEN race THEN r END) AS starts,
     count(DISTINCT CASE WHEN race AND r.position = 1 THEN r END) AS wins,
     count(DISTINCT CASE WHEN race AND r.position <= 3 THEN r END) AS podiums,
     count(DISTINCT CASE WHEN r.pole OR (qualifying AND r.position = 1 AND NOT gridKnown) THEN r END) AS poles,
     count(DISTINCT CASE WHEN qualifying AND r.classPosition = 1 THEN r END) AS classPoles,
     count(DISTINCT CASE WHEN race AND r.classPosition = 1 THEN r END) AS classWins,
     min(CASE WHEN race THEN r.position END) AS bestFinish,
     min(CASE WHEN race THEN r.classPosition END) AS bestClassFinish,
     collect(DISTINCT t.name) AS teams, collect(DISTINCT car.name) AS cars, collect(DISTINCT c.name) AS classes,
     collect(drove.sources) + collect(r.sources) AS sourceLists
RETURN series.id AS series, series.name AS seriesName, s.year AS season, events, starts, wins, podiums, poles,
       classPoles, classWins, bestFinish, bestClassFinish, teams, cars, classes,
       COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY season, seriesName;
