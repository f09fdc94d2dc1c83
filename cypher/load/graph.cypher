// Paddock graph writer: the statements every loader runs (the curated seed, the Ergast F1 import, the Le Mans
// import), in this order, each once per batch with $rows. One write path: a source adapter only maps its rows
// onto these statements' row fields; it never writes Cypher of its own.
// Every statement MERGEs on ids, so loading the same data twice leaves the graph unchanged.
// Provenance: `sources` holds "<source id>#p<paragraph>" (an article paragraph) or "<source id>#<file>:<line>"
// (a dataset row) strings, as a set: merged, never duplicated. `inferred` holds the reason when a fact is worked
// out rather than printed.
// Entities several sources describe (series, classes, circuits, manufacturers, car models, teams, drivers) keep
// the name, nationality and country of the source with the highest `precedence` (seed 3 > Formula 1 2 >
// Le Mans 1), and every other spelling as an alias, so the graph is the same whatever order the sources load in.
// Each statement is introduced by a line "// :name <name>" that the writer looks up.

// :name sources
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.file = row.file, s.language = row.language, s.title = row.title, s.paragraphs = row.paragraphs,
    s.kind = coalesce(row.kind, 'ARTICLE'), s.licence = row.licence, s.origin = row.origin, s.coverage = row.coverage;

// :name series
UNWIND $rows AS row
MERGE (n:Series {id: row.id})
// The precedence rule, once: a row outranked by what the node holds keeps the node's value.
WITH n, row, coalesce(n.precedence, 0) > row.precedence AS outranked
WITH n, row, outranked, CASE WHEN outranked THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END AS name
WITH n, row, outranked, name,
     [a IN coalesce(n.aliases, []) + [x IN coalesce(row.aliases, []) + [n.name, row.name] WHERE NOT x IN coalesce(n.aliases, [])]
      WHERE a IS NOT NULL AND a <> name] AS aliases
SET n.searchText = reduce(text = name, alias IN aliases | text + ' | ' + alias),
    n.aliases = aliases,
    n.name = name,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = coalesce(row.inferred, n.inferred),
    n.precedence = CASE WHEN outranked THEN n.precedence ELSE row.precedence END;

// :name classes
UNWIND $rows AS row
MERGE (n:Class {id: row.id})
// The precedence rule, once: a row outranked by what the node holds keeps the node's value.
WITH n, row, coalesce(n.precedence, 0) > row.precedence AS outranked
WITH n, row, outranked, CASE WHEN outranked THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END AS name
WITH n, row, outranked, name,
     [a IN coalesce(n.aliases, []) + [x IN coalesce(row.aliases, []) + [n.name, row.name] WHERE NOT x IN coalesce(n.aliases, [])]
      WHERE a IS NOT NULL AND a <> name] AS aliases
SET n.searchText = reduce(text = name, alias IN aliases | text + ' | ' + alias),
    n.aliases = aliases,
    n.name = name,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = coalesce(row.inferred, n.inferred),
    n.category = coalesce(row.category, n.category), n.specClass = coalesce(row.specClass, n.specClass),
    n.precedence = CASE WHEN outranked THEN n.precedence ELSE row.precedence END
WITH n, row WHERE row.series IS NOT NULL
MATCH (s:Series {id: row.series})
MERGE (n)-[:OF_SERIES]->(s);

// :name circuits
UNWIND $rows AS row
MERGE (n:Circuit {id: row.id})
// The precedence rule, once: a row outranked by what the node holds keeps the node's value.
WITH n, row, coalesce(n.precedence, 0) > row.precedence AS outranked
WITH n, row, outranked, CASE WHEN outranked THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END AS name
WITH n, row, outranked, name,
     [a IN coalesce(n.aliases, []) + [x IN coalesce(row.aliases, []) + [n.name, row.name] WHERE NOT x IN coalesce(n.aliases, [])]
      WHERE a IS NOT NULL AND a <> name] AS aliases
