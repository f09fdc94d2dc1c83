// The driver network, projected into Graph Data Science's in-memory catalog under $graphName: drivers as nodes,
// one undirected link between two drivers who shared a car (co-drivers) or a team at an event (team-mates, another
// car of the same team), weighted by the events they shared (`events`) and by those they shared a car at
// (`coDriven`). Only cars that started count. The filters keep events within a season, a range, a series or a class
// (both cars in it); $links = 'co-drivers' keeps shared cars only, 'all' both. Run the other files of this folder
// on the projection, then drop.cypher. A driver with no link within the filters is not in the network.
// :param graphName => 'paddock-drivers'
// :param links => 'all'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
CALL () {
  MATCH (a:Driver)-[:DROVE]->(n:Entry)<-[:DROVE]-(b:Driver)
  WHERE a.id < b.id AND coalesce(n.started, true)
  RETURN a, b, n AS carA, n AS carB
  UNION
  MATCH (a:Driver)-[:DROVE]->(carA:Entry)-[:FOR_SQUAD]->(:Squad)<-[:FOR_SQUAD]-(carB:Entry)<-[:DROVE]-(b:Driver)
  WHERE $links = 'all' AND a.id < b.id AND carA <> carB
    AND coalesce(carA.started, true) AND coalesce(carB.started, true)
  RETURN a, b, carA, carB
}
MATCH (carA)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
WHERE ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($classId IS NULL OR (EXISTS { (carA)-[:IN_CLASS]->(:Class {id: $classId}) }
                            AND EXISTS { (carB)-[:IN_CLASS]->(:Class {id: $classId}) }))
WITH a, b, count(DISTINCT e) AS events, count(DISTINCT CASE WHEN carA = carB THEN e END) AS coDriven
WITH gds.graph.project($graphName, a, b,
       {relationshipProperties: {events: toFloat(events), coDriven: toFloat(coDriven)}},
       {undirectedRelationshipTypes: ['*']}) AS graph
RETURN graph.graphName AS graphName, graph.nodeCount AS drivers, graph.relationshipCount / 2 AS links;
