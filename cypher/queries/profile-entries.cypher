// Entry lines of a profile: every car entered at an event (number, class, team, car model, the crew the sources
// name and whether that crew is complete) with its qualifying and race results, for one driver, team, car model
// or event. Give one anchor id and leave the others null (an id of null matches nothing).
// Unknown stays unknown: a number, class, team or car the sources do not give is null, and crewComplete = false
// means more people drove the car than are named (possibly nobody is named).
// :param driverId => 'sascha-maassen'
// :param teamId => null
// :param carId => null
// :param eventId => null
// The series that have classes, once: asked per row, the question expanded every season of the series (76 for
// Formula 1, which has no classes) for each entry.
CALL () {
  // From the index on Series ids, each series asked for one class of its own: a few series, not every class
  // (126 in the full graph) and its series.
  MATCH (classed:Series) WHERE classed.id IS NOT NULL
    AND EXISTS { (classed)<-[:OF_SERIES]-(class:Class) WHERE class.id IS NOT NULL }
  RETURN collect(classed.id) AS classedSeries
}
CALL () {
  MATCH (:Driver {id: $driverId})-[:DROVE]->(n:Entry) RETURN n
  UNION
  MATCH (:Team {id: $teamId})<-[:OF_TEAM]-(:Squad)<-[:FOR_SQUAD]-(n:Entry) RETURN n
  UNION
  MATCH (:CarModel {id: $carId})<-[:WITH_CAR]-(n:Entry) RETURN n
  UNION
  MATCH (:Event {id: $eventId})<-[:IN_EVENT]-(n:Entry) RETURN n
}
MATCH (n)-[:IN_EVENT]->(e:Event)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
OPTIONAL MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
OPTIONAL MATCH (n)-[:WITH_CAR]->(car:CarModel)
OPTIONAL MATCH (n)-[:ENGINE_BY]->(engine:Manufacturer)
WITH n, e, c, t, car, engine, coalesce(e.seriesId IN classedSeries, false) AS seriesHasClasses,
     COLLECT { MATCH (d:Driver)-[drove:DROVE]->(n)
               RETURN {id: d.id, name: d.name, sources: drove.sources} AS member ORDER BY d.name } AS crew,
     COLLECT { MATCH (r:Result)-[:OF_ENTRY]->(n), (r)-[:IN_SESSION]->(x:Session)
               OPTIONAL MATCH (r)-[:GAP_TO]->(ahead:Entry)
               RETURN {sessionId: x.id, session: x.type, entryId: n.id, position: r.position,
                       classPosition: r.classPosition, status: r.status, reason: r.reason, laps: r.laps, gapSeconds: r.gapSeconds,
                       gapTo: ahead.id, lapsLostInPits: r.lapsLostInPits,
                       // The record books' pole (records-poles.cypher): marked where the grid is known, else qualifying P1.
                       pole: CASE WHEN x.type = 'QUALIFYING' AND (r.pole OR (r.position = 1
                         AND NOT EXISTS { (x)<-[:IN_SESSION]-(:Result {pole: true}) }))
                         THEN true END, inferred: r.inferred,
                       sources: r.sources} AS result
               ORDER BY CASE x.type WHEN 'QUALIFYING' THEN 0 WHEN 'RACE' THEN 1 ELSE 2 END, x.id } AS results
RETURN n.id AS entryId,
       {id: e.id, name: e.name, season: e.year, round: e.round, date: e.date} AS event,
       n.number AS number,
       c.id AS classId, c.name AS className,
       t.id AS teamId, t.name AS teamName,
       // The car with its engine maker where the model's name does not say it ("McLaren MP4-22 Mercedes-Benz").
       car.id AS carId, car.name + CASE WHEN engine IS NULL OR car.name CONTAINS engine.name THEN '' ELSE ' ' + engine.name END AS carName,
       [member IN crew | {id: member.id, name: member.name}] AS crew,
       n.crewComplete AS crewComplete,
       // false: the sources place the crew at the event without saying which car (absent: identified).
       coalesce(n.carIdentified, true) AS carIdentified,
       // Formula 1 has no classes: a car without one is then not a class the sources leave unknown.
       seriesHasClasses,
       results,
       n.inferred AS inferred,
       COLLECT { UNWIND [n.sources] + [member IN crew | member.sources] + [r IN results | r.sources] AS list
                 UNWIND list AS source
                 RETURN DISTINCT source } AS sources
// Oldest event first; within an event by class, then by place in class: in the race, else in qualifying.
ORDER BY e.year, e.round, e.date, e.id, c.name,
         coalesce([r IN results WHERE r.session = 'RACE' | r.classPosition][0],
                  [r IN results WHERE r.session = 'QUALIFYING' | r.classPosition][0]),
         toIntegerOrNull(n.number), n.number, n.id;
