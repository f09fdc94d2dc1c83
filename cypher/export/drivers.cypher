// Export table `drivers`: one row per driver (one person across every source), with career counts from the graph.
// Columns: docs/export.md. No parameters; read-only. Unknown values are null.
MATCH (d:Driver)
WITH d,
     COLLECT { MATCH (d)-[:DROVE]->(:Entry)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
               RETURN {event: e.id, year: s.year, series: series.id} } AS drives
RETURN d.id AS driver_id, d.name AS driver_name, d.nationality AS nationality, d.birthDate AS birth_date,
       d.hometown AS hometown, coalesce(d.aliases, []) AS aliases,
       size(drives) AS entries,
       size(COLLECT { UNWIND drives AS x RETURN DISTINCT x.event }) AS events,
       reduce(first = null, x IN drives | CASE WHEN first IS NULL OR x.year < first THEN x.year ELSE first END) AS first_season,
       reduce(last = null, x IN drives | CASE WHEN last IS NULL OR x.year > last THEN x.year ELSE last END) AS last_season,
       COLLECT { UNWIND drives AS x WITH DISTINCT x.series AS id RETURN id ORDER BY id } AS series_ids,
       d.inferred AS inferred, coalesce(d.sources, []) AS sources
ORDER BY driver_name, driver_id;
