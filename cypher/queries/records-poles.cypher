// Most poles per driver, team, manufacturer (the credited marque), chassis maker, car model,
// entrant, engine or tyre maker ($holder: 'driver', 'team', 'manufacturer', 'chassis-maker', 'car', 'entrant',
// 'engine-maker', 'tyre-maker'):
// overall ($scope 'overall') or in class ($scope 'class': qualifying class position 1).
// Overall, a pole is what the record books count where a source knows the starting grid (F1DB: grid position 1,
// at 2022's sprint weekends the sprint's grid; Result.pole), and elsewhere the fastest in qualifying (position 1 of
// the QUALIFYING session: Ergast, the seed, Le Mans) — the two differ where a grid penalty intervenes. The unit
// says which rule counted a holder's poles.
// Counted from the Result nodes the graph holds (basis COUNTED_FROM_RESULTS): a pole no source reports
// is missing. A pole count an article states (e.g. a driver's 16th class pole) is in records-stated-totals.cypher.
// A team reaches a result through its squad, a manufacturer through the car model: the marque the record books
// credit it to, else its chassis maker.
// Ties share a value and are ordered by name; $limit caps the rows (default 20). Filters: null filters nothing.
// :param holder => 'driver'
// :param scope => 'overall'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param eventId => null
// :param limit => 20
// The pole results first, from the result_pole and result_position / result_class_position indexes (a pole is one
// result in a few dozen), or with a series from result_series_position / result_series_class_position (ADR 0041);
// a CASE on $scope would hide the index from the planner and make it read every result. Season and series are keys on
// the result and the event, not a walk to the season.
CALL () {
  MATCH (r:Result) WHERE $scope = 'overall' AND r.pole = true AND ($seriesId IS NULL OR r.seriesId = $seriesId)
  RETURN r, true AS fromGrid
  UNION
  CALL () {
    MATCH (r:Result)
    WHERE $seriesId IS NULL AND (($scope = 'overall' AND r.position = 1) OR ($scope = 'class' AND r.classPosition = 1))
    RETURN r
    UNION
    MATCH (r:Result)
    WHERE ($scope = 'overall' AND r.seriesId = $seriesId AND r.position = 1)
       OR ($scope = 'class' AND r.seriesId = $seriesId AND r.classPosition = 1)
    RETURN r
  }
  MATCH (r)-[:IN_SESSION]->(:Session {type: 'QUALIFYING'})<-[:HAS_SESSION]-(e:Event)
  WHERE $scope = 'class' OR NOT EXISTS { (e)-[:HAS_SESSION]->(:Session)<-[:IN_SESSION]-(:Result {pole: true}) }
  RETURN r, false AS fromGrid
}
WITH r, fromGrid
WHERE ($season IS NULL OR r.year = $season)
  AND ($fromYear IS NULL OR r.year >= $fromYear)
  AND ($toYear IS NULL OR r.year <= $toYear)
MATCH (r)-[:OF_ENTRY]->(n:Entry)-[:IN_EVENT]->(e:Event)
WHERE $eventId IS NULL OR e.id = $eventId
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
WITH r, fromGrid, n, e, c
WHERE $classId IS NULL OR c.id = $classId
// The holder of the pole-sitting entry; linkSources say where the sources tie the holder to that entry.
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
// How each one was won: the class (in class), and the team and car, leaving out the holder itself; a team or car
// the sources do not name says "unknown".
OPTIONAL MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(team:Team)
OPTIONAL MATCH (n)-[:WITH_CAR]->(car:CarModel)
OPTIONAL MATCH (n)-[:ENGINE_BY]->(engine:Manufacturer)
WITH h, r, fromGrid, e, linkSources,
     CASE WHEN $scope = 'class' THEN [coalesce(c.name, 'class unknown')] ELSE [] END
     + CASE WHEN $holder = 'team' THEN [] ELSE [coalesce(team.name, 'team unknown')] END
     + CASE WHEN $holder = 'car' OR car.name = team.name THEN [] ELSE [coalesce(car.name, 'car unknown')
            + CASE WHEN engine IS NULL OR car IS NULL OR car.name CONTAINS engine.name OR $holder = 'engine-maker' THEN '' ELSE ' ' + engine.name END] END AS how
WITH h, r, fromGrid, e, linkSources,
     ' (' + reduce(text = '', part IN how | text + CASE text WHEN '' THEN '' ELSE ', ' END + part) + ')' AS tail
// Lines of one event (poles in two classes) by text: an order that does not depend on the plan, which the tallies
// (records-poles-tallied.cypher) keep too.
ORDER BY e.year, e.round, e.date, e.id, tail
WITH h, count(DISTINCT r) AS poles, count(DISTINCT CASE WHEN fromGrid THEN null ELSE r END) AS fastestInQualifying,
     collect(e.name + ' ' + e.year + tail) AS events,
     collect(r.sources) + collect(linkSources) AS sourceLists
RETURN $holder AS holderKind, h.id AS holderId, h.name AS holder,
       poles AS value,
       CASE WHEN $scope = 'class' THEN 'class poles'
            WHEN fastestInQualifying = 0 THEN 'poles'
            WHEN fastestInQualifying = poles THEN 'poles (fastest in qualifying)'
            ELSE 'poles (' + fastestInQualifying + ' as fastest in qualifying)' END AS unit,
       events AS detail, 'COUNTED_FROM_RESULTS' AS basis,
       COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY value DESC, holder
LIMIT coalesce($limit, 20);
