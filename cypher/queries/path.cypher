// How two drivers are connected: the shortest chain of co-drivers (same car) and team-mates (same team, same
// event, another car) between them, at most 12 links, one row per link in order from $a to $b. No rows: no
// connection within 12 links (or within the filters).
// Both ends are seeks on the unique driver id, so shortestPath runs its bidirectional breadth-first search
// (measured ~0.1 s for 10 links on 10k drivers and 40k entries; the SHORTEST quantified path pattern took
// 30× longer there). Each link is two hops through an Entry (DROVE: co-drivers, also in a car no named team
// entered) or a Squad (RACED_FOR: anyone of that team at that event), hence *..24 for 12 links. A link names
// the first event the two shared within the filters, and the role there: CO_DRIVER when they drove the same
// car, else TEAM_MATE.
// :param a => 'timo-bernhard'
// :param b => 'richard-lietz'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
MATCH (a:Driver {id: $a}), (b:Driver {id: $b})
WHERE a <> b
MATCH p = shortestPath((a)-[:DROVE|RACED_FOR*..24]-(b))
WHERE all(n IN nodes(p) WHERE coalesce(n.started, true))
  AND all(n IN nodes(p) WHERE n:Driver
      OR ($season IS NULL AND $fromYear IS NULL AND $toYear IS NULL AND $seriesId IS NULL)
      OR EXISTS { (n)-[:IN_EVENT|AT_EVENT]->(:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
                  WHERE ($season IS NULL OR s.year = $season)
                    AND ($fromYear IS NULL OR s.year >= $fromYear)
                    AND ($toYear IS NULL OR s.year <= $toYear)
                    AND ($seriesId IS NULL OR series.id = $seriesId) })
WITH [n IN nodes(p) WHERE n:Driver] AS chain
UNWIND range(0, size(chain) - 2) AS step
WITH step, chain[step] AS x, chain[step + 1] AS y
CALL (x, y) {
  CALL (x, y) {
    MATCH (x)-[:DROVE]->(n:Entry)<-[:DROVE]-(y), (n)-[:IN_EVENT]->(e:Event)
    RETURN e
    UNION
    MATCH (x)-[:RACED_FOR]->(q:Squad)<-[:RACED_FOR]-(y), (q)-[:AT_EVENT]->(e:Event)
    RETURN e
  }
  MATCH (e)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
  WHERE ($season IS NULL OR s.year = $season)
    AND ($fromYear IS NULL OR s.year >= $fromYear)
    AND ($toYear IS NULL OR s.year <= $toYear)
    AND ($seriesId IS NULL OR series.id = $seriesId)
  WITH e, s, series
  ORDER BY s.year, e.round, e.date, e.id
  WITH collect({event: e, season: s, series: series}) AS shared
  RETURN shared[0].event AS e, shared[0].season AS s, shared[0].series AS series, size(shared) AS events
}
// Their cars there: the same car when they shared one, else each one's car of the same team.
CALL (x, y, e) {
  MATCH (x)-[dx:DROVE]->(nx:Entry)-[:IN_EVENT]->(e)
  MATCH (y)-[dy:DROVE]->(ny:Entry)-[:IN_EVENT]->(e)
  WHERE nx = ny OR EXISTS { (nx)-[:FOR_SQUAD]->(:Squad)<-[:FOR_SQUAD]-(ny) }
  RETURN nx, ny, coalesce(dx.sources, []) + coalesce(dy.sources, []) AS linkSources
  ORDER BY CASE WHEN nx = ny THEN 0 ELSE 1 END, ny.id
  LIMIT 1
}
OPTIONAL MATCH (ny)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
OPTIONAL MATCH (ny)-[:IN_CLASS]->(c:Class)
RETURN step, x.id AS fromId, x.name AS from, y.id AS toId, y.name AS to,
       CASE WHEN nx = ny THEN 'CO_DRIVER' ELSE 'TEAM_MATE' END AS role,
       e.id AS event, e.name AS eventName, s.year AS season, series.id AS series, series.name AS seriesName,
       t.name AS team, ny.number AS car, c.name AS class, events,
       // Formula 1 has no classes: a car without one is then not a class the sources leave unknown.
       EXISTS { (:Class)-[:OF_SERIES]->(series) } AS seriesHasClasses,
       COLLECT { UNWIND linkSources + coalesce(nx.sources, []) + coalesce(ny.sources, []) AS source
                 RETURN DISTINCT source } AS sources
ORDER BY step;
