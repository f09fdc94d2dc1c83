// Co-drivers of a driver: everyone who shared a car (an Entry) with them, with the events they shared.
// A car that was entered but never raced (Entry.started = false, e.g. a Le Mans non-arrival) shared nothing.
// Filters are optional: a null parameter filters nothing.
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
MATCH (d:Driver {id: $driverId})-[:DROVE]->(n:Entry)<-[drove:DROVE]-(co:Driver)
WHERE coalesce(n.started, true)
MATCH (n)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
OPTIONAL MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
WITH co, n, e, s, series, c, t, drove, classedSeries
WHERE ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
  AND ($classId IS NULL OR c.id = $classId)
WITH co, n, e, s, series, c, t, drove, classedSeries
ORDER BY s.year, e.round, e.id
WITH co, count(DISTINCT e) AS events,
     collect({event: e.id, eventName: e.name, season: s.year, team: t.name, car: n.number, class: c.name,
             series: series.id, seriesName: series.name,
             // Formula 1 has no classes: a car without one is then not a class the sources leave unknown.
             seriesHasClasses: series.id IN classedSeries}) AS shared,
     collect(drove.sources) AS sourceLists
RETURN co.id AS id, co.name AS name, events, shared,
       COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY events DESC, name;
