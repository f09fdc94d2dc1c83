// A team's profile: aliases, country, the manufacturer supporting it, and from its squads (the team at one
// event) the seasons and events it entered, its drivers, car models and classes.
// The rest of the profile comes from the shared files, each run with the same $teamId: profile-entries.cypher
// (its entries with crews and results), profile-standings.cypher (titles) and profile-stated-totals.cypher.
// :param teamId => 'penske-racing'
MATCH (t:Team {id: $teamId})
RETURN t.id AS id, t.name AS name, coalesce(t.aliases, []) AS aliases, t.country AS country, t.inferred AS inferred,
       COLLECT { MATCH (t)-[:SUPPORTED_BY]->(m:Manufacturer)
                 RETURN {id: m.id, name: m.name} AS manufacturer ORDER BY manufacturer.name } AS supportedBy,
       COLLECT { MATCH (t)<-[:OF_TEAM]-(:Squad)-[:AT_EVENT]->(e:Event)
                 OPTIONAL MATCH (e)-[:IN_SEASON]->(s:Season)
                 RETURN {id: e.id, name: e.name, season: s.year, round: e.round, date: e.date} AS event
                 ORDER BY s.year, e.round, e.date, e.id } AS events,
       COLLECT { MATCH (t)<-[:OF_TEAM]-(:Squad)-[:AT_EVENT]->(:Event)-[:IN_SEASON]->(s:Season)
                 RETURN DISTINCT s.year AS year ORDER BY year } AS seasons,
       COLLECT { MATCH (t)<-[:OF_TEAM]-(:Squad)<-[:RACED_FOR]-(d:Driver)
                 RETURN DISTINCT {id: d.id, name: d.name} AS driver ORDER BY driver.name } AS drivers,
       COLLECT { MATCH (t)<-[:OF_TEAM]-(:Squad)<-[:FOR_SQUAD]-(:Entry)-[:WITH_CAR]->(car:CarModel)
                 RETURN DISTINCT {id: car.id, name: car.name} AS car ORDER BY car.name } AS cars,
       COLLECT { MATCH (t)<-[:OF_TEAM]-(:Squad)<-[:FOR_SQUAD]-(:Entry)-[:IN_CLASS]->(c:Class)
                 RETURN DISTINCT {id: c.id, name: c.name} AS carClass ORDER BY carClass.name } AS classes,
       coalesce(t.sources, []) AS sources;
