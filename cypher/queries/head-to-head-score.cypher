// Head-to-head scores: the rows head-to-head.cypher returns (the same pairs, found the same way), with only what the
// scores are made of (who was ahead overall and in class, in the race and in qualifying, and the wins), for
// PaddockQueries.headToHeadScore: no names, reasons, margins or order, which only the event-by-event table shows. The
// facade reduces them by the same rule (AheadRule) and gives the same scores as head-to-head.cypher. Sources are each
// row's two results' sources.
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
  // The series that have classes, once (Formula 1 has none).
  OPTIONAL MATCH (class:Class)-[:OF_SERIES]->(classed:Series) WHERE class.id IS NOT NULL
  RETURN collect(DISTINCT classed.id) AS classedSeries
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
MATCH (ra:Result)-[:OF_ENTRY]->(ea), (ra)-[:IN_SESSION]->(x:Session)
MATCH (rb:Result)-[:OF_ENTRY]->(eb), (rb)-[:IN_SESSION]->(x)
OPTIONAL MATCH (ea)-[:IN_CLASS]->(ca:Class)
OPTIONAL MATCH (eb)-[:IN_CLASS]->(cb:Class)
WITH e, x, ea, eb, ra, rb, ca, cb, classedSeries
WHERE $classId IS NULL OR (ca.id = $classId AND cb.id = $classId)
RETURN e.id AS event, x.type AS session, ea.id AS entryA, eb.id AS entryB,
       ca.name AS classA, ca = cb AS sameClass,
       ra.position AS positionA, rb.position AS positionB,
       ra.classPosition AS classPositionA, rb.classPosition AS classPositionB,
       ra.status AS statusA, rb.status AS statusB, ra.laps AS lapsA, rb.laps AS lapsB,
       e.seriesId IN classedSeries AS seriesHasClasses,
       ra.sources + rb.sources AS sources;
