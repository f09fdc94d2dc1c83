// Tallies: the race-win, podium, pole and starts records (records-wins.cypher, records-poles.cypher,
// records-starts.cypher), counted once when the graph is written instead of
// on every question (ADR 0043). One (:Tally) per holder × series × season × class × scope, linked to its holder by
// OF_HOLDER, holds how many wins and podiums, the lines the record lists (heads, positions and tails, in the order
// `keys` sorts them) and the sources of each count. records-wins-tallied.cypher sums them.
// They are derived data: the export leaves them out, and the (:Tallies {id: 'records'}) node says whether they can be
// trusted. Every write marks them stale before its first batch and rebuilds what it touched after its last; a record
// reads them only while they are fresh and otherwise counts from the results, as records-wins.cypher always does.
// Each statement is introduced by a line "// :name <name>" that the writer looks up.

// :name state
// Whether the tallies were fresh before this write: a write that finds them stale, missing (a graph an older version
// wrote) or of another `format` (their shape as this file builds them: 3 = places, poles and starts) rebuilds every season,
// since it cannot know what the interrupted or foreign write changed. tallies-state.cypher asks the same.
OPTIONAL MATCH (s:Tallies {id: 'records'})
RETURN coalesce(s.fresh AND s.format = 3, false) AS fresh;

// :name stale
MERGE (s:Tallies {id: 'records'})
SET s.fresh = false;

// :name names
// What a tally line says about a team, car model, maker, class or entrant: its name and, for car models, the makers
// it is built by and credited to. The writer compares this before and after a write; where it changed, every series
// that has an entry with that node gets its tallies rebuilt, whichever series the write itself was about.
CALL () {
  MATCH (n:Team) RETURN 'Team:' + n.id AS key, n.name AS state
  UNION ALL
  MATCH (n:CarModel)
  RETURN 'CarModel:' + n.id AS key,
         n.name + ' | ' + reduce(text = '', id IN COLLECT { MATCH (n)-[:BUILT_BY]->(m:Manufacturer) RETURN m.id ORDER BY m.id } | text + id + ',')
         + ' | ' + reduce(text = '', id IN COLLECT { MATCH (n)-[:CREDITED_TO]->(m:Manufacturer) RETURN m.id ORDER BY m.id } | text + id + ',') AS state
  UNION ALL
  MATCH (n:Manufacturer) RETURN 'Manufacturer:' + n.id AS key, n.name AS state
  UNION ALL
  MATCH (n:Class) RETURN 'Class:' + n.id AS key, n.name AS state
  UNION ALL
  MATCH (n:Entrant) RETURN 'Entrant:' + n.id AS key, n.name AS state
}
RETURN key, state;

// :name seasonsOfNames
// The seasons with an entry that uses one of the changed nodes ($keys: 'Label:id', as the names statement gives them).
UNWIND $keys AS key
WITH split(key, ':')[0] AS label, substring(key, size(split(key, ':')[0]) + 1) AS id
CALL (label, id) {
  MATCH (:Team {id: id})<-[:OF_TEAM]-(:Squad)<-[:FOR_SQUAD]-(n:Entry) WHERE label = 'Team'
  RETURN n
  UNION
  MATCH (:CarModel {id: id})<-[:WITH_CAR]-(n:Entry) WHERE label = 'CarModel'
  RETURN n
  UNION
  MATCH (:Manufacturer {id: id})<-[:BUILT_BY|CREDITED_TO]-(:CarModel)<-[:WITH_CAR]-(n:Entry) WHERE label = 'Manufacturer'
  RETURN n
  UNION
  MATCH (:Manufacturer {id: id})<-[:ENGINE_BY|TYRES_BY]-(n:Entry) WHERE label = 'Manufacturer'
  RETURN n
  UNION
  MATCH (:Class {id: id})<-[:IN_CLASS]-(n:Entry) WHERE label = 'Class'
  RETURN n
  UNION
  MATCH (:Entrant {id: id})<-[:ENTERED_BY]-(:Squad)<-[:FOR_SQUAD]-(n:Entry) WHERE label = 'Entrant'
  RETURN n
}
MATCH (n)-[:IN_EVENT]->(e:Event)
RETURN DISTINCT e.seriesId AS seriesId, e.year AS year;

