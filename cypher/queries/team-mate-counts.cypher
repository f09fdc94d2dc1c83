// Team-mates of a driver, counted: drivers of the same team at the same event in another car, and in how many events,
// without the events themselves (team-mates.cypher lists them). The same people, counts, sources and order as
// team-mates.cypher; for PaddockQueries.teammateCounts. Filters read the event's year and series keys (ADR 0041).
// :param driverId => 'timo-bernhard'
// :param season => 2007
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param eventId => null
// :param classId => null
MATCH (d:Driver {id: $driverId})-[:DROVE]->(mine:Entry)-[:FOR_SQUAD]->(squad:Squad)<-[:FOR_SQUAD]-(other:Entry)<-[drove:DROVE]-(mate:Driver)
WHERE other <> mine AND mate <> d AND NOT (mate)-[:DROVE]->(mine)
  AND coalesce(mine.started, true) AND coalesce(other.started, true)
  AND EXISTS { (squad)-[:OF_TEAM]->(:Team) }
MATCH (mine)-[:IN_EVENT]->(e:Event)
WHERE ($season IS NULL OR e.year = $season)
  AND ($fromYear IS NULL OR e.year >= $fromYear)
  AND ($toYear IS NULL OR e.year <= $toYear)
  AND ($seriesId IS NULL OR e.seriesId = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
OPTIONAL MATCH (other)-[:IN_CLASS]->(c:Class)
WITH mate, e, c, drove, other
WHERE $classId IS NULL OR c.id = $classId
WITH mate, count(DISTINCT e) AS events, collect(drove.sources) + collect(other.sources) AS sourceLists
RETURN mate.id AS id, mate.name AS name, events,
       COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY events DESC, name;
