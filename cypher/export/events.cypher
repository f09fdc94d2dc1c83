// Export table `events`: one row per event (race meeting), with its circuit, sessions and number of entries.
// Columns: docs/export.md. No parameters; read-only. Unknown values are null.
MATCH (e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
WITH e, s, series, [(e)-[:AT]->(c:Circuit) | c][0] AS circuit
RETURN series.id AS series_id, series.name AS series_name, s.year AS season,
       e.id AS event_id, e.name AS event_name, e.round AS round, e.date AS event_date,
       circuit.id AS circuit_id, circuit.name AS circuit_name, circuit.country AS circuit_country,
       e.edition AS edition, e.format AS format, e.seasonFinale AS season_finale,
       coalesce(e.cancelled, false) AS cancelled, e.cancellationReason AS cancellation_reason,
       coalesce(e.lengthKm, circuit.lengthKm) AS lap_length_km, e.distanceKm AS distance_km,
       COLLECT { MATCH (e)-[:HAS_SESSION]->(x:Session)
                 RETURN x.type ORDER BY CASE x.type WHEN 'QUALIFYING' THEN 0 WHEN 'SPRINT' THEN 1 WHEN 'RACE' THEN 2 ELSE 3 END
               } AS sessions,
       COUNT { (e)<-[:IN_EVENT]-(:Entry) } AS entries,
       e.inferred AS inferred, coalesce(e.sources, []) AS sources
ORDER BY season, series_id, round, event_date, event_id;
