// The people the graph already holds, as resolution compares them with a dataset's people before an import:
// name and aliases, nationality, year of birth, the seasons they raced and the sources that name them.
// What the importing dataset ($dataset) wrote itself is left out (ADR 0035): people only it names, the seasons only
// it says they raced, and its own name among their sources. So an import decides who is who the same way the first
// time, when run again, and when run again after it was stopped half-way (with its people written, their seasons not).
MATCH (d:Driver)
WHERE any(source IN coalesce(d.sources, ['']) WHERE split(source, '#')[0] <> $dataset)
OPTIONAL MATCH (d)-[drove:DROVE]->(:Entry)-[:IN_EVENT]->(:Event)-[:IN_SEASON]->(s:Season)
  WHERE any(source IN coalesce(drove.sources, ['']) WHERE split(source, '#')[0] <> $dataset)
WITH d, min(s.year) AS firstYear, max(s.year) AS lastYear
RETURN d.id AS id, d.name AS name, coalesce(d.aliases, []) AS aliases, d.nationality AS nationality,
       d.birthDate.year AS birthYear, firstYear, lastYear,
       COLLECT { UNWIND coalesce(d.sources, []) AS source WITH split(source, '#')[0] AS source
                 WHERE source <> $dataset RETURN DISTINCT source } AS sources
ORDER BY id;
