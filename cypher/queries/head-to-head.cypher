// Head-to-head: every session where two drivers, teams or manufacturers both have a result, one row per pair
// of their cars in that session: positions overall and (in one class) in class, each car's status with the
// source's reason ("Engine") and laps, and the margin where the sources give one. Who was ahead is decided from
// these by one written rule (AheadRule in the Java facade: the better position; else classified before retired
// or not classified before disqualified; of two retirements, more laps). Two drivers sharing a car are not rivals
// in that event. seriesHasClasses is false for a series without classes (Formula 1).
// $kind is 'driver', 'team' or 'manufacturer'; $a and $b are ids.
// :param kind => 'driver'
// :param a => 'rinaldo-capello'
// :param b => 'romain-dumas'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
CALL () {
  MATCH (:Driver {id: $a})-[:DROVE]->(n:Entry) WHERE $kind = 'driver' RETURN n
  UNION
  MATCH (:Team {id: $a})<-[:OF_TEAM]-(:Squad)<-[:FOR_SQUAD]-(n:Entry) WHERE $kind = 'team' RETURN n
  UNION
  // A manufacturer's cars: those credited to it (seed/marque-credits.json), and those it built that are credited to none (ADR 0027).
  MATCH (m:Manufacturer {id: $a})<-[:BUILT_BY|CREDITED_TO]-(car:CarModel)<-[:WITH_CAR]-(n:Entry) WHERE $kind = 'manufacturer'
    AND (EXISTS { (car)-[:CREDITED_TO]->(m) } OR NOT EXISTS { (car)-[:CREDITED_TO]->(:Manufacturer) }) RETURN n
}
WITH collect(n) AS entriesA
CALL () {
  MATCH (:Driver {id: $b})-[:DROVE]->(n:Entry) WHERE $kind = 'driver' RETURN n
  UNION
  MATCH (:Team {id: $b})<-[:OF_TEAM]-(:Squad)<-[:FOR_SQUAD]-(n:Entry) WHERE $kind = 'team' RETURN n
  UNION
  MATCH (m:Manufacturer {id: $b})<-[:BUILT_BY|CREDITED_TO]-(car:CarModel)<-[:WITH_CAR]-(n:Entry) WHERE $kind = 'manufacturer'
    AND (EXISTS { (car)-[:CREDITED_TO]->(m) } OR NOT EXISTS { (car)-[:CREDITED_TO]->(:Manufacturer) }) RETURN n
}
WITH entriesA, collect(n) AS entriesB
// The series that have classes, once (Formula 1 has none): asked per row, the question expanded every season of
// the series for each of the 7,727 rows of Ferrari against McLaren.
CALL () {
  // From the index on Class ids (126 classes), as every other anchor here, not a label scan.
  OPTIONAL MATCH (class:Class)-[:OF_SERIES]->(classed:Series) WHERE class.id IS NOT NULL
  RETURN collect(DISTINCT classed.id) AS classedSeries
}
UNWIND entriesA AS ea
MATCH (ea)-[:IN_EVENT]->(e:Event)<-[:IN_EVENT]-(eb:Entry)
WHERE eb IN entriesB AND NOT eb IN entriesA
MATCH (e)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
WHERE ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
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
