// What the graph knows a driver raced with: the car models and teams of the driver's entries. Ingest uses them as
// context to tell same-named drivers apart in a report.
// :param id => 'timo-bernhard'
MATCH (:Driver {id: $id})-[:DROVE]->(e:Entry)
OPTIONAL MATCH (e)-[:WITH_CAR]->(c:CarModel)
OPTIONAL MATCH (e)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
WITH collect(DISTINCT [c.id, c.name]) AS cars, collect(DISTINCT [t.id, t.name]) AS teams
RETURN [x IN cars WHERE x[0] IS NOT NULL] AS cars, [x IN teams WHERE x[0] IS NOT NULL] AS teams;
