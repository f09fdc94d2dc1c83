// Every link of the network projected by project.cypher, once, as pairs of driver ids: for separation figures over
// the whole network (average distance, diameter), which Paddock computes from this list.
// :param graphName => 'paddock-drivers'
CALL gds.graph.relationships.stream($graphName) YIELD sourceNodeId, targetNodeId
WHERE sourceNodeId < targetNodeId
WITH gds.util.asNode(sourceNodeId) AS a, gds.util.asNode(targetNodeId) AS b
RETURN a.id AS a, a.name AS nameA, b.id AS b, b.name AS nameB;
