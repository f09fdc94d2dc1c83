// Co-drivers of a driver: everyone who shared a car (an Entry) with them, with the events they shared.
// Filters are optional: leave a parameter null to ignore it.
// :param driverId => 'timo-bernhard'
// :param season => 2007
// :param series => null
// :param event => null
// :param class => null
MATCH (d:Driver {id: $driverId})-[drove:DROVE]->(n:Entry)<-[:DROVE]-(co:Driver)
MATCH (n)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
WITH d, co, n, e, s, series, c, drove
WHERE ($season IS NULL OR s.year = $season)
  AND ($series IS NULL OR series.id = $series)
  AND ($event IS NULL OR e.id = $event)
  AND ($class IS NULL OR c.id = $class)
WITH co, e, s, n, c, drove
ORDER BY s.year, e.round, e.id
RETURN co.id AS id, co.name AS name, count(DISTINCT e) AS events,
       collect({event: e.id, eventName: e.name, season: s.year, car: n.number, class: c.name, role: 'CO_DRIVER'}) AS shared,
       reduce(all = [], x IN collect(drove.sources) + collect(n.sources) | all + [y IN x WHERE NOT y IN all]) AS sources
ORDER BY events DESC, name;
