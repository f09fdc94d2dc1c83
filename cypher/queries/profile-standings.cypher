// Championship positions for a profile: those a driver or a team holds, or, for an event, those clinched there
// and the standings as of it. A title is a final position 1. Give one anchor id and leave the others null.
// :param driverId => 'sascha-maassen'
// :param teamId => null
// :param eventId => null
CALL () {
  MATCH (holder:Driver {id: $driverId})-[standing:STANDING]->(championship:Championship)
  RETURN holder, standing, championship
  UNION
  MATCH (holder:Team {id: $teamId})-[standing:STANDING]->(championship:Championship)
  RETURN holder, standing, championship
  UNION
  MATCH (:Event {id: $eventId})-[:IN_SEASON]->(:Season)<-[:IN_SEASON]-(championship:Championship)<-[standing:STANDING]-(holder)
  WHERE standing.clinchedAt = $eventId OR standing.asOf = $eventId
  RETURN holder, standing, championship
}
OPTIONAL MATCH (championship)-[:IN_SEASON]->(s:Season)
OPTIONAL MATCH (championship)-[:FOR_CLASS]->(c:Class)
// asOf is 'final' for a final standing, else the id of the event the standing was reported after.
OPTIONAL MATCH (asOf:Event {id: standing.asOf})-[:IN_SEASON]->(asOfSeason:Season)
OPTIONAL MATCH (clinchedAt:Event {id: standing.clinchedAt})-[:IN_SEASON]->(clinchedSeason:Season)
RETURN championship.id AS championshipId, championship.name AS championship, championship.kind AS kind,
       s.year AS season, c.id AS classId, c.name AS className,
       {kind: CASE WHEN holder:Driver THEN 'driver' WHEN holder:Team THEN 'team' ELSE 'manufacturer' END,
        id: holder.id, name: holder.name} AS holder,
       standing.position AS position, standing.final AS final,
       standing.final AND standing.position = 1 AS title,
       CASE WHEN asOf IS NULL THEN null
            ELSE {id: asOf.id, name: asOf.name, season: asOfSeason.year, round: asOf.round, date: asOf.date} END AS asOf,
       CASE WHEN clinchedAt IS NULL THEN null
            ELSE {id: clinchedAt.id, name: clinchedAt.name, season: clinchedSeason.year, round: clinchedAt.round,
                  date: clinchedAt.date} END AS clinchedAt,
       standing.inferred AS inferred, coalesce(standing.sources, []) AS sources
ORDER BY season, championship, final, position, holder.name;
