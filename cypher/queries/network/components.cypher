// How many connected parts the network (projected by project.cypher) has: drivers who can reach each other through
// co-drivers and team-mates form one part (weakly connected components).
// :param graphName => 'paddock-drivers'
CALL gds.wcc.stats($graphName) YIELD componentCount
RETURN componentCount AS components;
