// Export table `entries`: one row per entry (one car at one event), with its crew as lists and its race result.
// Columns: docs/export.md. No parameters; read-only. Unknown values are null.
MATCH (n:Entry)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
WITH n, e, s, series,
     [(n)-[:IN_CLASS]->(c:Class) | c][0] AS class,
     [(n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team) | t][0] AS team,
     [(n)-[:WITH_CAR]->(m:CarModel) | m][0] AS car,
     [(r:Result)-[:OF_ENTRY]->(n) WHERE EXISTS { (r)-[:IN_SESSION]->(:Session {type: 'RACE'}) } | r][0] AS race,
     COLLECT { MATCH (d:Driver)-[:DROVE]->(n) RETURN d ORDER BY d.name, d.id } AS crew
WITH n, e, s, series, class, team, car, race, crew,
     [(car)-[:BUILT_BY]->(maker:Manufacturer) | maker][0] AS maker,
     coalesce([(n)-[:ENGINE_BY]->(engine:Manufacturer) | engine][0],
              [(car)-[:ENGINE_BY]->(engine:Manufacturer) | engine][0]) AS engineMaker
RETURN series.id AS series_id, series.name AS series_name, s.year AS season,
       e.id AS event_id, e.name AS event_name, e.round AS round, e.date AS event_date,
       n.id AS entry_id, n.number AS car_number,
       class.id AS class_id, class.name AS class_name,
       team.id AS team_id, team.name AS team_name,
       car.id AS car_id, car.name AS car_name,
       maker.id AS manufacturer_id, maker.name AS manufacturer_name,
       engineMaker.id AS engine_manufacturer_id, engineMaker.name AS engine_manufacturer_name,
       n.engine AS engine, n.tyres AS tyres, coalesce(n.started, true) AS started, n.status AS entry_status,
       size(crew) AS crew_named, n.crewComplete AS crew_complete, coalesce(n.carIdentified, true) AS car_identified,
       [d IN crew | d.id] AS driver_ids, [d IN crew | d.name] AS driver_names,
       race.position AS race_position, race.classPosition AS race_class_position, race.status AS race_status,
       n.inferred AS inferred, coalesce(n.sources, []) AS sources
ORDER BY season, series_id, round, event_date, event_id, coalesce(race.order, race.position), class_name,
         race_class_position, entry_id;
