// Events where the crew of a driver's car, or of another car of the same team there, is not fully named
// by the sources: there, "no co-driver/team-mate listed" means unknown, not none.
// :param driverId => 'romain-dumas'
// :param season => null
// :param seriesId => null
// :param eventId => null
MATCH (d:Driver {id: $driverId})-[:DROVE]->(n:Entry)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
WHERE ($season IS NULL OR s.year = $season)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
OPTIONAL MATCH (n)-[:FOR_SQUAD]->(:Squad)<-[:FOR_SQUAD]-(other:Entry)
WITH e, s, n, collect(other) AS others
WHERE NOT n.crewComplete OR any(o IN others WHERE NOT o.crewComplete)
RETURN DISTINCT {id: e.id, name: e.name, season: s.year, round: e.round, date: e.date} AS event,
       s.year AS season, e.round AS round, e.id AS eventId
ORDER BY season, round, eventId;
