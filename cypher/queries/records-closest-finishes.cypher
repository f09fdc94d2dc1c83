// Closest finishes: the smallest winning margins, from race results that state a gap (gapSeconds) to the entry
// they were behind (GAP_TO), where that entry won and the gap's holder was second: overall (positions 1 and 2) or
// in class (class positions 1 and 2, both cars in the same class). The margin is as the sources report it.
// One row per finish; the holder is the event. With $classId both cars must be in that class.
// Basis COUNTED_FROM_RESULTS: ranked from Result nodes. $limit caps the rows (default 20). Filters: null filters nothing.
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param eventId => null
// :param limit => 20
// Every result that states its gap to the winner, or with a series that series' second places (the
// result_series_position and result_series_class_position indexes, ADR 0041), so the record of one series does not
// read the others'. One branch each (they never overlap, hence UNION ALL).
CALL () {
  MATCH (second:Result)-[:GAP_TO]->(winnerEntry:Entry)<-[:OF_ENTRY]-(winner:Result)-[:IN_SESSION]->(race:Session {type: 'RACE'})
  MATCH (second)-[:IN_SESSION]->(race)<-[:HAS_SESSION]-(e:Event)
  WHERE $seriesId IS NULL
  RETURN second, winnerEntry, winner, e
  UNION ALL
  CALL () {
    MATCH (second:Result) WHERE second.seriesId = $seriesId AND second.position = 2
    RETURN second
    UNION
    MATCH (second:Result) WHERE second.seriesId = $seriesId AND second.classPosition = 2
    RETURN second
  }
  MATCH (second)-[:GAP_TO]->(winnerEntry:Entry)<-[:OF_ENTRY]-(winner:Result)-[:IN_SESSION]->(race:Session {type: 'RACE'})
  MATCH (second)-[:IN_SESSION]->(race)<-[:HAS_SESSION]-(e:Event)
  RETURN second, winnerEntry, winner, e
}
MATCH (second)-[:OF_ENTRY]->(secondEntry:Entry)
OPTIONAL MATCH (secondEntry)-[:IN_CLASS]->(secondClass:Class)
OPTIONAL MATCH (winnerEntry)-[:IN_CLASS]->(winnerClass:Class)
WITH second, winner, secondEntry, winnerEntry, e, secondClass, winnerClass,
     CASE
       WHEN second.position = 2 AND winner.position = 1 THEN 'overall'
       WHEN second.classPosition = 2 AND winner.classPosition = 1 AND secondClass = winnerClass THEN secondClass.name
     END AS scope
WHERE scope IS NOT NULL AND second.gapSeconds IS NOT NULL
  AND ($season IS NULL OR e.year = $season)
  AND ($fromYear IS NULL OR e.year >= $fromYear)
  AND ($toYear IS NULL OR e.year <= $toYear)
  AND ($eventId IS NULL OR e.id = $eventId)
  AND ($classId IS NULL OR (secondClass.id = $classId AND winnerClass.id = $classId))
// Who was in each car, as far as the sources name them; "(unknown)" marks crews not named in full.
WITH second, winner, secondEntry, winnerEntry, e, scope,
     COLLECT { MATCH (d:Driver)-[:DROVE]->(winnerEntry) RETURN d.name ORDER BY d.name }
       + CASE WHEN winnerEntry.crewComplete THEN [] ELSE ['(unknown)'] END AS winnerCrew,
     COLLECT { MATCH (d:Driver)-[:DROVE]->(secondEntry) RETURN d.name ORDER BY d.name }
       + CASE WHEN secondEntry.crewComplete THEN [] ELSE ['(unknown)'] END AS secondCrew
OPTIONAL MATCH (winnerEntry)-[:WITH_CAR]->(winnerCar:CarModel)
OPTIONAL MATCH (secondEntry)-[:WITH_CAR]->(secondCar:CarModel)
RETURN 'event' AS holderKind, e.id AS holderId, e.name AS holder,
       second.gapSeconds AS value, 'seconds' AS unit,
       [toString(e.year) + ', ' + scope,
        'won by ' + coalesce(winnerCar.name + ' ', '') + coalesce('#' + winnerEntry.number + ' ', '')
          + '(' + reduce(text = '', name IN winnerCrew | text + CASE text WHEN '' THEN '' ELSE ', ' END + name) + ')',
        'ahead of ' + coalesce(secondCar.name + ' ', '') + coalesce('#' + secondEntry.number + ' ', '')
          + '(' + reduce(text = '', name IN secondCrew | text + CASE text WHEN '' THEN '' ELSE ', ' END + name) + ')']
         + CASE WHEN second.laps IS NULL THEN [] ELSE ['after ' + second.laps + ' laps'] END AS detail,
       'COUNTED_FROM_RESULTS' AS basis,
       COLLECT { UNWIND second.sources + winner.sources AS source RETURN DISTINCT source } AS sources
ORDER BY value, e.year, e.round, holder
LIMIT coalesce($limit, 20);
