// Rivals of a driver: the drivers they met most often in the same class (another car, same event), with the
// class head-to-head in the races where both have a class position. Ranked by meetings, then wins against.
// :param driverId => 'timo-bernhard'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param limit => 10
MATCH (d:Driver {id: $driverId})-[:DROVE]->(mine:Entry)-[:IN_CLASS]->(c:Class),
      (mine)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
WHERE ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($classId IS NULL OR c.id = $classId)
MATCH (theirs:Entry)-[:IN_EVENT]->(e), (theirs)-[:IN_CLASS]->(c), (rival:Driver)-[:DROVE]->(theirs)
WHERE theirs <> mine AND rival <> d AND NOT (rival)-[:DROVE]->(mine)
OPTIONAL MATCH (rm:Result)-[:OF_ENTRY]->(mine), (rm)-[:IN_SESSION]->(x:Session {type: 'RACE'}),
               (rt:Result)-[:OF_ENTRY]->(theirs), (rt)-[:IN_SESSION]->(x)
WITH rival, e, c, series, s,
     CASE WHEN rm.classPosition < rt.classPosition THEN 1 ELSE 0 END AS won,
     CASE WHEN rm.classPosition > rt.classPosition THEN 1 ELSE 0 END AS lost,
     coalesce(rm.sources, []) + coalesce(rt.sources, []) + theirs.sources AS rowSources
ORDER BY s.year, e.round, e.id
WITH rival, count(DISTINCT e) AS meetings, sum(won) AS ahead, sum(lost) AS behind,
     collect(DISTINCT c.name) AS classes, collect(DISTINCT {id: series.id, name: series.name}) AS series,
     collect(rowSources) AS sourceLists
RETURN rival.id AS id, rival.name AS name, meetings, ahead, behind, classes, series,
       COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY meetings DESC, ahead DESC, behind, name
LIMIT coalesce($limit, 10);
