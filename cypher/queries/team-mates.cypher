// Team-mates of a driver: drivers of the same team at the same event, in another car.
// A co-driver (same car) is not a team-mate here; see co-drivers.cypher. Cars entered but never raced
// (Entry.started = false) do not count.
// :param driverId => 'timo-bernhard'
// :param season => 2007
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param eventId => null
// :param classId => null
// The series that have classes, once: asked per row, the question expanded every season of the series (76 for
// Formula 1, which has no classes) for each row.
CALL () {
  // From the index on Series ids, each series asked for one class of its own: a few series, not every class
  // (126 in the full graph) and its series.
  MATCH (classed:Series) WHERE classed.id IS NOT NULL
    AND EXISTS { (classed)<-[:OF_SERIES]-(class:Class) WHERE class.id IS NOT NULL }
  RETURN collect(classed.id) AS classedSeries
}
MATCH (d:Driver {id: $driverId})-[:DROVE]->(mine:Entry)-[:FOR_SQUAD]->(squad:Squad)<-[:FOR_SQUAD]-(other:Entry)<-[drove:DROVE]-(mate:Driver)
WHERE other <> mine AND mate <> d AND NOT (mate)-[:DROVE]->(mine)
  AND coalesce(mine.started, true) AND coalesce(other.started, true)
MATCH (squad)-[:OF_TEAM]->(t:Team)
MATCH (mine)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
OPTIONAL MATCH (other)-[:IN_CLASS]->(c:Class)
WITH mate, t, other, e, s, series, c, drove, classedSeries
WHERE ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
  AND ($classId IS NULL OR c.id = $classId)
WITH mate, t, other, e, s, series, c, drove, classedSeries
ORDER BY s.year, e.round, e.id
WITH mate, count(DISTINCT e) AS events,
     collect({event: e.id, eventName: e.name, season: s.year, team: t.name, car: other.number, class: c.name,
             series: series.id, seriesName: series.name,
             // Formula 1 has no classes: a car without one is then not a class the sources leave unknown.
             seriesHasClasses: series.id IN classedSeries}) AS shared,
     collect(drove.sources) + collect(other.sources) AS sourceLists
RETURN mate.id AS id, mate.name AS name, events, shared,
       COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY events DESC, name;
