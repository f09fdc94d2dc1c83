// A circuit's profile: aliases, locality, region, country, length in km, and the events held there.
// Its lap records and the totals stated about it come from profile-lap-records.cypher and
// profile-stated-totals.cypher, run with the same $circuitId. A null length means the sources do not give it.
// :param circuitId => 'mosport-international-raceway'
MATCH (c:Circuit {id: $circuitId})
WITH c,
     COLLECT { MATCH (e:Event)-[:AT]->(c)
               OPTIONAL MATCH (e)-[:IN_SEASON]->(s:Season)
               RETURN {id: e.id, name: e.name, season: s.year, round: e.round, date: e.date, sources: e.sources} AS event
               ORDER BY s.year, e.round, e.date, e.id } AS events
RETURN c.id AS id, c.name AS name, coalesce(c.aliases, []) AS aliases,
       c.locality AS locality, c.region AS region, c.country AS country, c.lengthKm AS lengthKm,
       c.note AS note, c.inferred AS inferred,
       [event IN events | event {.id, .name, .season, .round, .date}] AS events,
       COLLECT { UNWIND [c.sources] + [event IN events | event.sources] AS list
                 UNWIND list AS source
                 RETURN DISTINCT source } AS sources;
