// The people the graph already holds, as resolution compares them with a dataset's people before an import:
// name and aliases, nationality, year of birth, the seasons they raced and the sources that name them.
MATCH (d:Driver)
OPTIONAL MATCH (d)-[:DROVE]->(:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(s:Season)
WITH d, min(s.year) AS firstYear, max(s.year) AS lastYear
RETURN d.id AS id, d.name AS name, coalesce(d.aliases, []) AS aliases, d.nationality AS nationality,
       d.birthDate.year AS birthYear, firstYear, lastYear,
       COLLECT { UNWIND coalesce(d.sources, []) AS source RETURN DISTINCT split(source, '#')[0] } AS sources
ORDER BY id;
