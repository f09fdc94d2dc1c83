// Team-mates counted, in one statement: a driver's co-drivers (who shared a car, and in how many events), team-mates
// (same team, same event, another car) and the events where a crew involved is not fully named, each as one list.
// For PaddockQueries.teammateCounts and `teammates --counts`. The three parts match and count what co-drivers.cypher,
// team-mates.cypher and unknown-crews.cypher match (the same people, counts, sources and order; TeammatesIT and
// FullDataIT hold them equal), without the events behind each count. One statement instead of three saves two
// round trips, about a sixth of the call (ADR 0047). Filters read the event's year and series keys (ADR 0041).
// :param driverId => 'timo-bernhard'
// :param season => 2007
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param eventId => null
// :param classId => null
// Co-drivers, most shared events first (co-drivers.cypher).
CALL () {
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
  WITH co, events, sourceLists ORDER BY events DESC, co.name
  RETURN collect({id: co.id, name: co.name, events: events,
                  sources: COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source }}) AS coDrivers
}
// Team-mates, most shared events first (team-mates.cypher).
CALL () {
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
  WITH mate, events, sourceLists ORDER BY events DESC, mate.name
  RETURN collect({id: mate.id, name: mate.name, events: events,
                  sources: COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source }}) AS teamMates
}
// Events with a crew not fully named, oldest first (unknown-crews.cypher): there, "none listed" means unknown.
CALL () {
  MATCH (d:Driver {id: $driverId})-[:DROVE]->(n:Entry)-[:IN_EVENT]->(e:Event)
  WHERE ($season IS NULL OR e.year = $season)
    AND ($seriesId IS NULL OR e.seriesId = $seriesId)
    AND ($eventId IS NULL OR e.id = $eventId)
  OPTIONAL MATCH (n)-[:FOR_SQUAD]->(:Squad)<-[:FOR_SQUAD]-(other:Entry)
  WITH e, n, collect(other) AS others
  WHERE NOT n.crewComplete OR any(o IN others WHERE NOT o.crewComplete)
  WITH DISTINCT e ORDER BY e.year, e.round, e.id
  RETURN collect({id: e.id, name: e.name, season: e.year, round: e.round, date: e.date}) AS unknownCrews
}
RETURN coDrivers, teamMates, unknownCrews;
