// Whether $driverId is in the network projected by project.cypher, i.e. has a co-driver or team-mate within its
// filters: the similarity question answers no rows either way, this tells the two apart.
// :param graphName => 'paddock-drivers'
// :param driverId => 'timo-bernhard'
MATCH (me:Driver {id: $driverId})
CALL gds.degree.stream($graphName) YIELD nodeId
WITH me, nodeId WHERE nodeId = id(me)
RETURN count(*) > 0 AS member;
