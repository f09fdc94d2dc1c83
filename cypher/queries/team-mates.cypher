// Team-mates of a driver: drivers of the same team at the same event, in another car.
// A co-driver (same car) is not a team-mate here; see co-drivers.cypher.
// :param driverId => 'timo-bernhard'
// :param season => 2007
// :param series => null
// :param event => null
// :param class => null
MATCH (d:Driver {id: $driverId})-[:DROVE]->(mine:Entry)-[:FOR_SQUAD]->(squad:Squad)<-[:FOR_SQUAD]-(other:Entry)<-[drove:DROVE]-(mate:Driver)
WHERE other <> mine AND mate <> d
MATCH (squad)-[:OF_TEAM]->(t:Team)
MATCH (mine)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
OPTIONAL MATCH (mine)-[:IN_CLASS]->(c:Class)
WITH mate, t, mine, other, e, s, series, c, drove
WHERE ($season IS NULL OR s.year = $season)
  AND ($series IS NULL OR series.id = $series)
  AND ($event IS NULL OR e.id = $event)
  AND ($class IS NULL OR c.id = $class)
  AND NOT EXISTS { (mate)-[:DROVE]->(mine) }
WITH mate, t, other, e, s, drove
ORDER BY s.year, e.round, e.id
RETURN mate.id AS id, mate.name AS name, count(DISTINCT e) AS events,
       collect({event: e.id, eventName: e.name, season: s.year, team: t.name, car: other.number, role: 'TEAM_MATE'}) AS shared,
       reduce(all = [], x IN collect(drove.sources) + collect(other.sources) | all + [y IN x WHERE NOT y IN all]) AS sources
ORDER BY events DESC, name;
