// Head-to-head: every session where two drivers, teams or manufacturers both have a result, one row per pair
// of their cars in that session: positions overall and (in one class) in class, each car's status with the
// source's reason ("Engine") and laps, and the margin where the sources give one. Who was ahead is decided from
// these by one written rule (AheadRule in the Java facade: the better position; else classified before retired
// or not classified before disqualified; of two retirements, more laps). Two drivers sharing a car are not rivals
// in that event. seriesHasClasses is false for a series without classes (Formula 1).
// $kind is 'driver', 'team' or 'manufacturer'; $a and $b are ids.
// The pairs of cars come from one branch per kind: drivers and teams are matched from both ids and meet on the event
// (the planner joins the two sides, instead of checking every entry of every event against a list); manufacturers,
// whose cars follow the marque credit rule (ADR 0027), keep the lists. head-to-head-score.cypher finds the same pairs;
// head-to-head-sessions.cypher, which the facade reads, gives the same pairs as one row per session (ADR 0049).
// :param kind => 'driver'
// :param a => 'rinaldo-capello'
// :param b => 'romain-dumas'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
CALL () {
  // The series that have classes, once (Formula 1 has none): each series asked for one class of its own, not every
  // class (126 in the full graph) read.
  MATCH (classed:Series) WHERE classed.id IS NOT NULL
    AND EXISTS { (classed)<-[:OF_SERIES]-(class:Class) WHERE class.id IS NOT NULL }
  RETURN collect(classed.id) AS classedSeries
}
CALL () {
  MATCH (a:Driver {id: $a})-[:DROVE]->(ea:Entry)-[:IN_EVENT]->(e:Event)<-[:IN_EVENT]-(eb:Entry)<-[:DROVE]-(:Driver {id: $b})
  WHERE $kind = 'driver' AND NOT (a)-[:DROVE]->(eb)
  RETURN ea, eb, e
  UNION
  MATCH (:Team {id: $a})<-[:OF_TEAM]-(:Squad)<-[:FOR_SQUAD]-(ea:Entry)-[:IN_EVENT]->(e:Event)<-[:IN_EVENT]-(eb:Entry)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(:Team {id: $b})
  WHERE $kind = 'team' AND NOT EXISTS { (eb)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(:Team {id: $a}) }
  RETURN ea, eb, e
  UNION
  CALL () {
    MATCH (m:Manufacturer {id: $a})<-[:BUILT_BY|CREDITED_TO]-(car:CarModel)<-[:WITH_CAR]-(n:Entry) WHERE $kind = 'manufacturer'
      AND (EXISTS { (car)-[:CREDITED_TO]->(m) } OR NOT EXISTS { (car)-[:CREDITED_TO]->(:Manufacturer) }) RETURN n
  }
  WITH collect(n) AS entriesA
  CALL () {
    MATCH (m:Manufacturer {id: $b})<-[:BUILT_BY|CREDITED_TO]-(car:CarModel)<-[:WITH_CAR]-(n:Entry) WHERE $kind = 'manufacturer'
      AND (EXISTS { (car)-[:CREDITED_TO]->(m) } OR NOT EXISTS { (car)-[:CREDITED_TO]->(:Manufacturer) }) RETURN n
  }
  WITH entriesA, collect(n) AS entriesB
  UNWIND entriesA AS ea
  MATCH (ea)-[:IN_EVENT]->(e:Event)<-[:IN_EVENT]-(eb:Entry)
  WHERE eb IN entriesB AND NOT eb IN entriesA
  RETURN ea, eb, e
}
WITH ea, eb, e, classedSeries
WHERE ($season IS NULL OR e.year = $season)
  AND ($fromYear IS NULL OR e.year >= $fromYear)
  AND ($toYear IS NULL OR e.year <= $toYear)
  AND ($seriesId IS NULL OR e.seriesId = $seriesId)
// The season and series nodes for the names, once per event that passed the filters.
MATCH (e)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
MATCH (ra:Result)-[:OF_ENTRY]->(ea), (ra)-[:IN_SESSION]->(x:Session)
MATCH (rb:Result)-[:OF_ENTRY]->(eb), (rb)-[:IN_SESSION]->(x)
OPTIONAL MATCH (ea)-[:IN_CLASS]->(ca:Class)
OPTIONAL MATCH (eb)-[:IN_CLASS]->(cb:Class)
WITH e, s, series, x, ea, eb, ra, rb, ca, cb, classedSeries
WHERE $classId IS NULL OR (ca.id = $classId AND cb.id = $classId)
RETURN e.id AS event, e.name AS eventName, s.year AS season, e.round AS round, x.type AS session,
       series.id AS series, series.name AS seriesName,
       ea.id AS entryA, eb.id AS entryB, ea.number AS carA, eb.number AS carB,
       ca.name AS classA, cb.name AS classB, ca = cb AS sameClass,
       ra.position AS positionA, rb.position AS positionB,
       ra.classPosition AS classPositionA, rb.classPosition AS classPositionB,
       ra.status AS statusA, rb.status AS statusB, ra.reason AS reasonA, rb.reason AS reasonB,
       ra.laps AS lapsA, rb.laps AS lapsB,
       series.id IN classedSeries AS seriesHasClasses,
       CASE WHEN EXISTS { (rb)-[:GAP_TO]->(ea) } THEN rb.gapSeconds
            WHEN EXISTS { (ra)-[:GAP_TO]->(eb) } THEN ra.gapSeconds END AS marginSeconds,
       COLLECT { UNWIND ra.sources + rb.sources AS source RETURN DISTINCT source } AS sources
ORDER BY season, round, event, session DESC, entryA, entryB;
