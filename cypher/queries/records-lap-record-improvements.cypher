// Biggest lap-record improvements: by how many seconds a new circuit record (CIRCUIT_RECORD) or a driver's new
// personal best (PERSONAL_BEST) beat the previous mark, as the sources report it (LapRecord.improvementSeconds).
// Records without a stated improvement are left out. Basis REPORTED_LAP_RECORD.
// $limit caps the rows (default 20). Filters: null filters nothing; $classId is the class of the car.
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param eventId => null
// :param limit => 20
MATCH (d:Driver)-[:SET]->(l:LapRecord)-[:AT]->(circuit:Circuit)
WHERE l.improvementSeconds IS NOT NULL
MATCH (l)-[:IN_SESSION]->(x:Session)<-[:HAS_SESSION]-(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
OPTIONAL MATCH (l)-[:WITH_ENTRY]->(n:Entry)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
WITH d, l, circuit, x, e, s, series, c
WHERE ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
  AND ($classId IS NULL OR c.id = $classId)
RETURN 'driver' AS holderKind, d.id AS holderId, d.name AS holder,
       l.improvementSeconds AS value, 'seconds' AS unit,
       [circuit.name + CASE l.kind WHEN 'CIRCUIT_RECORD' THEN ' circuit record' ELSE ' personal best' END,
        toLower(x.type) + ', ' + e.name + ' ' + s.year]
         + CASE WHEN c IS NULL THEN [] ELSE [c.name] END AS detail,
       'REPORTED_LAP_RECORD' AS basis,
       l.sources AS sources
ORDER BY value DESC, s.year, holder
LIMIT coalesce($limit, 20);
