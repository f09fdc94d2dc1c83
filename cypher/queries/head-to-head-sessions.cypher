// Head-to-head by session, for PaddockQueries.headToHead and `paddock h2h`: the sessions and pairs of cars of
// head-to-head.cypher (found the same way), one row per session with each side's cars in it (carsA, carsB) instead of
// one row per pair: each car's entry and number, class, positions overall and in class, status with the source's
// reason ("Engine") and laps, the entries it was timed against (gapTo) and that gap, and its sources. Two-car teams
// meet in about four pairs a session, so a row per pair read each result about four times (ADR 0049).
// Who was ahead is decided from these by one written rule (AheadRule in the Java facade: each side's best car; the
// better position; else classified before retired or not classified before disqualified; of two retirements, more
// laps), overall and in each class both sides had a car in. The margin of a pair is B's gap where B was timed against
// A, else A's where A was timed against B. head-to-head.cypher is the same as a table of pairs, for Browser and
// notebooks.
// $kind is 'driver', 'team' or 'manufacturer'; $a and $b are ids.
// The pairs of cars come from one branch per kind: drivers and teams are matched from both ids and meet on the event
// (the planner joins the two sides, instead of checking every entry of every event against a list); manufacturers,
// whose cars follow the marque credit rule (ADR 0027), keep the lists. head-to-head-score.cypher finds the same
// sessions.
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
// Each side's cars of an event that passed the filters, once (the branches above never put a car on both sides);
// the season and series nodes for the names, once per event.
WITH e, collect(DISTINCT ea) AS entriesA, collect(DISTINCT eb) AS entriesB, classedSeries
MATCH (e)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
CALL (entriesA, entriesB) {
  UNWIND entriesA + entriesB AS entry
  OPTIONAL MATCH (entry)-[:IN_CLASS]->(class:Class)
  WITH entry, class WHERE $classId IS NULL OR class.id = $classId
  MATCH (r:Result)-[:OF_ENTRY]->(entry), (r)-[:IN_SESSION]->(x:Session)
  WITH x, entry IN entriesA AS sideA,
       {entry: entry.id, car: entry.number, classId: class.id, class: class.name,
        position: r.position, classPosition: r.classPosition, status: r.status, reason: r.reason, laps: r.laps,
        gapTo: [(r)-[:GAP_TO]->(ahead:Entry) | ahead.id], gapSeconds: r.gapSeconds, sources: r.sources} AS car
  WITH x, collect(CASE WHEN sideA THEN car END) AS carsA, collect(CASE WHEN NOT sideA THEN car END) AS carsB
  WHERE size(carsA) > 0 AND size(carsB) > 0
  RETURN x.type AS session, carsA, carsB
}
RETURN e.id AS event, e.name AS eventName, s.year AS season, e.round AS round, session,
       series.id AS series, series.name AS seriesName, series.id IN classedSeries AS seriesHasClasses, carsA, carsB
ORDER BY season, round, event, session DESC;
