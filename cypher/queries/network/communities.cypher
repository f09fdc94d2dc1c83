// Families of drivers in the network (projected by project.cypher): Leiden communities over the links weighted by
// shared events (a fixed seed and one thread, so the same graph gives the same families). Each community: its
// size, its best-linked members (by cars shared with other members), the span of its members' seasons, and the teams and makers most common among its members' cars. Largest first; at most $limit; members and the
// team and maker lists at most $members each.
// :param graphName => 'paddock-drivers'
// :param limit => 10
// :param members => 8
CALL gds.leiden.stream($graphName, {relationshipWeightProperty: 'events', randomSeed: 19, concurrency: 1})
  YIELD nodeId, communityId
WITH communityId, collect(nodeId) AS ids
WITH communityId, ids, size(ids) AS size
ORDER BY size DESC, communityId
LIMIT $limit
WITH communityId, size, [id IN ids | gds.util.asNode(id)] AS family
CALL (family) {
  UNWIND family AS d
  OPTIONAL MATCH (d)-[:DROVE]->(n:Entry)<-[:DROVE]-(other:Driver) WHERE other IN family AND coalesce(n.started, true)
  WITH d, count(n) AS inside
  ORDER BY inside DESC, d.name, d.id
  LIMIT $members
  RETURN collect({id: d.id, name: d.name}) AS members
}
CALL (family) {
  UNWIND family AS d
  MATCH (d)-[:DROVE]->(n:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(s:Season)
  WHERE coalesce(n.started, true)
  RETURN min(s.year) AS firstSeason, max(s.year) AS lastSeason
}
CALL (family) {
  UNWIND family AS d
  MATCH (d)-[:DROVE]->(n:Entry)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
  WITH t, count(DISTINCT d) AS drivers
  ORDER BY drivers DESC, t.name
  LIMIT $members
  RETURN collect({id: t.id, name: t.name, drivers: drivers}) AS teams
}
CALL (family) {
  UNWIND family AS d
  MATCH (d)-[:DROVE]->(n:Entry)-[:WITH_CAR]->(:CarModel)-[:BUILT_BY]->(m:Manufacturer)
  WITH m, count(DISTINCT d) AS drivers
  ORDER BY drivers DESC, m.name
  LIMIT $members
  RETURN collect({id: m.id, name: m.name, drivers: drivers}) AS makers
}
RETURN communityId, size, members, firstSeason, lastSeason, teams, makers;
