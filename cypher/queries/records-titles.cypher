// Most championship titles per driver, team, manufacturer or car model ($holder: 'driver', 'team', 'manufacturer',
// 'car'; null: every kind, each row naming its kind of championship). A title is a final standing in first place:
// STANDING {final: true, position: 1}; a standings lead during a season is not one. Counted from the standings the graph holds (basis
// COUNTED_FROM_STANDINGS). Titles marked "(inferred)" are worked out from the sources rather than printed there.
// Ties share a value and are ordered by name; $limit caps the rows (default 20). Filters: null filters nothing;
// $classId is the championship's class.
// :param holder => 'driver'
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param limit => 20
MATCH (h)-[st:STANDING {final: true, position: 1}]->(ch:Championship)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
OPTIONAL MATCH (ch)-[:FOR_CLASS]->(c:Class)
WITH h, st, ch, s, series, c,
     CASE WHEN h:Driver THEN 'driver' WHEN h:Team THEN 'team' WHEN h:Manufacturer THEN 'manufacturer'
          WHEN h:CarModel THEN 'car' END AS holderKind
WHERE ($holder IS NULL OR holderKind = $holder)
  AND ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($classId IS NULL OR c.id = $classId)
WITH h, holderKind, st, ch, s
ORDER BY s.year, ch.name
// One row per holder and kind of championship (drivers', teams', manufacturers', cars'): without $holder every kind
// is listed, ranked within its kind, and $limit applies to each kind.
WITH h, holderKind, ch.kind AS championshipKind, count(DISTINCT ch) AS titles,
     collect(ch.name + CASE WHEN st.inferred IS NULL THEN '' ELSE ' (inferred)' END) AS championships,
     collect(st.sources) AS sourceLists
ORDER BY titles DESC, h.name
WITH championshipKind, collect({h: h, holderKind: holderKind, titles: titles, championships: championships,
                                sourceLists: sourceLists})[..coalesce($limit, 20)] AS best
UNWIND best AS row
RETURN row.holderKind AS holderKind, row.h.id AS holderId, row.h.name AS holder,
       row.titles AS value,
       CASE championshipKind WHEN 'DRIVERS' THEN "drivers' titles" WHEN 'TEAMS' THEN "teams' titles"
            WHEN 'MANUFACTURERS' THEN "manufacturers' titles" WHEN 'CARS' THEN "cars' titles" ELSE 'titles' END AS unit,
       row.championships AS detail, 'COUNTED_FROM_STANDINGS' AS basis,
       championshipKind AS rankedWithin,
       COLLECT { UNWIND row.sourceLists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY CASE championshipKind WHEN 'DRIVERS' THEN 1 WHEN 'TEAMS' THEN 2 WHEN 'MANUFACTURERS' THEN 3 ELSE 4 END,
         value DESC, holder;
