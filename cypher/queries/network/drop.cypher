// Frees the driver network projected by project.cypher (no error when it is already gone).
// :param graphName => 'paddock-drivers'
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName;
