// Rivals of a driver in the fight for overall positions, whatever the class: the drivers of other cars in the same
// races where both cars have a known overall position, with the overall head-to-head. In the ALMS seasons the LMP2
// Porsches fought the LMP1 Audis for overall wins, so these rivals cross classes; rivals.cypher stays in class.
// Ranked by races met, then times ahead. $classId narrows the asked-about driver's own class.
// :param driverId => 'timo-bernhard'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param limit => 10
MATCH (d:Driver {id: $driverId})-[:DROVE]->(mine:Entry)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
WHERE ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($classId IS NULL OR EXISTS { (mine)-[:IN_CLASS]->(:Class {id: $classId}) })
MATCH (rm:Result)-[:OF_ENTRY]->(mine), (rm)-[:IN_SESSION]->(race:Session {type: 'RACE'})
WHERE rm.position IS NOT NULL
MATCH (rt:Result)-[:IN_SESSION]->(race), (rt)-[:OF_ENTRY]->(theirs:Entry), (rival:Driver)-[:DROVE]->(theirs)
WHERE theirs <> mine AND rt.position IS NOT NULL AND rival <> d AND NOT (rival)-[:DROVE]->(mine)
OPTIONAL MATCH (theirs)-[:IN_CLASS]->(c:Class)
WITH rival, e, c, series, s,
     CASE WHEN rm.position < rt.position THEN 1 ELSE 0 END AS won,
     CASE WHEN rm.position > rt.position THEN 1 ELSE 0 END AS lost,
     rm.sources + rt.sources + theirs.sources AS rowSources
ORDER BY s.year, e.round, e.id
WITH rival, count(DISTINCT e) AS meetings, sum(won) AS ahead, sum(lost) AS behind,
     collect(DISTINCT c.name) AS classes, collect(DISTINCT {id: series.id, name: series.name}) AS series,
     collect(rowSources) AS sourceLists
RETURN rival.id AS id, rival.name AS name, meetings, ahead, behind, classes, series,
       COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY meetings DESC, ahead DESC, behind, name
LIMIT coalesce($limit, 10);
