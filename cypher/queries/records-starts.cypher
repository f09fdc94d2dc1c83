// Most starts per driver, team, manufacturer (the credited marque), chassis maker, car model,
// entrant, engine or tyre maker ($holder: 'driver', 'team', 'manufacturer', 'chassis-maker', 'car', 'entrant',
// 'engine-maker', 'tyre-maker'):
// the number of distinct events where the holder has an entry with a race result (a start). Entries without a
// race result (e.g. a preview's announced entries) are not starts; a result marked DID_NOT_START is not either.
// A team or manufacturer with two cars at an event has one start there.
// Counted from the Result nodes the graph holds (basis COUNTED_FROM_RESULTS): an event no source reports is missing.
// Ties share a value and are ordered by name; $limit caps the rows (default 20). Filters: null filters nothing.
// :param holder => 'driver'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param eventId => null
// :param limit => 20
MATCH (r:Result)-[:IN_SESSION]->(:Session {type: 'RACE'}),
      (r)-[:OF_ENTRY]->(n:Entry)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
WHERE r.status <> 'DID_NOT_START'
  AND ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
WITH n, e, s, c
WHERE $classId IS NULL OR c.id = $classId
// The holder of the entry; linkSources say where the sources tie the holder to that entry.
CALL (n) {
  MATCH (h:Driver)-[drove:DROVE]->(n) WHERE $holder = 'driver'
  RETURN h, drove.sources AS linkSources
  UNION
  MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(h:Team) WHERE $holder = 'team'
  RETURN h, n.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(h:CarModel) WHERE $holder = 'car'
  RETURN h, n.sources AS linkSources
  UNION
  // 'manufacturer': the marque the record books credit (CREDITED_TO, from seed/marque-credits.json, whose sources join
  // the row's), else the chassis maker; 'chassis-maker': always the chassis maker (ADR 0027).
  MATCH (n)-[:WITH_CAR]->(:CarModel)-[credit:CREDITED_TO]->(h:Manufacturer) WHERE $holder = 'manufacturer'
  RETURN h, n.sources + credit.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(car:CarModel)-[:BUILT_BY]->(h:Manufacturer) WHERE $holder = 'manufacturer'
    AND NOT EXISTS { (car)-[:CREDITED_TO]->(:Manufacturer) }
  RETURN h, n.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(:CarModel)-[:BUILT_BY]->(h:Manufacturer) WHERE $holder = 'chassis-maker'
  RETURN h, n.sources AS linkSources
  UNION
  MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:ENTERED_BY]->(h:Entrant) WHERE $holder = 'entrant'
  RETURN h, n.sources AS linkSources
  UNION
  MATCH (n)-[:ENGINE_BY]->(h:Manufacturer) WHERE $holder = 'engine-maker'
  RETURN h, n.sources AS linkSources
  UNION
  MATCH (n)-[:TYRES_BY]->(h:Manufacturer) WHERE $holder = 'tyre-maker'
  RETURN h, n.sources AS linkSources
}
WITH h, count(DISTINCT e) AS starts, min(s.year) AS firstYear, max(s.year) AS lastYear,
     collect(linkSources) AS sourceLists
RETURN $holder AS holderKind, h.id AS holderId, h.name AS holder,
       starts AS value, 'starts' AS unit,
       [CASE WHEN firstYear = lastYear THEN 'in ' + firstYear ELSE 'from ' + firstYear + ' to ' + lastYear END]
         AS detail,
       'COUNTED_FROM_RESULTS' AS basis,
       COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY value DESC, holder
LIMIT coalesce($limit, 20);
