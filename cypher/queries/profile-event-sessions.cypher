// The sessions of an event, qualifying before race, each with its results ordered by overall position, then by
// class position (cars whose overall place the sources do not give come after those whose place they give).
// :param eventId => 'alms-2007-petit-le-mans'
MATCH (:Event {id: $eventId})-[:HAS_SESSION]->(x:Session)
WITH x,
     COLLECT { MATCH (r:Result)-[:IN_SESSION]->(x), (r)-[:OF_ENTRY]->(n:Entry)
               OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
               OPTIONAL MATCH (r)-[:GAP_TO]->(ahead:Entry)
               RETURN {sessionId: x.id, session: x.type, entryId: n.id, number: n.number, className: c.name,
                       position: r.position, classPosition: r.classPosition, status: r.status, reason: r.reason, laps: r.laps,
                       gapSeconds: r.gapSeconds, gapTo: ahead.id, lapsLostInPits: r.lapsLostInPits,
                       // The record books' pole (records-poles.cypher): marked where the grid is known, else qualifying P1.
                       pole: CASE WHEN x.type = 'QUALIFYING' AND (r.pole OR (r.position = 1
                         AND NOT EXISTS { (x)<-[:IN_SESSION]-(:Result {pole: true}) }))
                         THEN true END,
                       inferred: r.inferred, sources: r.sources} AS result
               ORDER BY r.position, r.classPosition, CASE r.status WHEN 'CLASSIFIED' THEN 0 ELSE 1 END, c.name, n.id
             } AS results
RETURN x.id AS id, x.type AS type, x.laps AS laps, x.durationMinutes AS durationMinutes,
       x.safetyCarPeriods AS safetyCarPeriods, x.inferred AS inferred, results,
       COLLECT { UNWIND [x.sources] + [r IN results | r.sources] AS list
                 UNWIND list AS source
                 RETURN DISTINCT source } AS sources
ORDER BY CASE x.type WHEN 'QUALIFYING' THEN 0 WHEN 'RACE' THEN 1 ELSE 2 END, x.id;
