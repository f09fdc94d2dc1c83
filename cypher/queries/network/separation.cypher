// How far $driverId is from every driver of the network (projected by project.cypher): the fewest links (co-drivers
// or team-mates) to each driver reachable, as a distribution: per distance, how many drivers, and the first few of
// them, best known first (most cars driven). Distance 1 is the driver's own partners; drivers not listed are unreachable within the projection.
// :param graphName => 'paddock-drivers'
// :param driverId => 'tom-kristensen'
// :param examples => 3
MATCH (me:Driver {id: $driverId})
CALL gds.allShortestPaths.delta.stream($graphName, {sourceNode: me}) YIELD targetNode, totalCost
WITH toInteger(totalCost) AS distance, gds.util.asNode(targetNode) AS d
WHERE distance > 0
WITH distance, d ORDER BY COUNT { (d)-[:DROVE]->(:Entry) } DESC, d.name, d.id
WITH distance, count(*) AS drivers, collect({id: d.id, name: d.name})[0..$examples] AS examples
RETURN distance, drivers, examples
ORDER BY distance;
