// Co-drivers of a driver, counted: who shared a car with them and in how many events, without the events themselves
// (co-drivers.cypher lists them). The same people, counts, sources and order as co-drivers.cypher; for
// PaddockQueries.teammateCounts. Filters read the event's year and series keys (ADR 0041).
// :param driverId => 'timo-bernhard'
// :param season => 2007
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param eventId => null
// :param classId => null
MATCH (d:Driver {id: $driverId})-[:DROVE]->(n:Entry)<-[drove:DROVE]-(co:Driver)
WHERE coalesce(n.started, true)
MATCH (n)-[:IN_EVENT]->(e:Event)
WHERE ($season IS NULL OR e.year = $season)
  AND ($fromYear IS NULL OR e.year >= $fromYear)
  AND ($toYear IS NULL OR e.year <= $toYear)
  AND ($seriesId IS NULL OR e.seriesId = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
WITH co, e, c, drove
WHERE $classId IS NULL OR c.id = $classId
WITH co, count(DISTINCT e) AS events, collect(drove.sources) AS sourceLists
RETURN co.id AS id, co.name AS name, events,
       COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY events DESC, name;
