// The drivers who connect the network (projected by project.cypher): PageRank over the links weighted by shared
// events (a driver linked to well-linked drivers ranks high), betweenness (how many shortest chains between two
// other drivers run through this one: the bridges between eras and series), and partners (co-drivers and
// team-mates within the projection). Ordered by $by ('pageRank' or 'betweenness'), then name; at most $limit.
// The series and the span of seasons describe each driver's whole career in the graph.
// :param graphName => 'paddock-drivers'
// :param by => 'pageRank'
// :param limit => 10
CALL gds.pageRank.mutate($graphName, {mutateProperty: 'pageRank', relationshipWeightProperty: 'events'})
  YIELD nodePropertiesWritten AS ranked
CALL gds.betweenness.mutate($graphName, {mutateProperty: 'betweenness'}) YIELD nodePropertiesWritten AS measured
CALL gds.degree.stream($graphName) YIELD nodeId, score AS partners
WITH nodeId, toInteger(partners) AS partners,
     gds.util.nodeProperty($graphName, nodeId, 'pageRank') AS pageRank,
     gds.util.nodeProperty($graphName, nodeId, 'betweenness') AS betweenness
WITH gds.util.asNode(nodeId) AS d, partners, pageRank, betweenness
ORDER BY CASE WHEN $by = 'betweenness' THEN betweenness ELSE pageRank END DESC, d.name, d.id
LIMIT $limit
CALL (d) {
  MATCH (d)-[:DROVE]->(:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
  WITH series, min(s.year) AS first, max(s.year) AS last
  ORDER BY first, series.id
  RETURN collect({series: series.id, seriesName: series.name}) AS series, min(first) AS firstSeason,
         max(last) AS lastSeason
}
RETURN d.id AS id, d.name AS name, pageRank, betweenness, partners, series, firstSeason, lastSeason,
       coalesce(d.sources, []) AS sources;
