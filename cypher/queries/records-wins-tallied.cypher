// The records of records-wins.cypher (most race wins or podiums, overall or in class, per driver, team,
// manufacturer, chassis maker, car model, entrant, engine or tyre maker), with the same parameters, columns and
// answer, read from the tallies the writer keeps (cypher/load/tallies.cypher, ADR 0043) instead of from every result:
// one (:Tally) per holder × series × season × class holds the counts, the lines and the sources, so a record sums a
// few hundred tallies instead of walking a thousand results and their entries.
// Only while tallies-state.cypher says they are fresh; not for one event ($eventId: records-wins.cypher answers that
// from its few results). Podiums count places 1 to 3: a larger $top is answered by records-wins.cypher.
// :param holder => 'driver'
// :param scope => 'overall'
// :param top => 1
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param limit => 20
// One UNION branch with a series and one without, so the (holderKind, scope, seriesId) index serves both: the branch
// without says `seriesId IS NOT NULL` (every tally has one), which a composite index needs of its last key.
CALL () {
  MATCH (t:Tally) WHERE t.holderKind = $holder AND t.scope = $scope AND t.seriesId IS NOT NULL AND $seriesId IS NULL
  RETURN t
  UNION
  MATCH (t:Tally) WHERE t.holderKind = $holder AND t.scope = $scope AND t.seriesId = $seriesId
  RETURN t
}
WITH t
WHERE ($season IS NULL OR t.year = $season)
  AND ($fromYear IS NULL OR t.year >= $fromYear)
  AND ($toYear IS NULL OR t.year <= $toYear)
  AND ($classId IS NULL OR t.classId = $classId)
  AND (coalesce($top, 1) > 1 OR t.wins > 0)
MATCH (t)-[:OF_HOLDER]->(h)
WITH h, sum(CASE WHEN coalesce($top, 1) = 1 THEN t.wins ELSE t.podiums END) AS value, collect(t) AS tallies
ORDER BY value DESC, h.name
LIMIT coalesce($limit, 20)
// The lines of the holders shown only: each tally's lines in the order their keys sort, as the live record lists them.
RETURN $holder AS holderKind, h.id AS holderId, h.name AS holder, value,
       CASE WHEN $scope = 'class' THEN 'class ' ELSE '' END + CASE WHEN coalesce($top, 1) = 1 THEN 'wins' ELSE 'podiums' END AS unit,
       COLLECT { UNWIND tallies AS t
                 UNWIND range(0, size(t.keys) - 1) AS i
                 WITH t, i WHERE t.positions[i] <= coalesce($top, 1)
                 RETURN t.heads[i] + CASE WHEN coalesce($top, 1) = 1 THEN '' ELSE ' P' + t.positions[i] END + t.tails[i] AS line
                 ORDER BY t.keys[i] } AS detail,
       'COUNTED_FROM_RESULTS' AS basis,
       COLLECT { UNWIND tallies AS t
                 UNWIND CASE WHEN coalesce($top, 1) = 1 THEN t.winSources ELSE t.podiumSources END AS source
                 RETURN DISTINCT source } AS sources
ORDER BY value DESC, holder;
