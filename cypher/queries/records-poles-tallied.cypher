// The records of records-poles.cypher (most poles, overall or in class, per driver, team, manufacturer, chassis
// maker, car model, entrant, engine or tyre maker), with the same parameters, columns and answer, read from the
// tallies the writer keeps (cypher/load/tallies.cypher, ADR 0043): one (:Tally {scope: 'pole' or 'class-pole'}) per
// holder × series × season × class holds the count, how many were the fastest in qualifying rather than the record
// books' pole, the lines and the sources.
// Only while tallies-state.cypher says they are fresh; not for one event ($eventId: records-poles.cypher answers that
// from its few results).
// :param holder => 'driver'
// :param scope => 'overall'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param limit => 20
// One UNION branch with a series and one without, so the (holderKind, scope, seriesId) index serves both.
CALL () {
  MATCH (t:Tally)
  WHERE t.holderKind = $holder AND t.scope = CASE $scope WHEN 'class' THEN 'class-pole' ELSE 'pole' END
    AND t.seriesId IS NOT NULL AND $seriesId IS NULL
  RETURN t
  UNION
  MATCH (t:Tally)
  WHERE t.holderKind = $holder AND t.scope = CASE $scope WHEN 'class' THEN 'class-pole' ELSE 'pole' END
    AND t.seriesId = $seriesId
  RETURN t
}
WITH t
WHERE ($season IS NULL OR t.year = $season)
  AND ($fromYear IS NULL OR t.year >= $fromYear)
  AND ($toYear IS NULL OR t.year <= $toYear)
  AND ($classId IS NULL OR t.classId = $classId)
MATCH (t)-[:OF_HOLDER]->(h)
WITH h, sum(t.poles) AS poles, sum(t.fastest) AS fastestInQualifying, collect(t) AS tallies
ORDER BY poles DESC, h.name
LIMIT coalesce($limit, 20)
// The lines of the holders shown only, in the order their keys sort, as the live record lists them.
RETURN $holder AS holderKind, h.id AS holderId, h.name AS holder, poles AS value,
       CASE WHEN $scope = 'class' THEN 'class poles'
            WHEN fastestInQualifying = 0 THEN 'poles'
            WHEN fastestInQualifying = poles THEN 'poles (fastest in qualifying)'
            ELSE 'poles (' + fastestInQualifying + ' as fastest in qualifying)' END AS unit,
       COLLECT { UNWIND tallies AS t
                 UNWIND range(0, size(t.keys) - 1) AS i
                 RETURN t.lines[i] AS line
                 ORDER BY t.keys[i] } AS detail,
       'COUNTED_FROM_RESULTS' AS basis,
       COLLECT { UNWIND tallies AS t UNWIND t.sources AS source RETURN DISTINCT source } AS sources
ORDER BY value DESC, holder;
