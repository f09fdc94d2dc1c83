// Every event two drivers shared, and in which role: CO_DRIVER (same car) or TEAM_MATE (same team, other car).
// :param a => 'timo-bernhard'
// :param b => 'sascha-maassen'
// Two MATCH clauses: when both drove the same car, one pattern could not use its IN_EVENT relationship twice.
// The series that have classes, once: asked per row, the question expanded every season of the series (76 for
// Formula 1, which has no classes) for each row.
CALL () {
  // From the index on Series ids, each series asked for one class of its own: a few series, not every class
  // (126 in the full graph) and its series.
  MATCH (classed:Series) WHERE classed.id IS NOT NULL
    AND EXISTS { (classed)<-[:OF_SERIES]-(class:Class) WHERE class.id IS NOT NULL }
  RETURN collect(classed.id) AS classedSeries
}
MATCH (a:Driver {id: $a})-[:DROVE]->(ea:Entry)-[:IN_EVENT]->(e:Event)
MATCH (b:Driver {id: $b})-[:DROVE]->(eb:Entry)-[:IN_EVENT]->(e)
OPTIONAL MATCH (ea)-[:FOR_SQUAD]->(shared:Squad)<-[:FOR_SQUAD]-(eb)
WITH ea, eb, e, shared, classedSeries
WHERE ea = eb OR shared IS NOT NULL
MATCH (e)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
OPTIONAL MATCH (ea)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
OPTIONAL MATCH (eb)-[:IN_CLASS]->(c:Class)
RETURN e.id AS event, e.name AS eventName, s.year AS season,
       CASE WHEN ea = eb THEN 'CO_DRIVER' ELSE 'TEAM_MATE' END AS role,
       t.name AS team, eb.number AS car, c.name AS class, series.id AS series, series.name AS seriesName,
       // Formula 1 has no classes: a car without one is then not a class the sources leave unknown.
       series.id IN classedSeries AS seriesHasClasses,
       COLLECT { UNWIND ea.sources + eb.sources AS source RETURN DISTINCT source } AS sources
ORDER BY season, e.round, event, role;