// :name seasonsOfRows
// The seasons of the events, and of the entries, that a write's rows name.
CALL () {
  UNWIND $events AS id
  MATCH (e:Event {id: id})
  RETURN e.seriesId AS seriesId, e.year AS year
  UNION
  UNWIND $entries AS id
  MATCH (:Entry {id: id})-[:IN_EVENT]->(e:Event)
  RETURN e.seriesId AS seriesId, e.year AS year
}
RETURN DISTINCT seriesId, year;

// :name everySeason
MATCH (e:Event)
RETURN DISTINCT e.seriesId AS seriesId, e.year AS year;

// :name clear
// $seasons: 'seriesId year' keys ('f1 2012'); $series: their series, for the index.
MATCH (t:Tally) WHERE $all OR t.seriesId IN $series AND t.seriesId + ' ' + t.year IN $seasons
DETACH DELETE t;

// :name places
// The tallies of the seasons in $seasons ('seriesId year'; $series: their series, for the index), overall (scope
// 'overall': position 1 to 3) and in class ('class': class position 1 to 3): the rows records-wins.cypher builds for
// each holder kind and both scopes at once, grouped by holder, series, season and class instead of by holder. Each
// line keeps a sort key in the order the live record lists it (season, round, date, event id, then place and text for
// lines of one event), so lines from several tallies merge into the same order; a line in class names its class
// first, as the live record's does.
CALL () {
  MATCH (r:Result) WHERE r.seriesId IN $series AND r.position IN [1, 2, 3] AND r.seriesId + ' ' + r.year IN $seasons
  RETURN r, 'overall' AS scope, r.position AS position
  UNION
  MATCH (r:Result) WHERE r.seriesId IN $series AND r.classPosition IN [1, 2, 3] AND r.seriesId + ' ' + r.year IN $seasons
  RETURN r, 'class' AS scope, r.classPosition AS position
}
MATCH (r)-[:IN_SESSION]->(:Session {type: 'RACE'})
MATCH (r)-[:OF_ENTRY]->(n:Entry)-[:IN_EVENT]->(e:Event)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
CALL (n) {
  MATCH (h:Driver)-[drove:DROVE]->(n)
  RETURN 'driver' AS kind, h, drove.sources AS linkSources
  UNION
  MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(h:Team)
  RETURN 'team' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(h:CarModel)
  RETURN 'car' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(:CarModel)-[credit:CREDITED_TO]->(h:Manufacturer)
  RETURN 'manufacturer' AS kind, h, n.sources + credit.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(car:CarModel)-[:BUILT_BY]->(h:Manufacturer) WHERE NOT EXISTS { (car)-[:CREDITED_TO]->(:Manufacturer) }
  RETURN 'manufacturer' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(:CarModel)-[:BUILT_BY]->(h:Manufacturer)
  RETURN 'chassis-maker' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:ENTERED_BY]->(h:Entrant)
  RETURN 'entrant' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:ENGINE_BY]->(h:Manufacturer)
  RETURN 'engine-maker' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:TYRES_BY]->(h:Manufacturer)
  RETURN 'tyre-maker' AS kind, h, n.sources AS linkSources
}
OPTIONAL MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(team:Team)
OPTIONAL MATCH (n)-[:WITH_CAR]->(car:CarModel)
OPTIONAL MATCH (n)-[:ENGINE_BY]->(engine:Manufacturer)
WITH kind, scope, h, r, e, c, linkSources, position,
     CASE WHEN scope = 'class' THEN [coalesce(c.name, 'class unknown')] ELSE [] END
     + CASE WHEN kind = 'team' THEN [] ELSE [coalesce(team.name, 'team unknown')] END
     + CASE WHEN kind = 'car' OR car.name = team.name THEN [] ELSE [coalesce(car.name, 'car unknown')
            + CASE WHEN engine IS NULL OR car IS NULL OR car.name CONTAINS engine.name OR kind = 'engine-maker' THEN '' ELSE ' ' + engine.name END] END AS how
WITH kind, scope, h, r, e, c, linkSources, position,
     ' (' + reduce(text = '', part IN how | text + CASE text WHEN '' THEN '' ELSE ', ' END + part) + ')' AS tail
