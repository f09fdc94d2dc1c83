// Events where the crew of a driver's car, or of another car of the same team there, is not fully named
// by the sources: there, "no co-driver/team-mate listed" means unknown, not none.
// The season and series filters read the event's year and series keys (ADR 0041), not the season and series nodes.
// :param driverId => 'romain-dumas'
// :param season => null
// :param seriesId => null
// :param eventId => null
MATCH (d:Driver {id: $driverId})-[:DROVE]->(n:Entry)-[:IN_EVENT]->(e:Event)
WHERE ($season IS NULL OR e.year = $season)
  AND ($seriesId IS NULL OR e.seriesId = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
OPTIONAL MATCH (n)-[:FOR_SQUAD]->(:Squad)<-[:FOR_SQUAD]-(other:Entry)
WITH e, n, collect(other) AS others
WHERE NOT n.crewComplete OR any(o IN others WHERE NOT o.crewComplete)
RETURN DISTINCT {id: e.id, name: e.name, season: e.year, round: e.round, date: e.date} AS event,
       e.year AS season, e.round AS round, e.id AS eventId
ORDER BY season, round, eventId;
