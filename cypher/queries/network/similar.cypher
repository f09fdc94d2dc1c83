// The drivers most like $driverId in the network (projected by project.cypher): node similarity, the Jaccard index
// of their sets of co-drivers and team-mates (shared partners / partners of either), highest first, at most $limit,
// with the partners they share (best known first, most cars driven, at most $shared of them). Drivers who share no partner are not listed.
// :param graphName => 'paddock-drivers'
// :param driverId => 'timo-bernhard'
// :param limit => 10
// :param shared => 8
MATCH (me:Driver {id: $driverId})
CALL gds.nodeSimilarity.filtered.stream($graphName, {sourceNodeFilter: [id(me)], topK: $limit})
  YIELD node1, node2, similarity
WITH me, collect({other: gds.util.asNode(node2), similarity: similarity}) AS found
CALL gds.graph.relationships.stream($graphName) YIELD sourceNodeId, targetNodeId
WITH me, found, sourceNodeId, targetNodeId
WHERE sourceNodeId = id(me) OR sourceNodeId IN [f IN found | id(f.other)]
WITH me, found, collect([sourceNodeId, targetNodeId]) AS edges
WITH found, edges, [e IN edges WHERE e[0] = id(me) | e[1]] AS mine
UNWIND found AS f
WITH f.other AS other, f.similarity AS similarity,
     [e IN edges WHERE e[0] = id(f.other) AND e[1] IN mine | gds.util.asNode(e[1])] AS common
RETURN other.id AS id, other.name AS name, similarity, size(common) AS sharedPartners,
       COLLECT { UNWIND common AS p WITH p ORDER BY COUNT { (p)-[:DROVE]->(:Entry) } DESC, p.name, p.id RETURN {id: p.id, name: p.name} }[0..$shared] AS partners
ORDER BY similarity DESC, sharedPartners DESC, name, id;