SET n.searchText = reduce(text = name, alias IN aliases | text + ' | ' + alias),
    n.aliases = aliases,
    n.name = name,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = coalesce(row.inferred, n.inferred),
    n.locality = coalesce(row.locality, n.locality), n.region = coalesce(row.region, n.region),
    n.country = CASE WHEN outranked THEN coalesce(n.country, row.country) ELSE coalesce(row.country, n.country) END,
    n.lengthKm = CASE WHEN outranked THEN coalesce(n.lengthKm, row.lengthKm) ELSE coalesce(row.lengthKm, n.lengthKm) END,
    n.note = coalesce(row.note, n.note), n.latitude = coalesce(row.latitude, n.latitude),
    n.longitude = coalesce(row.longitude, n.longitude), n.configurations = coalesce(row.configurations, n.configurations),
    n.precedence = CASE WHEN outranked THEN n.precedence ELSE row.precedence END;

// :name manufacturers
UNWIND $rows AS row
MERGE (n:Manufacturer {id: row.id})
// The precedence rule, once: a row outranked by what the node holds keeps the node's value.
WITH n, row, coalesce(n.precedence, 0) > row.precedence AS outranked
WITH n, row, outranked, CASE WHEN outranked THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END AS name
WITH n, row, outranked, name,
     [a IN coalesce(n.aliases, []) + [x IN coalesce(row.aliases, []) + [n.name, row.name] WHERE NOT x IN coalesce(n.aliases, [])]
      WHERE a IS NOT NULL AND a <> name] AS aliases
SET n.searchText = reduce(text = name, alias IN aliases | text + ' | ' + alias),
    n.aliases = aliases,
    n.name = name,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = coalesce(row.inferred, n.inferred),
    n.country = CASE WHEN outranked THEN coalesce(n.country, row.country) ELSE coalesce(row.country, n.country) END,
    n.precedence = CASE WHEN outranked THEN n.precedence ELSE row.precedence END;

// :name cars
UNWIND $rows AS row
MERGE (n:CarModel {id: row.id})
// The precedence rule, once: a row outranked by what the node holds keeps the node's value.
WITH n, row, coalesce(n.precedence, 0) > row.precedence AS outranked
WITH n, row, outranked, CASE WHEN outranked THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END AS name
WITH n, row, outranked, name,
     [a IN coalesce(n.aliases, []) + [x IN coalesce(row.aliases, []) + [n.name, row.name] WHERE NOT x IN coalesce(n.aliases, [])]
      WHERE a IS NOT NULL AND a <> name] AS aliases
SET n.searchText = reduce(text = name, alias IN aliases | text + ' | ' + alias),
    n.aliases = aliases,
    n.name = name,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = coalesce(row.inferred, n.inferred),
    n.powerHp = coalesce(row.powerHp, n.powerHp), n.builtAt = coalesce(row.builtAt, n.builtAt),
    n.note = coalesce(row.note, n.note),
    n.precedence = CASE WHEN outranked THEN n.precedence ELSE row.precedence END
WITH n, row
CALL (n, row) {
  MATCH (m:Manufacturer {id: row.manufacturer})
  MERGE (n)-[:BUILT_BY]->(m)
}
CALL (n, row) {
  MATCH (e:Manufacturer {id: row.engineManufacturer})
  MERGE (n)-[:ENGINE_BY]->(e)
}
CALL (n, row) {
  MATCH (c:Class {id: row.class})
  MERGE (n)-[:BUILT_FOR]->(c)
};

// :name teams
UNWIND $rows AS row
MERGE (n:Team {id: row.id})
// The precedence rule, once: a row outranked by what the node holds keeps the node's value.
WITH n, row, coalesce(n.precedence, 0) > row.precedence AS outranked
WITH n, row, outranked, CASE WHEN outranked THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END AS name
WITH n, row, outranked, name,
     [a IN coalesce(n.aliases, []) + [x IN coalesce(row.aliases, []) + [n.name, row.name] WHERE NOT x IN coalesce(n.aliases, [])]
      WHERE a IS NOT NULL AND a <> name] AS aliases
