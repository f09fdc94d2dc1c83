// Longest runs of consecutive class wins per driver, over that driver's race results in season and round order.
// Only known results count: a race the graph holds no result for is skipped (neither a win nor a break), so a run
// is "consecutive among the results the sources report". A known result that is not a class win, including a
// classified result whose class position is not reported, ends a run: a streak is never claimed across it.
// Counted from Result nodes (basis COUNTED_FROM_RESULTS); a streak an article states is in records-stated-totals.cypher.
// One row per driver (the earliest of equally long runs); ties ordered by name; $limit caps the rows (default 20).
// With $classId, only results in that class are in the sequence. Filters: null filters nothing.
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param limit => 20
// Every race result with its driver, or with a series that series' (its events from the event_series_year index,
// ADR 0041), so the record of one series does not read the others'. One branch each (they never overlap, hence
// UNION ALL): a `$seriesId IS NULL OR …` predicate would hide the index from the planner.
CALL () {
  MATCH (d:Driver)-[drove:DROVE]->(n:Entry)<-[:OF_ENTRY]-(r:Result)-[:IN_SESSION]->(:Session {type: 'RACE'})
        <-[:HAS_SESSION]-(e:Event)-[:IN_SEASON]->(s:Season)
  WHERE $seriesId IS NULL
    AND ($season IS NULL OR s.year = $season)
    AND ($fromYear IS NULL OR s.year >= $fromYear)
    AND ($toYear IS NULL OR s.year <= $toYear)
  OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
  RETURN d, drove, r, e, c
  UNION ALL
  MATCH (e:Event)
  WHERE e.seriesId = $seriesId
    AND e.year >= coalesce($season, $fromYear, -1000000) AND e.year <= coalesce($season, $toYear, 1000000)
  MATCH (e)-[:HAS_SESSION]->(:Session {type: 'RACE'})<-[:IN_SESSION]-(r:Result)-[:OF_ENTRY]->(n:Entry)<-[drove:DROVE]-(d:Driver)
  OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
  RETURN d, drove, r, e, c
}
WITH d, drove, r, e, c
WHERE $classId IS NULL OR c.id = $classId
// Events without a round number follow the numbered rounds of their season, by date.
WITH d, drove, r, e, c
ORDER BY e.year, e.round, e.date, e.id
WITH d, collect({win: coalesce(r.classPosition = 1, false),
                 event: e.name + ' ' + e.year + ' (' + coalesce(c.name, 'class unknown') + ')',
                 sources: r.sources + drove.sources}) AS results
// A run starts at a win that follows a non-win (or starts the list) and lasts until the next non-win.
UNWIND range(0, size(results) - 1) AS start
WITH d, results, start
WHERE results[start].win AND (start = 0 OR NOT results[start - 1].win)
WITH d, start,
     results[start .. coalesce(head([i IN range(start, size(results) - 1) WHERE NOT results[i].win]), size(results))] AS run
ORDER BY size(run) DESC, start
WITH d, collect(run)[0] AS longest
RETURN 'driver' AS holderKind, d.id AS holderId, d.name AS holder,
       size(longest) AS value, 'consecutive class wins' AS unit,
       CASE size(longest) WHEN 1 THEN [longest[0].event] ELSE ['from ' + longest[0].event, 'to ' + last(longest).event] END AS detail,
       'COUNTED_FROM_RESULTS' AS basis,
       COLLECT { UNWIND longest AS result UNWIND result.sources AS source RETURN DISTINCT source } AS sources
ORDER BY value DESC, holder
LIMIT coalesce($limit, 20);
