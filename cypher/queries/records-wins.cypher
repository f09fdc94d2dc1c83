// Most race wins per driver, team, manufacturer (the credited marque), chassis maker, car model,
// entrant, engine or tyre maker ($holder: 'driver', 'team', 'manufacturer', 'chassis-maker', 'car', 'entrant',
// 'engine-maker', 'tyre-maker'):
// overall ($scope 'overall': position 1) or in class ($scope 'class': class position 1). With $top 3 the same
// question counts podiums (positions 1 to 3) instead of wins.
// Counted from the Result nodes the graph holds (basis COUNTED_FROM_RESULTS): a win no source reports is missing.
// Totals an article states ("eight wins that season") are elsewhere, in records-stated-totals.cypher, never mixed in.
// A team reaches a result through its squad, a manufacturer through the car model: the marque the record books
// credit it to, else its chassis maker.
// Ties share a value and are ordered by name; $limit caps the rows (default 20). Filters: null filters nothing.
// :param holder => 'driver'
// :param scope => 'overall'
// :param top => 1
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param eventId => null
// :param limit => 20
// The winning (or podium) results first, from the result_position / result_class_position index (about 1,300 of 44,000
// results on the full data for wins), or with a series from result_series_position / result_series_class_position,
// so a record of one series reads that series' results only, however many other series the graph holds (ADR 0041).
// One UNION branch per scope and filter: with a CASE on $scope, or one WHERE with an OR of two IN range(…)
// predicates, the planner reads every result instead (seen in QueryPlansFullDataIT). Season and series are keys on
// the result and the event, not a walk to the season.
CALL () {
  MATCH (r:Result) WHERE $scope = 'overall' AND $seriesId IS NULL AND r.position IN range(1, coalesce($top, 1))
  RETURN r
  UNION
  MATCH (r:Result) WHERE $scope = 'overall' AND r.seriesId = $seriesId AND r.position IN range(1, coalesce($top, 1))
  RETURN r
  UNION
  MATCH (r:Result) WHERE $scope = 'class' AND $seriesId IS NULL AND r.classPosition IN range(1, coalesce($top, 1))
  RETURN r
  UNION
  MATCH (r:Result) WHERE $scope = 'class' AND r.seriesId = $seriesId AND r.classPosition IN range(1, coalesce($top, 1))
  RETURN r
}
WITH r
WHERE ($season IS NULL OR r.year = $season)
  AND ($fromYear IS NULL OR r.year >= $fromYear)
  AND ($toYear IS NULL OR r.year <= $toYear)
MATCH (r)-[:IN_SESSION]->(:Session {type: 'RACE'})
MATCH (r)-[:OF_ENTRY]->(n:Entry)-[:IN_EVENT]->(e:Event)
WHERE ($eventId IS NULL OR e.id = $eventId)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
WITH r, n, e, c
WHERE $classId IS NULL OR c.id = $classId
// The holder of the winning entry; linkSources say where the sources tie the holder to that entry.
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
WITH h, r, e, linkSources,
     CASE WHEN $scope = 'class' THEN [coalesce(c.name, 'class unknown')] ELSE [] END
     + CASE WHEN $holder = 'team' THEN [] ELSE [coalesce(team.name, 'team unknown')] END
     + CASE WHEN $holder = 'car' OR car.name = team.name THEN [] ELSE [coalesce(car.name, 'car unknown')
            + CASE WHEN engine IS NULL OR car IS NULL OR car.name CONTAINS engine.name OR $holder = 'engine-maker' THEN '' ELSE ' ' + engine.name END] END AS how
WITH h, r, e, linkSources, CASE WHEN $scope = 'class' THEN r.classPosition ELSE r.position END AS position,
     ' (' + reduce(text = '', part IN how | text + CASE text WHEN '' THEN '' ELSE ', ' END + part) + ')' AS tail
// Lines of one event (two cars of one maker on the podium) by place, then by text: an order that does not depend on
// the plan, which the tallies (records-wins-tallied.cypher) keep too.
ORDER BY e.year, e.round, e.date, e.id, position, tail
WITH h, count(DISTINCT r) AS wins,
     collect(e.name + ' ' + e.year + CASE WHEN coalesce($top, 1) = 1 THEN '' ELSE ' P' + position END + tail) AS events,
     collect(r.sources) + collect(linkSources) AS sourceLists
RETURN $holder AS holderKind, h.id AS holderId, h.name AS holder,
       wins AS value,
       CASE WHEN $scope = 'class' THEN 'class ' ELSE '' END + CASE WHEN coalesce($top, 1) = 1 THEN 'wins' ELSE 'podiums' END AS unit,
       events AS detail, 'COUNTED_FROM_RESULTS' AS basis,
       COLLECT { UNWIND sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY value DESC, holder
LIMIT coalesce($limit, 20);
