// Export table `results`: one row per driver per entry per session — every Result, once for each named driver of
// its entry, and once with driver_id null when the sources name nobody in that car. Columns: docs/export.md.
// No parameters; read-only. Unknown values are null (a position the sources do not give, a car without a number).
MATCH (r:Result)-[:IN_SESSION]->(x:Session)<-[:HAS_SESSION]-(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
MATCH (r)-[:OF_ENTRY]->(n:Entry)
WITH r, x, e, s, series, n,
     [(n)-[:IN_CLASS]->(c:Class) | c][0] AS class,
     [(n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team) | t][0] AS team,
     [(n)-[:WITH_CAR]->(m:CarModel) | m][0] AS car,
     [(e)-[:AT]->(ci:Circuit) | ci][0] AS circuit,
     [(r)-[:GAP_TO]->(ahead:Entry) | ahead.id][0] AS gapTo,
     COLLECT { MATCH (d:Driver)-[:DROVE]->(n) RETURN d ORDER BY d.name, d.id } AS crew
WITH r, x, e, s, series, n, class, team, car, circuit, gapTo, crew,
     [(car)-[:BUILT_BY]->(maker:Manufacturer) | maker][0] AS maker,
     coalesce([(n)-[:ENGINE_BY]->(engine:Manufacturer) | engine][0],
              [(car)-[:ENGINE_BY]->(engine:Manufacturer) | engine][0]) AS engineMaker
UNWIND CASE WHEN crew = [] THEN [null] ELSE crew END AS d
RETURN series.id AS series_id, series.name AS series_name, s.year AS season,
       e.id AS event_id, e.name AS event_name, e.round AS round, e.date AS event_date,
       circuit.id AS circuit_id, circuit.name AS circuit_name,
       x.id AS session_id, x.type AS session_kind,
       n.id AS entry_id, n.number AS car_number,
       class.id AS class_id, class.name AS class_name,
       team.id AS team_id, team.name AS team_name,
       car.id AS car_id, car.name AS car_name,
       maker.id AS manufacturer_id, maker.name AS manufacturer_name,
       engineMaker.id AS engine_manufacturer_id, engineMaker.name AS engine_manufacturer_name,
       d.id AS driver_id, d.name AS driver_name, d.nationality AS driver_nationality,
       size(crew) AS crew_named, n.crewComplete AS crew_complete,
       r.id AS result_id, r.position AS position, r.classPosition AS class_position, r.status AS status,
       r.reason AS reason, r.laps AS laps, r.grid AS grid, r.points AS points,
       r.timeSeconds AS time_seconds, r.gapSeconds AS gap_seconds, gapTo AS gap_to_entry_id,
       r.fastestLapSeconds AS fastest_lap_seconds, r.bestLapSeconds AS best_lap_seconds,
       r.inferred AS inferred, coalesce(r.sources, []) AS sources
ORDER BY season, series_id, round, event_date, event_id,
         CASE session_kind WHEN 'QUALIFYING' THEN 0 WHEN 'SPRINT' THEN 1 WHEN 'RACE' THEN 2 ELSE 3 END,
         coalesce(r.order, r.position), class_name, class_position, entry_id, driver_name, driver_id;
