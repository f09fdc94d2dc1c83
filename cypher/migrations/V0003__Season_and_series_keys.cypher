// Paddock schema, version 3 (issue 20, ADR 0041): every event and every result carries the year of its season and
// the id of its series, as the writer now sets them. A filter or a label reads them from the node instead of walking
// event → season → series, and a record filtered to one series starts from its own results (version 4's indexes).
// An event belongs to one season for good (its id names it), so the keys never go stale. Data only: Neo4j runs
// schema and data changes in separate transactions, so the indexes are version 4.
MATCH (e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
SET e.year = s.year, e.seriesId = series.id;
MATCH (r:Result)-[:OF_ENTRY]->(:Entry)-[:IN_EVENT]->(e:Event)
SET r.year = e.year, r.seriesId = e.seriesId;
