// The records of records-starts.cypher (most starts per driver, team, manufacturer, chassis maker, car model,
// entrant, engine or tyre maker), with the same parameters, columns and answer, read from the starts tallies the
// writer keeps (cypher/load/tallies.cypher, ADR 0044) instead of from every race result: one (:Tally) per holder ×
// series × season holds the events it started (scope 'starts', over every class) and one per class ('class-starts').
// Only while tallies-state.cypher says they are fresh; not for one event ($eventId: records-starts.cypher answers that
// from its few results).
// :param holder => 'driver'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param limit => 20
// One UNION branch with a series and one without, so the (holderKind, scope, seriesId) index serves both (see
// records-wins-tallied.cypher).
CALL () {
  MATCH (t:Tally) WHERE t.holderKind = $holder AND t.scope = CASE WHEN $classId IS NULL THEN 'starts' ELSE 'class-starts' END
    AND t.seriesId IS NOT NULL AND $seriesId IS NULL
  RETURN t
  UNION
  MATCH (t:Tally) WHERE t.holderKind = $holder AND t.scope = CASE WHEN $classId IS NULL THEN 'starts' ELSE 'class-starts' END
    AND t.seriesId = $seriesId
  RETURN t
}
WITH t
WHERE ($season IS NULL OR t.year = $season)
  AND ($fromYear IS NULL OR t.year >= $fromYear)
  AND ($toYear IS NULL OR t.year <= $toYear)
  AND ($classId IS NULL OR t.classId = $classId)
MATCH (t)-[:OF_HOLDER]->(h)
WITH h, sum(t.starts) AS starts, min(t.year) AS firstYear, max(t.year) AS lastYear, collect(t) AS tallies
ORDER BY starts DESC, h.name
LIMIT coalesce($limit, 20)
// The sources of the holders shown only.
RETURN $holder AS holderKind, h.id AS holderId, h.name AS holder,
       starts AS value, 'starts' AS unit,
       [CASE WHEN firstYear = lastYear THEN 'in ' + firstYear ELSE 'from ' + firstYear + ' to ' + lastYear END]
         AS detail,
       'COUNTED_FROM_RESULTS' AS basis,
       COLLECT { UNWIND tallies AS t UNWIND t.sources AS source RETURN DISTINCT source } AS sources
ORDER BY value DESC, holder;
