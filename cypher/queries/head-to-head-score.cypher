// Head-to-head scores: for PaddockQueries.headToHeadScore and `h2h --score`. The same sessions head-to-head.cypher
// compares (its pairs of cars, found the same way), one row per session with each side's cars instead of one row per
// pair: the facade takes each side's best car by the same rule (AheadRule), overall and in each class both sides had
// a car in, and gives the same scores as head-to-head.cypher. Two teams with two cars each meet in about four pairs
// per session, so a row per pair read every result four times (ADR 0049).
// carsA and carsB hold one list per car: [class id, position, class position, status, laps]. sources holds each
// car's sources. No names, reasons, margins or order: only the event-by-event table shows them.
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
// Each side's cars of an event that passed the filters, once (the branches above never put a car on both sides).
WITH e, collect(DISTINCT ea) AS entriesA, collect(DISTINCT eb) AS entriesB, classedSeries
CALL (entriesA, entriesB) {
  UNWIND entriesA + entriesB AS entry
  OPTIONAL MATCH (entry)-[:IN_CLASS]->(class:Class)
  WITH entry, class WHERE $classId IS NULL OR class.id = $classId
  MATCH (r:Result)-[:OF_ENTRY]->(entry), (r)-[:IN_SESSION]->(x:Session)
  WITH x, entry IN entriesA AS sideA, [class.id, r.position, r.classPosition, r.status, r.laps] AS car,
       r.sources AS sources
  WITH x, collect(CASE WHEN sideA THEN car END) AS carsA, collect(CASE WHEN NOT sideA THEN car END) AS carsB,
       collect(sources) AS sources
  WHERE size(carsA) > 0 AND size(carsB) > 0
  RETURN x.type AS session, carsA, carsB, sources
}
RETURN e.id AS event, session, e.seriesId IN classedSeries AS seriesHasClasses, carsA, carsB, sources;
