// The provenance of a fact: every fact carries `sources`, "<source id>#p<paragraph>" for an article paragraph
// ("<dataset>#<file>:<line>" for a dataset row). Here: which paragraphs say that a driver drove a car at an event,
// and which article they belong to. `inferred` says when a fact was worked out rather than printed.
// :param driverId => 'timo-bernhard'
// :param eventId => 'alms-2007-petit-le-mans'
MATCH (d:Driver {id: $driverId})-[drove:DROVE]->(n:Entry)-[:IN_EVENT]->(e:Event {id: $eventId})
UNWIND drove.sources AS source
MATCH (s:Source {id: split(source, '#')[0]})
RETURN d.name AS driver, n.number AS car, e.name AS event, split(source, '#')[1] AS where,
       s.title AS article, s.file AS file, s.language AS language, drove.inferred AS inferred
ORDER BY where;