SET n.searchText = reduce(text = name, alias IN aliases | text + ' | ' + alias),
    n.aliases = aliases,
    n.name = name,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = coalesce(row.inferred, n.inferred),
    n.country = CASE WHEN outranked THEN coalesce(n.country, row.country) ELSE coalesce(row.country, n.country) END,
    n.precedence = CASE WHEN outranked THEN n.precedence ELSE row.precedence END
WITH n, row
CALL (n, row) {
  MATCH (m:Manufacturer {id: row.supportedBy})
  MERGE (n)-[:SUPPORTED_BY]->(m)
}
CALL (n, row) {
  MATCH (m:Manufacturer {id: row.chassisMaker})
  MERGE (n)-[:BUILDS_WITH]->(m)
};

// :name drivers
UNWIND $rows AS row
MERGE (n:Driver {id: row.id})
// The precedence rule, once: a row outranked by what the node holds keeps the node's value.
WITH n, row, coalesce(n.precedence, 0) > row.precedence AS outranked
WITH n, row, outranked, CASE WHEN outranked THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END AS name
WITH n, row, outranked, name,
     [a IN coalesce(n.aliases, []) + [x IN coalesce(row.aliases, []) + [n.name, row.name] WHERE NOT x IN coalesce(n.aliases, [])]
      WHERE a IS NOT NULL AND a <> name] AS aliases
SET n:Person,
    n.searchText = reduce(text = name, alias IN aliases | text + ' | ' + alias),
    n.aliases = aliases,
    n.name = name,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = coalesce(row.inferred, n.inferred),
    n.nationality = CASE WHEN outranked THEN coalesce(n.nationality, row.nationality) ELSE coalesce(row.nationality, n.nationality) END,
    n.hometown = coalesce(row.hometown, n.hometown),
    n.birthDate = coalesce(CASE WHEN row.birthDate IS NULL THEN null ELSE date(row.birthDate) END, n.birthDate),
    n.precedence = CASE WHEN outranked THEN n.precedence ELSE row.precedence END
WITH n, row
CALL (n, row) {
  MATCH (m:Manufacturer {id: row.factoryDriverOf})
  MERGE (n)-[:WORKS_DRIVER_OF]->(m)
};

// :name people
UNWIND $rows AS row
MERGE (n:Person {id: row.id})
SET n.name = row.name, n.aliases = row.aliases, n.searchText = row.searchText,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = row.inferred;

// :name seasons
UNWIND $rows AS row
MERGE (n:Season {id: row.id})
SET n.year = row.year, n.rounds = row.rounds,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = row.inferred
WITH n, row
MATCH (s:Series {id: row.series})
MERGE (n)-[:OF_SERIES]->(s);

// :name events
UNWIND $rows AS row
MERGE (n:Event {id: row.id})
SET n.name = row.name, n.searchText = row.searchText, n.round = row.round, n.seasonFinale = row.seasonFinale,
    n.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    n.edition = row.edition, n.format = row.format,
    n.cancelled = row.cancelled, n.cancellationReason = row.cancellationReason, n.lengthKm = row.lengthKm,
    n.distanceKm = row.distanceKm, n.startTime = row.startTime,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = row.inferred
WITH n, row
MATCH (season:Season {id: row.season})
MATCH (circuit:Circuit {id: row.circuit})
MERGE (n)-[:IN_SEASON]->(season)
MERGE (n)-[:AT]->(circuit)
WITH n, row
UNWIND row.documents AS document
MATCH (source:Source {id: document})
MERGE (n)-[:REPORTED_IN]->(source);

// :name sessions
UNWIND $rows AS row
MERGE (n:Session {id: row.id})
SET n.type = row.type, n.durationMinutes = row.durationMinutes, n.laps = row.laps,
    n.safetyCarPeriods = row.safetyCarPeriods, n.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = row.inferred
WITH n, row
MATCH (e:Event {id: row.event})
MERGE (e)-[:HAS_SESSION]->(n);

// :name entries
UNWIND $rows AS row
MERGE (n:Entry {id: row.id})
SET n.number = row.number, n.crewComplete = row.crewComplete, n.tyres = row.tyres, n.engine = row.engine,
    n.started = row.started, n.status = row.status, n.carIdentified = row.carIdentified,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = row.inferred
