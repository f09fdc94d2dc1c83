// Who a driver is and what they raced: name, aliases, nationality, hometown, the manufacturers they drove for as a
// works driver, the teams, car models, classes and seasons of their entries, and roles other than driving.
// The rest of the profile comes from the shared files, each run with the same $driverId: profile-entries.cypher
// (every event with the entry and its results), profile-standings.cypher, profile-stated-totals.cypher and
// profile-lap-records.cypher.
// A null nationality or hometown means the sources do not say, not that there is none.
// :param driverId => 'sascha-maassen'
MATCH (d:Driver {id: $driverId})
WITH d,
     COLLECT { MATCH (d)-[held:HOLDS_ROLE]->(organisation)
               OPTIONAL MATCH (season:Season {id: held.season})
               RETURN {role: held.role,
                       organisation: {kind: CASE WHEN organisation:Team THEN 'team' ELSE 'manufacturer' END,
                                      id: organisation.id, name: organisation.name},
                       season: season.year, inferred: held.inferred, sources: held.sources} AS role
               ORDER BY season.year, held.role } AS roles
RETURN d.id AS id, d.name AS name, coalesce(d.aliases, []) AS aliases,
       d.nationality AS nationality, d.hometown AS hometown, d.inferred AS inferred,
       COLLECT { MATCH (d)-[:WORKS_DRIVER_OF]->(m:Manufacturer)
                 RETURN {id: m.id, name: m.name} AS manufacturer ORDER BY manufacturer.name } AS worksDriverOf,
       COLLECT { MATCH (d)-[:DROVE]->(:Entry)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
                 RETURN DISTINCT {id: t.id, name: t.name} AS team ORDER BY team.name, team.id } AS teams,
       COLLECT { MATCH (d)-[:DROVE]->(:Entry)-[:WITH_CAR]->(car:CarModel)
                 RETURN DISTINCT {id: car.id, name: car.name} AS car ORDER BY car.name, car.id } AS cars,
       COLLECT { MATCH (d)-[:DROVE]->(:Entry)-[:IN_CLASS]->(c:Class)
                 RETURN DISTINCT {id: c.id, name: c.name} AS carClass ORDER BY carClass.name, carClass.id } AS classes,
       COLLECT { MATCH (d)-[:DROVE]->(:Entry)-[:IN_EVENT]->(e:Event)
                 RETURN DISTINCT e.year AS year ORDER BY year } AS seasons,
       roles,
       COLLECT { UNWIND [d.sources] + [role IN roles | role.sources] AS list
                 UNWIND list AS source
                 RETURN DISTINCT source } AS sources;
