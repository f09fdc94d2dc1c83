// Lap records per circuit, as the sources report them (LapRecord nodes): circuit records (CIRCUIT_RECORD) and
// drivers' personal bests (PERSONAL_BEST), with who set them, in which session, and by how much they beat the old
// mark. The value is the lap time in seconds, empty when no source states it. Basis REPORTED_LAP_RECORD.
// Rows are grouped by circuit and kind (rankedWithin): the fastest known lap of a group ranks first, then the most
// recent. $limit caps the rows (default 20). Filters: null filters nothing; $classId is the class of the car.
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param eventId => null
// :param limit => 20
MATCH (d:Driver)-[:SET]->(l:LapRecord)-[:AT]->(circuit:Circuit)
MATCH (l)-[:IN_SESSION]->(x:Session)<-[:HAS_SESSION]-(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
OPTIONAL MATCH (l)-[:WITH_ENTRY]->(n:Entry)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
OPTIONAL MATCH (n)-[:WITH_CAR]->(car:CarModel)
WITH d, l, circuit, x, e, s, series, c, car
WHERE ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
  AND ($classId IS NULL OR c.id = $classId)
WITH d, l, circuit, x, e, s, c, car,
     circuit.name + CASE l.kind WHEN 'CIRCUIT_RECORD' THEN ' circuit record' ELSE ' personal best' END AS kindAtCircuit
RETURN 'driver' AS holderKind, d.id AS holderId, d.name AS holder,
       l.lapTimeSeconds AS value, 'seconds' AS unit,
       [kindAtCircuit,
        toLower(x.type) + ', ' + e.name + ' ' + s.year]
         + CASE WHEN car IS NULL AND c IS NULL THEN []
                ELSE [coalesce(car.name, 'car unknown') + coalesce(' (' + c.name + ')', '')] END
         + CASE WHEN l.lapTimeSeconds IS NULL THEN ['lap time not stated'] ELSE [] END
         + CASE WHEN l.improvementSeconds IS NULL THEN []
                ELSE [l.improvementSeconds + ' s faster than the '
                      + CASE l.kind WHEN 'CIRCUIT_RECORD' THEN 'previous record' ELSE 'previous best' END] END AS detail,
       'REPORTED_LAP_RECORD' AS basis,
       kindAtCircuit AS rankedWithin,
       l.sources AS sources
ORDER BY circuit.name, l.kind, value, s.year DESC, e.round DESC, holder
LIMIT coalesce($limit, 20);
