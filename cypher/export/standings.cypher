// Export table `standings`: one row per championship standing — a driver, team or manufacturer's position in a
// championship, final or as of an event. A title is a final position 1. Columns: docs/export.md.
// No parameters; read-only. Unknown values are null.
MATCH (holder)-[st:STANDING]->(ch:Championship)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
WITH holder, st, ch, s, series,
     [(ch)-[:FOR_CLASS]->(c:Class) | c][0] AS class,
     CASE WHEN st.asOf = 'final' THEN null ELSE st.asOf END AS asOfId
OPTIONAL MATCH (asOf:Event {id: asOfId})
OPTIONAL MATCH (clinchedAt:Event {id: st.clinchedAt})
RETURN series.id AS series_id, series.name AS series_name, s.year AS season,
       ch.id AS championship_id, ch.name AS championship_name, ch.kind AS championship_kind,
       class.id AS class_id, class.name AS class_name,
       CASE WHEN holder:Driver THEN 'driver' WHEN holder:Team THEN 'team' WHEN holder:Manufacturer THEN 'manufacturer' END
         AS holder_kind,
       holder.id AS holder_id, holder.name AS holder_name,
       st.position AS position, st.points AS points, st.wins AS wins,
       coalesce(st.final, false) AS final, coalesce(st.final, false) AND st.position = 1 AS title,
       asOfId AS as_of_event_id, asOf.name AS as_of_event_name,
       st.clinchedAt AS clinched_at_event_id, clinchedAt.name AS clinched_at_event_name,
       st.inferred AS inferred, coalesce(st.sources, []) AS sources
ORDER BY season, series_id, championship_id, final DESC, as_of_event_id, position, holder_name, holder_id;