WITH n, row
MATCH (e:Event {id: row.event})
MERGE (n)-[:IN_EVENT]->(e)
WITH n, row, e
CALL (n, row) {
  MATCH (c:Class {id: row.class})
  MERGE (n)-[:IN_CLASS]->(c)
}
CALL (n, row) {
  MATCH (car:CarModel {id: row.car})
  MERGE (n)-[:WITH_CAR]->(car)
}
CALL (n, row) {
  MATCH (m:Manufacturer {id: row.engineManufacturer})
  MERGE (n)-[:ENGINE_BY]->(m)
}
CALL (n, row, e) {
  MATCH (t:Team {id: row.team})
  MERGE (squad:Squad {id: row.team + '@' + row.event})
  MERGE (squad)-[:OF_TEAM]->(t)
  MERGE (squad)-[:AT_EVENT]->(e)
  MERGE (n)-[:FOR_SQUAD]->(squad)
};

// :name crew
// One row per driver of an entry. RACED_FOR is the direct driver-to-squad shortcut that makes team-mates a two-hop query;
// a crew that was entered but never raced (started = false) did not race for the squad, so it gets no shortcut.
UNWIND $rows AS row
MATCH (d:Driver {id: row.driver})
MATCH (n:Entry {id: row.entry})
MERGE (d)-[r:DROVE]->(n)
SET r.sources = coalesce(r.sources, []) + [s IN row.src WHERE NOT s IN coalesce(r.sources, [])],
    r.inferred = row.inferred, r.points = row.points, r.flag = row.flag
WITH d, n
CALL (d, n) {
  MATCH (n)-[:FOR_SQUAD]->(squad:Squad) WHERE coalesce(n.started, true)
  MERGE (d)-[:RACED_FOR]->(squad)
};

// :name results
UNWIND $rows AS row
MATCH (n:Entry {id: row.entry})
MATCH (s:Session {id: row.session})
MERGE (r:Result {id: row.id})
SET r.status = row.status, r.position = row.position, r.classPosition = row.classPosition,
    r.laps = row.laps, r.gapSeconds = row.gapSeconds, r.lapsLostInPits = row.lapsLostInPits,
    r.order = row.order, r.reason = row.reason, r.grid = row.grid, r.points = row.points,
    r.timeSeconds = row.timeSeconds, r.distanceKm = row.distanceKm, r.pitStops = row.pitStops,
    r.pitStopSeconds = row.pitStopSeconds, r.fastestLapRank = row.fastestLapRank,
    r.fastestLapSeconds = row.fastestLapSeconds, r.bestLapSeconds = row.bestLapSeconds,
    r.q1Seconds = row.q1Seconds, r.q2Seconds = row.q2Seconds, r.q3Seconds = row.q3Seconds,
    r.sources = coalesce(r.sources, []) + [x IN row.src WHERE NOT x IN coalesce(r.sources, [])],
    r.inferred = row.inferred
MERGE (r)-[:OF_ENTRY]->(n)
MERGE (r)-[:IN_SESSION]->(s)
WITH r, row
CALL (r, row) {
  MATCH (ahead:Entry {id: row.gapTo})
  MERGE (r)-[:GAP_TO]->(ahead)
};

// :name championships
UNWIND $rows AS row
MERGE (n:Championship {id: row.id})
SET n.name = row.name, n.kind = row.kind
WITH n, row
MATCH (season:Season {id: row.season})
MERGE (n)-[:IN_SEASON]->(season)
WITH n, row
CALL (n, row) {
  MATCH (c:Class {id: row.class})
  MERGE (n)-[:FOR_CLASS]->(c)
};