ORDER BY e.year, e.round, e.date, e.id, position, tail
WITH kind, scope, h, e.seriesId AS seriesId, e.year AS year, c.id AS classId,
     count(DISTINCT CASE WHEN position = 1 THEN r END) AS wins, count(DISTINCT r) AS podiums,
     collect(e.name + ' ' + e.year) AS heads, collect(tail) AS tails, collect(position) AS positions,
     collect(right('0000' + toString(e.year), 4) + right('000' + coalesce(toString(e.round), '~~~'), 3) + coalesce(toString(e.date), '~~~~~~~~~~') + e.id + ' ' + position + tail) AS keys,
     collect(CASE WHEN position = 1 THEN r.sources + linkSources END) AS winSourceLists,
     collect(r.sources + linkSources) AS podiumSourceLists
CREATE (t:Tally {scope: scope, holderKind: kind, seriesId: seriesId, year: year, classId: classId,
                 wins: wins, podiums: podiums, heads: heads, tails: tails, positions: positions, keys: keys,
                 winSources: COLLECT { UNWIND winSourceLists AS list UNWIND list AS s RETURN DISTINCT s },
                 podiumSources: COLLECT { UNWIND podiumSourceLists AS list UNWIND list AS s RETURN DISTINCT s }})
CREATE (t)-[:OF_HOLDER]->(h);

// :name poles
// The pole tallies of the seasons in $seasons (records-poles.cypher's rows for every holder kind at once), overall
// (scope 'pole') and in class ('class-pole'): overall, the record books' pole where a source knows the grid
// (Result.pole), else position 1 in qualifying; in class, class position 1 in qualifying. `fastest` counts the poles
// of the second kind, for the record's unit.
CALL () {
  MATCH (r:Result) WHERE r.pole = true AND r.seriesId IN $series AND r.seriesId + ' ' + r.year IN $seasons
  RETURN r, 'pole' AS scope, true AS fromGrid
  UNION
  CALL () {
    MATCH (r:Result) WHERE r.seriesId IN $series AND r.position = 1 AND r.seriesId + ' ' + r.year IN $seasons
    RETURN r, 'pole' AS scope
    UNION
    MATCH (r:Result) WHERE r.seriesId IN $series AND r.classPosition = 1 AND r.seriesId + ' ' + r.year IN $seasons
    RETURN r, 'class-pole' AS scope
  }
  MATCH (r)-[:IN_SESSION]->(:Session {type: 'QUALIFYING'})<-[:HAS_SESSION]-(e:Event)
  WHERE scope = 'class-pole' OR NOT EXISTS { (e)-[:HAS_SESSION]->(:Session)<-[:IN_SESSION]-(:Result {pole: true}) }
  RETURN r, scope, false AS fromGrid
}
MATCH (r)-[:OF_ENTRY]->(n:Entry)-[:IN_EVENT]->(e:Event)
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
CALL (n) {
  MATCH (h:Driver)-[drove:DROVE]->(n)
  RETURN 'driver' AS kind, h, drove.sources AS linkSources
  UNION
  MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(h:Team)
  RETURN 'team' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(h:CarModel)
  RETURN 'car' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(:CarModel)-[credit:CREDITED_TO]->(h:Manufacturer)
  RETURN 'manufacturer' AS kind, h, n.sources + credit.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(car:CarModel)-[:BUILT_BY]->(h:Manufacturer) WHERE NOT EXISTS { (car)-[:CREDITED_TO]->(:Manufacturer) }
  RETURN 'manufacturer' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(:CarModel)-[:BUILT_BY]->(h:Manufacturer)
  RETURN 'chassis-maker' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:ENTERED_BY]->(h:Entrant)
  RETURN 'entrant' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:ENGINE_BY]->(h:Manufacturer)
  RETURN 'engine-maker' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:TYRES_BY]->(h:Manufacturer)
  RETURN 'tyre-maker' AS kind, h, n.sources AS linkSources
}
OPTIONAL MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(team:Team)
OPTIONAL MATCH (n)-[:WITH_CAR]->(car:CarModel)
OPTIONAL MATCH (n)-[:ENGINE_BY]->(engine:Manufacturer)
WITH kind, h, r, e, c, linkSources, scope, fromGrid,
     CASE WHEN scope = 'class-pole' THEN [coalesce(c.name, 'class unknown')] ELSE [] END
     + CASE WHEN kind = 'team' THEN [] ELSE [coalesce(team.name, 'team unknown')] END
     + CASE WHEN kind = 'car' OR car.name = team.name THEN [] ELSE [coalesce(car.name, 'car unknown')
            + CASE WHEN engine IS NULL OR car IS NULL OR car.name CONTAINS engine.name OR kind = 'engine-maker' THEN '' ELSE ' ' + engine.name END] END AS how
