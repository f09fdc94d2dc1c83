// A car model's profile: who builds it and its engine, its power (PS, as stated), the class it was built for,
// where it was built, and the seasons and teams of its entries.
// The rest of the profile comes from the shared files, each run with the same $carId: profile-entries.cypher
// (its entries and results) and profile-stated-totals.cypher.
// A null engine manufacturer, power or class means the sources do not say.
// :param carId => 'porsche-rs-spyder'
MATCH (car:CarModel {id: $carId})
OPTIONAL MATCH (car)-[:BUILT_BY]->(maker:Manufacturer)
OPTIONAL MATCH (car)-[:ENGINE_BY]->(engine:Manufacturer)
OPTIONAL MATCH (car)-[:BUILT_FOR]->(c:Class)
RETURN car.id AS id, car.name AS name, coalesce(car.aliases, []) AS aliases,
       maker.id AS manufacturerId, maker.name AS manufacturerName,
       engine.id AS engineManufacturerId, engine.name AS engineManufacturerName,
       car.powerHp AS powerHp, c.id AS classId, c.name AS className, car.builtAt AS builtAt,
       car.note AS note, car.inferred AS inferred,
       COLLECT { MATCH (car)<-[:WITH_CAR]-(:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(s:Season)
                 RETURN DISTINCT s.year AS year ORDER BY year } AS seasons,
       COLLECT { MATCH (car)<-[:WITH_CAR]-(:Entry)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
                 RETURN DISTINCT {id: t.id, name: t.name} AS team ORDER BY team.name } AS teams,
       coalesce(car.sources, []) AS sources;
