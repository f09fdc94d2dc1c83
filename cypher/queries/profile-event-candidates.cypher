// Labels that tell same-named events apart ("Petit Le Mans 2007", "Petit Le Mans 2009"): what an ambiguous event
// name lists as its candidates, in the order given, so the user can type one of them back.
// :param eventIds => ['alms-2007-petit-le-mans', 'alms-2009-petit-le-mans', 'alms-2011-petit-le-mans']
UNWIND range(0, size($eventIds) - 1) AS i
MATCH (e:Event {id: $eventIds[i]})
OPTIONAL MATCH (e)-[:IN_SEASON]->(s:Season)
RETURN e.id AS id, e.name + coalesce(' ' + s.year, '') AS label, coalesce(e.sources, []) AS sources
ORDER BY i;