// :name standings
// One STANDING per holder, championship and moment: the final one, or the one as of an event.
UNWIND $rows AS row
MATCH (c:Championship {id: row.championship})
// One branch per holder label, so each lookup uses that label's unique index (a dynamic label cannot).
CALL (row) {
  MATCH (h:Driver {id: row.holderId}) WHERE row.holderLabel = 'Driver' RETURN h
  UNION
  MATCH (h:Team {id: row.holderId}) WHERE row.holderLabel = 'Team' RETURN h
  UNION
  MATCH (h:Manufacturer {id: row.holderId}) WHERE row.holderLabel = 'Manufacturer' RETURN h
}
MERGE (h)-[st:STANDING {asOf: coalesce(row.asOfEvent, 'final')}]->(c)
SET st.position = row.position, st.final = row.final, st.clinchedAt = row.clinchedAt,
    st.points = row.points, st.wins = row.wins,
    st.sources = coalesce(st.sources, []) + [s IN row.src WHERE NOT s IN coalesce(st.sources, [])],
    st.inferred = row.inferred;

// :name lapRecords
UNWIND $rows AS row
MATCH (d:Driver {id: row.driver})
MATCH (c:Circuit {id: row.circuit})
MATCH (s:Session {id: row.session})
MERGE (l:LapRecord {id: row.id})
SET l.kind = row.kind, l.lapTimeSeconds = row.lapTimeSeconds, l.improvementSeconds = row.improvementSeconds,
    l.sources = coalesce(l.sources, []) + [x IN row.src WHERE NOT x IN coalesce(l.sources, [])],
    l.inferred = row.inferred
MERGE (d)-[:SET]->(l)
MERGE (l)-[:AT]->(c)
MERGE (l)-[:IN_SESSION]->(s)
WITH l, row
CALL (l, row) {
  MATCH (n:Entry {id: row.entry})
  MERGE (l)-[:WITH_ENTRY]->(n)
};

// :name statedTotals
UNWIND $rows AS row
MERGE (t:StatedTotal {id: row.id})
SET t.metric = row.metric, t.value = row.value, t.outOf = row.outOf, t.scope = row.scope,
    t.fromYear = row.fromYear, t.toYear = row.toYear, t.note = row.note,
    t.sources = coalesce(t.sources, []) + [x IN row.src WHERE NOT x IN coalesce(t.sources, [])],
    t.inferred = row.inferred
WITH t, row
CALL (t, row) {
  UNWIND row.subjects AS subject
  // One branch per label, so each lookup uses that label's unique index (a dynamic label cannot).
  CALL (subject) {
    MATCH (h:Driver {id: subject.id}) WHERE subject.label = 'Driver' RETURN h
    UNION
    MATCH (h:Person {id: subject.id}) WHERE subject.label = 'Person' RETURN h
    UNION
    MATCH (h:Team {id: subject.id}) WHERE subject.label = 'Team' RETURN h
    UNION
    MATCH (h:Manufacturer {id: subject.id}) WHERE subject.label = 'Manufacturer' RETURN h
    UNION
    MATCH (h:CarModel {id: subject.id}) WHERE subject.label = 'CarModel' RETURN h
    UNION
    MATCH (h:Entry {id: subject.id}) WHERE subject.label = 'Entry' RETURN h
  }
  MERGE (t)-[:ABOUT]->(h)
}
CALL (t, row) {
  MATCH (s:Season {id: row.season})
  MERGE (t)-[:IN_SEASON]->(s)
}
CALL (t, row) {
  MATCH (c:Class {id: row.class})
  MERGE (t)-[:FOR_CLASS]->(c)
}
CALL (t, row) {
  MATCH (c:Circuit {id: row.circuit})
  MERGE (t)-[:AT]->(c)
}
CALL (t, row) {
  MATCH (e:Event {id: row.asOfEvent})
  MERGE (t)-[:AS_OF]->(e)
};

// :name roles
UNWIND $rows AS row
MATCH (p:Person {id: row.person})
CALL (row) {
  MATCH (o:Manufacturer {id: row.organisationId}) WHERE row.organisationLabel = 'Manufacturer' RETURN o
  UNION
  MATCH (o:Team {id: row.organisationId}) WHERE row.organisationLabel = 'Team' RETURN o
}
MERGE (p)-[r:HOLDS_ROLE {role: row.role}]->(o)
SET r.season = row.season,
    r.sources = coalesce(r.sources, []) + [s IN row.src WHERE NOT s IN coalesce(r.sources, [])],
    r.inferred = row.inferred;
