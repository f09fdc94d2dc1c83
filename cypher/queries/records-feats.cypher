// Most entries, fastest laps, grand slams or driver-of-the-day awards per driver, team, manufacturer (the credited
// marque), chassis maker, car model, entrant, engine or tyre maker ($scope: 'entries', 'fastest-laps', 'grand-slams',
// 'driver-of-the-day'; $holder as in records-wins.cypher). F1DB's definitions: an entry is a car in the race's entry
// list (non-qualifiers included;
// a practice-only car, a reserve or a non-arrival is not); a fastest lap is fastest-lap rank 1 of a race; a grand
// slam is what F1DB marks as one (pole, win, fastest lap, leading every lap); driver of the day is the fans' vote
// (since 2016). One per event: a team with two cars in a race has one entry there.
// Counted from the graph (basis COUNTED_FROM_RESULTS): a feat no source reports is missing — fastest laps, grand
// slams and driver of the day come from F1DB and Ergast only.
// Ties share a value and are ordered by name; $limit caps the rows (default 20). Filters: null filters nothing.
// :param holder => 'driver'
// :param scope => 'entries'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param eventId => null
// :param limit => 20
// One UNION branch per feat, so each reads only its own entries or results; entries of one series start from its
// events (the event_series_year index, ADR 0041), so the record of one series does not read the others'.
CALL () {
  MATCH (n:Entry)-[:IN_EVENT]->(e:Event)
  WHERE $scope = 'entries' AND $seriesId IS NULL AND NOT coalesce(n.status, '') IN ['PRACTICE_ONLY', 'RESERVE', 'DID_NOT_ARRIVE']
  RETURN n, e
  UNION
  MATCH (e:Event)
  WHERE $scope = 'entries' AND e.seriesId = $seriesId
    AND e.year >= coalesce($season, $fromYear, -1000000) AND e.year <= coalesce($season, $toYear, 1000000)
  MATCH (n:Entry)-[:IN_EVENT]->(e)
  WHERE NOT coalesce(n.status, '') IN ['PRACTICE_ONLY', 'RESERVE', 'DID_NOT_ARRIVE']
  RETURN n, e
  UNION
  MATCH (r:Result)-[:IN_SESSION]->(:Session {type: 'RACE'})
  WHERE $scope = 'fastest-laps' AND r.fastestLapRank = 1
  MATCH (r)-[:OF_ENTRY]->(n:Entry)-[:IN_EVENT]->(e:Event)
  RETURN n, e
  UNION
  MATCH (r:Result)-[:IN_SESSION]->(:Session {type: 'RACE'})
  WHERE $scope = 'grand-slams' AND r.grandSlam = true
  MATCH (r)-[:OF_ENTRY]->(n:Entry)-[:IN_EVENT]->(e:Event)
  RETURN n, e
  UNION
  MATCH (r:Result)-[:IN_SESSION]->(:Session {type: 'RACE'})
  WHERE $scope = 'driver-of-the-day' AND r.driverOfTheDayRank = 1
  MATCH (r)-[:OF_ENTRY]->(n:Entry)-[:IN_EVENT]->(e:Event)
  RETURN n, e
}
WITH n, e
WHERE ($season IS NULL OR e.year = $season)
  AND ($fromYear IS NULL OR e.year >= $fromYear)
  AND ($toYear IS NULL OR e.year <= $toYear)
  AND ($seriesId IS NULL OR e.seriesId = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
WITH n, e, c
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
WITH h, count(DISTINCT e) AS value, min(e.year) AS firstYear, max(e.year) AS lastYear,
     collect(linkSources) AS sourceLists
RETURN $holder AS holderKind, h.id AS holderId, h.name AS holder,
       value, $scope AS unit,
       [CASE WHEN firstYear = lastYear THEN 'in ' + firstYear ELSE 'from ' + firstYear + ' to ' + lastYear END]
         AS detail,
       'COUNTED_FROM_RESULTS' AS basis,
       COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY value DESC, holder
LIMIT coalesce($limit, 20);
