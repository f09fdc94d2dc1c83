// Families of drivers in the network (projected by project.cypher): Leiden communities over the links weighted by
// shared events (a fixed seed and one thread, so the same graph gives the same families). Each community: its size,
// its best-connected members (most co-drivers and team-mates in the network first), and, over its members' cars
// within the same filters as the projection, the span of seasons and the teams and makers most common among them.
// Largest first; at most $limit; members and the team and maker lists at most $members each.
// :param graphName => 'paddock-drivers'
// :param limit => 10
// :param members => 8
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
CALL gds.leiden.mutate($graphName, {mutateProperty: 'community', relationshipWeightProperty: 'events', randomSeed: 19,
                                    concurrency: 1})
  YIELD communityCount
CALL gds.degree.mutate($graphName, {mutateProperty: 'partners'}) YIELD nodePropertiesWritten
CALL gds.graph.nodeProperty.stream($graphName, 'community') YIELD nodeId, propertyValue AS communityId
WITH communityId, gds.util.asNode(nodeId) AS d, gds.util.nodeProperty($graphName, nodeId, 'partners') AS partners
ORDER BY partners DESC, d.name, d.id
WITH communityId, collect(d) AS family
WITH communityId, family, size(family) AS size
ORDER BY size DESC, communityId
LIMIT $limit
CALL (family) {
  UNWIND family AS d
  MATCH (d)-[:DROVE]->(n:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
  WHERE coalesce(n.started, true)
    AND ($season IS NULL OR s.year = $season)
    AND ($fromYear IS NULL OR s.year >= $fromYear)
    AND ($toYear IS NULL OR s.year <= $toYear)
    AND ($seriesId IS NULL OR series.id = $seriesId)
    AND ($classId IS NULL OR EXISTS { (n)-[:IN_CLASS]->(:Class {id: $classId}) })
  RETURN collect({driver: d, car: n, year: s.year}) AS cars
}
CALL (cars) {
  UNWIND cars AS c
  WITH c.car AS car, c.driver AS d
  MATCH (car)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
  WITH t, count(DISTINCT d) AS drivers
  ORDER BY drivers DESC, t.name
  LIMIT $members
  RETURN collect({id: t.id, name: t.name, drivers: drivers}) AS teams
}
CALL (cars) {
  UNWIND cars AS c
  WITH c.car AS car, c.driver AS d
  MATCH (car)-[:WITH_CAR]->(:CarModel)-[:BUILT_BY]->(m:Manufacturer)
  WITH m, count(DISTINCT d) AS drivers
  ORDER BY drivers DESC, m.name
  LIMIT $members
  RETURN collect({id: m.id, name: m.name, drivers: drivers}) AS makers
}
RETURN communityId, size, [d IN family[0..$members] | {id: d.id, name: d.name}] AS members,
       reduce(first = null, c IN cars | CASE WHEN first IS NULL OR c.year < first THEN c.year ELSE first END) AS firstSeason,
       reduce(last = null, c IN cars | CASE WHEN last IS NULL OR c.year > last THEN c.year ELSE last END) AS lastSeason,
       teams, makers;