WITH kind, h, r, e, c, linkSources, scope, fromGrid,
     ' (' + reduce(text = '', part IN how | text + CASE text WHEN '' THEN '' ELSE ', ' END + part) + ')' AS tail
ORDER BY e.year, e.round, e.date, e.id, tail
WITH kind, scope, h, e.seriesId AS seriesId, e.year AS year, c.id AS classId,
     count(DISTINCT r) AS poles, count(DISTINCT CASE WHEN fromGrid THEN null ELSE r END) AS fastest,
     collect(e.name + ' ' + e.year + tail) AS lines,
     collect(right('0000' + toString(e.year), 4) + right('000' + coalesce(toString(e.round), '~~~'), 3) + coalesce(toString(e.date), '~~~~~~~~~~') + e.id + ' ' + tail) AS keys,
     collect(r.sources + linkSources) AS sourceLists
CREATE (t:Tally {scope: scope, holderKind: kind, seriesId: seriesId, year: year, classId: classId,
                 poles: poles, fastest: fastest, lines: lines, keys: keys,
                 sources: COLLECT { UNWIND sourceLists AS list UNWIND list AS s RETURN DISTINCT s }})
CREATE (t)-[:OF_HOLDER]->(h);

// :name starts
// The starts tallies of the seasons in $seasons (records-starts.cypher's rows for every holder kind at once): for each
// holder, series and season, the events where it had an entry with a race result other than DID_NOT_START, over every
// class (scope 'starts', classId null) and per class ('class-starts'). Only counts and sources, no lines: the record
// shows the first and last season, which the tallies' years give. Starts are distinct events, and an event belongs to
// one season, so the record can sum seasons; it cannot sum classes (two cars of one maker in two classes are one
// start), hence the scope over every class.
MATCH (e:Event) WHERE e.seriesId IN $series AND e.year IS NOT NULL AND e.seriesId + ' ' + e.year IN $seasons
MATCH (e)-[:HAS_SESSION]->(:Session {type: 'RACE'})<-[:IN_SESSION]-(r:Result)-[:OF_ENTRY]->(n:Entry)-[:IN_EVENT]->(e)
WHERE r.status <> 'DID_NOT_START'
OPTIONAL MATCH (n)-[:IN_CLASS]->(c:Class)
CALL (n) {
  MATCH (h:Driver)-[drove:DROVE]->(n)
  RETURN 'driver' AS kind, h, drove.sources AS linkSources
  UNION
  MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(h:Team)
  RETURN 'team' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(h:CarModel)
  RETURN 'car' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(:CarModel)-[credit:CREDITED_TO]->(h:Manufacturer)
  RETURN 'manufacturer' AS kind, h, n.sources + credit.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(car:CarModel)-[:BUILT_BY]->(h:Manufacturer) WHERE NOT EXISTS { (car)-[:CREDITED_TO]->(:Manufacturer) }
  RETURN 'manufacturer' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:WITH_CAR]->(:CarModel)-[:BUILT_BY]->(h:Manufacturer)
  RETURN 'chassis-maker' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:ENTERED_BY]->(h:Entrant)
  RETURN 'entrant' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:ENGINE_BY]->(h:Manufacturer)
  RETURN 'engine-maker' AS kind, h, n.sources AS linkSources
  UNION
  MATCH (n)-[:TYRES_BY]->(h:Manufacturer)
  RETURN 'tyre-maker' AS kind, h, n.sources AS linkSources
}
UNWIND CASE WHEN c IS NULL THEN ['starts'] ELSE ['starts', 'class-starts'] END AS scope
WITH kind, scope, h, e.seriesId AS seriesId, e.year AS year, CASE scope WHEN 'class-starts' THEN c.id END AS classId,
     count(DISTINCT e) AS starts, collect(linkSources) AS sourceLists
CREATE (t:Tally {scope: scope, holderKind: kind, seriesId: seriesId, year: year, classId: classId, starts: starts,
                 sources: COLLECT { UNWIND sourceLists AS list UNWIND list AS s RETURN DISTINCT s }})
CREATE (t)-[:OF_HOLDER]->(h);

// :name fresh
MERGE (s:Tallies {id: 'records'})
SET s.fresh = true, s.format = 3;
