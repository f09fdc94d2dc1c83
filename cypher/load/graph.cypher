// Paddock graph writer: the statements every loader runs (the curated seed, the Ergast F1 import, the Le Mans
// import), in this order, each once per batch with $rows. One write path: a source adapter only maps its rows
// onto these statements' row fields; it never writes Cypher of its own.
// Every statement MERGEs on ids, so loading the same data twice leaves the graph unchanged.
// Provenance: `sources` holds "<source id>#p<paragraph>" (an article paragraph) or "<source id>#<file>:<line>"
// (a dataset row) strings, as a set: merged, never duplicated. `inferred` holds the reason when a fact is worked
// out rather than printed.
// Entities several sources describe (series, classes, circuits, manufacturers, car models, teams, drivers) keep
// the name of the source with the highest `precedence` (seed 4 > F1DB 3 > Ergast 2 > Le Mans 1) and every other
// spelling as an alias, and each other value from the highest-ranked source that gives it (`precedenceOf` holds
// the rank of a value a lower source filled in), so the graph is the same whatever order the sources load in
// (ADR 0030). Each value's SET item reads the ranks only on a node that holds one (`precedenceOf` not null):
// elsewhere the rule is ADR 0019's, which gives the same value there, so an import that fills in nothing pays
// almost nothing for the ranks.
// Each statement is introduced by a line "// :name <name>" that the writer looks up.

// :name sources
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s.file = row.file, s.language = row.language, s.title = row.title, s.paragraphs = row.paragraphs,
    s.kind = coalesce(row.kind, 'ARTICLE'), s.licence = row.licence, s.origin = row.origin, s.coverage = row.coverage;

// :name series
UNWIND $rows AS row
MERGE (n:Series {id: row.id})
// The precedence rule (seed/precedence.json): a row outranked by the node's precedence keeps the node's name;
// aliases are a sorted set, so the name and search text do not depend on load order. Every other value is the one of
// the highest-ranked source that gives it: `precedenceOf` remembers the rank of a value a lower source filled in
// ("latitude=2"), so a third source compares with that rank, not the node's (ADR 0030). The rule is written out in
// each SET item: computed once in a WITH after the MERGE, it made the planner add an Eager step (ADR 0019).
// Every SET item reads the node as it was before this row: a value takes the row's where the row gives one and
// ranks at least as high as the stored value's source (a same-ranked row is the same source's later row).
SET n.precedenceOf = CASE WHEN n.precedence IS NULL OR n.precedenceOf IS NULL AND n.precedence = row.precedence THEN n.precedenceOf
      ELSE reduce(kept = null, ranked IN [e IN [
        ['inferred', CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.inferred IS NULL THEN null ELSE CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END END]]
      WHERE e[1] IS NOT NULL AND e[1] < CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END | e[0] + '=' + toString(e[1])] | coalesce(kept, []) + [ranked]) END,
    n.searchText = reduce(text = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
                   alias IN COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a } | text + ' | ' + alias),
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a },
    n.name = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.inferred, row.inferred) ELSE coalesce(row.inferred, n.inferred) END
        ELSE CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.inferred ELSE n.inferred END END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END;

// :name classes
UNWIND $rows AS row
MERGE (n:Class {id: row.id})
// The precedence rule (seed/precedence.json): a row outranked by the node's precedence keeps the node's name;
// aliases are a sorted set, so the name and search text do not depend on load order. Every other value is the one of
// the highest-ranked source that gives it: `precedenceOf` remembers the rank of a value a lower source filled in
// ("latitude=2"), so a third source compares with that rank, not the node's (ADR 0030). The rule is written out in
// each SET item: computed once in a WITH after the MERGE, it made the planner add an Eager step (ADR 0019).
// Every SET item reads the node as it was before this row: a value takes the row's where the row gives one and
// ranks at least as high as the stored value's source (a same-ranked row is the same source's later row).
SET n.precedenceOf = CASE WHEN n.precedence IS NULL OR n.precedenceOf IS NULL AND n.precedence = row.precedence THEN n.precedenceOf
      ELSE reduce(kept = null, ranked IN [e IN [
        ['inferred', CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.inferred IS NULL THEN null ELSE CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END END],
        ['category', CASE WHEN row.category IS NOT NULL AND row.precedence >= CASE WHEN n.category IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'category=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.category IS NULL THEN null ELSE CASE WHEN n.category IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'category=' | toInteger(substring(f, 9))]), n.precedence, 0) END END],
        ['specClass', CASE WHEN row.specClass IS NOT NULL AND row.precedence >= CASE WHEN n.specClass IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'specClass=' | toInteger(substring(f, 10))]), n.precedence, 0) END THEN row.precedence WHEN n.specClass IS NULL THEN null ELSE CASE WHEN n.specClass IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'specClass=' | toInteger(substring(f, 10))]), n.precedence, 0) END END]]
      WHERE e[1] IS NOT NULL AND e[1] < CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END | e[0] + '=' + toString(e[1])] | coalesce(kept, []) + [ranked]) END,
    n.searchText = reduce(text = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
                   alias IN COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a } | text + ' | ' + alias),
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a },
    n.name = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.inferred, row.inferred) ELSE coalesce(row.inferred, n.inferred) END
        ELSE CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.inferred ELSE n.inferred END END,
    n.category = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.category, row.category) ELSE coalesce(row.category, n.category) END
        ELSE CASE WHEN row.category IS NOT NULL AND row.precedence >= CASE WHEN n.category IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'category=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.category ELSE n.category END END, n.specClass = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.specClass, row.specClass) ELSE coalesce(row.specClass, n.specClass) END
        ELSE CASE WHEN row.specClass IS NOT NULL AND row.precedence >= CASE WHEN n.specClass IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'specClass=' | toInteger(substring(f, 10))]), n.precedence, 0) END THEN row.specClass ELSE n.specClass END END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END
WITH n, row WHERE row.series IS NOT NULL
MATCH (s:Series {id: row.series})
MERGE (n)-[:OF_SERIES]->(s);

// :name circuits
UNWIND $rows AS row
MERGE (n:Circuit {id: row.id})
// The precedence rule (seed/precedence.json): a row outranked by the node's precedence keeps the node's name;
// aliases are a sorted set, so the name and search text do not depend on load order. Every other value is the one of
// the highest-ranked source that gives it: `precedenceOf` remembers the rank of a value a lower source filled in
// ("latitude=2"), so a third source compares with that rank, not the node's (ADR 0030). The rule is written out in
// each SET item: computed once in a WITH after the MERGE, it made the planner add an Eager step (ADR 0019).
// Every SET item reads the node as it was before this row: a value takes the row's where the row gives one and
// ranks at least as high as the stored value's source (a same-ranked row is the same source's later row).
SET n.precedenceOf = CASE WHEN n.precedence IS NULL OR n.precedenceOf IS NULL AND n.precedence = row.precedence THEN n.precedenceOf
      ELSE reduce(kept = null, ranked IN [e IN [
        ['inferred', CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.inferred IS NULL THEN null ELSE CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END END],
        ['locality', CASE WHEN row.locality IS NOT NULL AND row.precedence >= CASE WHEN n.locality IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'locality=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.locality IS NULL THEN null ELSE CASE WHEN n.locality IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'locality=' | toInteger(substring(f, 9))]), n.precedence, 0) END END],
        ['region', CASE WHEN row.region IS NOT NULL AND row.precedence >= CASE WHEN n.region IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'region=' | toInteger(substring(f, 7))]), n.precedence, 0) END THEN row.precedence WHEN n.region IS NULL THEN null ELSE CASE WHEN n.region IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'region=' | toInteger(substring(f, 7))]), n.precedence, 0) END END],
        ['country', CASE WHEN row.country IS NOT NULL AND row.precedence >= CASE WHEN n.country IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'country=' | toInteger(substring(f, 8))]), n.precedence, 0) END THEN row.precedence WHEN n.country IS NULL THEN null ELSE CASE WHEN n.country IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'country=' | toInteger(substring(f, 8))]), n.precedence, 0) END END],
        ['lengthKm', CASE WHEN row.lengthKm IS NOT NULL AND row.precedence >= CASE WHEN n.lengthKm IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'lengthKm=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.lengthKm IS NULL THEN null ELSE CASE WHEN n.lengthKm IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'lengthKm=' | toInteger(substring(f, 9))]), n.precedence, 0) END END],
        ['note', CASE WHEN row.note IS NOT NULL AND row.precedence >= CASE WHEN n.note IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'note=' | toInteger(substring(f, 5))]), n.precedence, 0) END THEN row.precedence WHEN n.note IS NULL THEN null ELSE CASE WHEN n.note IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'note=' | toInteger(substring(f, 5))]), n.precedence, 0) END END],
        ['latitude', CASE WHEN row.latitude IS NOT NULL AND row.precedence >= CASE WHEN n.latitude IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'latitude=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.latitude IS NULL THEN null ELSE CASE WHEN n.latitude IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'latitude=' | toInteger(substring(f, 9))]), n.precedence, 0) END END],
        ['longitude', CASE WHEN row.longitude IS NOT NULL AND row.precedence >= CASE WHEN n.longitude IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'longitude=' | toInteger(substring(f, 10))]), n.precedence, 0) END THEN row.precedence WHEN n.longitude IS NULL THEN null ELSE CASE WHEN n.longitude IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'longitude=' | toInteger(substring(f, 10))]), n.precedence, 0) END END],
        ['configurations', CASE WHEN row.configurations IS NOT NULL AND row.precedence >= CASE WHEN n.configurations IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'configurations=' | toInteger(substring(f, 15))]), n.precedence, 0) END THEN row.precedence WHEN n.configurations IS NULL THEN null ELSE CASE WHEN n.configurations IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'configurations=' | toInteger(substring(f, 15))]), n.precedence, 0) END END]]
      WHERE e[1] IS NOT NULL AND e[1] < CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END | e[0] + '=' + toString(e[1])] | coalesce(kept, []) + [ranked]) END,
    n.searchText = reduce(text = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
                   alias IN COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a } | text + ' | ' + alias),
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a },
    n.name = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.inferred, row.inferred) ELSE coalesce(row.inferred, n.inferred) END
        ELSE CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.inferred ELSE n.inferred END END,
    n.locality = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.locality, row.locality) ELSE coalesce(row.locality, n.locality) END
        ELSE CASE WHEN row.locality IS NOT NULL AND row.precedence >= CASE WHEN n.locality IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'locality=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.locality ELSE n.locality END END, n.region = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.region, row.region) ELSE coalesce(row.region, n.region) END
        ELSE CASE WHEN row.region IS NOT NULL AND row.precedence >= CASE WHEN n.region IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'region=' | toInteger(substring(f, 7))]), n.precedence, 0) END THEN row.region ELSE n.region END END,
    n.country = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.country, row.country) ELSE coalesce(row.country, n.country) END
        ELSE CASE WHEN row.country IS NOT NULL AND row.precedence >= CASE WHEN n.country IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'country=' | toInteger(substring(f, 8))]), n.precedence, 0) END THEN row.country ELSE n.country END END,
    n.lengthKm = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.lengthKm, row.lengthKm) ELSE coalesce(row.lengthKm, n.lengthKm) END
        ELSE CASE WHEN row.lengthKm IS NOT NULL AND row.precedence >= CASE WHEN n.lengthKm IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'lengthKm=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.lengthKm ELSE n.lengthKm END END,
    n.note = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.note, row.note) ELSE coalesce(row.note, n.note) END
        ELSE CASE WHEN row.note IS NOT NULL AND row.precedence >= CASE WHEN n.note IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'note=' | toInteger(substring(f, 5))]), n.precedence, 0) END THEN row.note ELSE n.note END END, n.latitude = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.latitude, row.latitude) ELSE coalesce(row.latitude, n.latitude) END
        ELSE CASE WHEN row.latitude IS NOT NULL AND row.precedence >= CASE WHEN n.latitude IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'latitude=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.latitude ELSE n.latitude END END,
    n.longitude = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.longitude, row.longitude) ELSE coalesce(row.longitude, n.longitude) END
        ELSE CASE WHEN row.longitude IS NOT NULL AND row.precedence >= CASE WHEN n.longitude IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'longitude=' | toInteger(substring(f, 10))]), n.precedence, 0) END THEN row.longitude ELSE n.longitude END END, n.configurations = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.configurations, row.configurations) ELSE coalesce(row.configurations, n.configurations) END
        ELSE CASE WHEN row.configurations IS NOT NULL AND row.precedence >= CASE WHEN n.configurations IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'configurations=' | toInteger(substring(f, 15))]), n.precedence, 0) END THEN row.configurations ELSE n.configurations END END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END;

// :name manufacturers
UNWIND $rows AS row
MERGE (n:Manufacturer {id: row.id})
// The precedence rule (seed/precedence.json): a row outranked by the node's precedence keeps the node's name;
// aliases are a sorted set, so the name and search text do not depend on load order. Every other value is the one of
// the highest-ranked source that gives it: `precedenceOf` remembers the rank of a value a lower source filled in
// ("latitude=2"), so a third source compares with that rank, not the node's (ADR 0030). The rule is written out in
// each SET item: computed once in a WITH after the MERGE, it made the planner add an Eager step (ADR 0019).
// Every SET item reads the node as it was before this row: a value takes the row's where the row gives one and
// ranks at least as high as the stored value's source (a same-ranked row is the same source's later row).
SET n.precedenceOf = CASE WHEN n.precedence IS NULL OR n.precedenceOf IS NULL AND n.precedence = row.precedence THEN n.precedenceOf
      ELSE reduce(kept = null, ranked IN [e IN [
        ['inferred', CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.inferred IS NULL THEN null ELSE CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END END],
        ['country', CASE WHEN row.country IS NOT NULL AND row.precedence >= CASE WHEN n.country IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'country=' | toInteger(substring(f, 8))]), n.precedence, 0) END THEN row.precedence WHEN n.country IS NULL THEN null ELSE CASE WHEN n.country IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'country=' | toInteger(substring(f, 8))]), n.precedence, 0) END END]]
      WHERE e[1] IS NOT NULL AND e[1] < CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END | e[0] + '=' + toString(e[1])] | coalesce(kept, []) + [ranked]) END,
    n.searchText = reduce(text = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
                   alias IN COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a } | text + ' | ' + alias),
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a },
    n.name = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.inferred, row.inferred) ELSE coalesce(row.inferred, n.inferred) END
        ELSE CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.inferred ELSE n.inferred END END,
    n.country = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.country, row.country) ELSE coalesce(row.country, n.country) END
        ELSE CASE WHEN row.country IS NOT NULL AND row.precedence >= CASE WHEN n.country IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'country=' | toInteger(substring(f, 8))]), n.precedence, 0) END THEN row.country ELSE n.country END END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END;

// :name cars
UNWIND $rows AS row
MERGE (n:CarModel {id: row.id})
// The precedence rule (seed/precedence.json): a row outranked by the node's precedence keeps the node's name;
// aliases are a sorted set, so the name and search text do not depend on load order. Every other value is the one of
// the highest-ranked source that gives it: `precedenceOf` remembers the rank of a value a lower source filled in
// ("latitude=2"), so a third source compares with that rank, not the node's (ADR 0030). The rule is written out in
// each SET item: computed once in a WITH after the MERGE, it made the planner add an Eager step (ADR 0019).
// Every SET item reads the node as it was before this row: a value takes the row's where the row gives one and
// ranks at least as high as the stored value's source (a same-ranked row is the same source's later row).
SET n.precedenceOf = CASE WHEN n.precedence IS NULL OR n.precedenceOf IS NULL AND n.precedence = row.precedence THEN n.precedenceOf
      ELSE reduce(kept = null, ranked IN [e IN [
        ['inferred', CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.inferred IS NULL THEN null ELSE CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END END],
        ['powerHp', CASE WHEN row.powerHp IS NOT NULL AND row.precedence >= CASE WHEN n.powerHp IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'powerHp=' | toInteger(substring(f, 8))]), n.precedence, 0) END THEN row.precedence WHEN n.powerHp IS NULL THEN null ELSE CASE WHEN n.powerHp IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'powerHp=' | toInteger(substring(f, 8))]), n.precedence, 0) END END],
        ['builtAt', CASE WHEN row.builtAt IS NOT NULL AND row.precedence >= CASE WHEN n.builtAt IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'builtAt=' | toInteger(substring(f, 8))]), n.precedence, 0) END THEN row.precedence WHEN n.builtAt IS NULL THEN null ELSE CASE WHEN n.builtAt IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'builtAt=' | toInteger(substring(f, 8))]), n.precedence, 0) END END],
        ['note', CASE WHEN row.note IS NOT NULL AND row.precedence >= CASE WHEN n.note IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'note=' | toInteger(substring(f, 5))]), n.precedence, 0) END THEN row.precedence WHEN n.note IS NULL THEN null ELSE CASE WHEN n.note IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'note=' | toInteger(substring(f, 5))]), n.precedence, 0) END END]]
      WHERE e[1] IS NOT NULL AND e[1] < CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END | e[0] + '=' + toString(e[1])] | coalesce(kept, []) + [ranked]) END,
    n.searchText = reduce(text = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
                   alias IN COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a } | text + ' | ' + alias),
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a },
    n.name = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.inferred, row.inferred) ELSE coalesce(row.inferred, n.inferred) END
        ELSE CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.inferred ELSE n.inferred END END,
    n.powerHp = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.powerHp, row.powerHp) ELSE coalesce(row.powerHp, n.powerHp) END
        ELSE CASE WHEN row.powerHp IS NOT NULL AND row.precedence >= CASE WHEN n.powerHp IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'powerHp=' | toInteger(substring(f, 8))]), n.precedence, 0) END THEN row.powerHp ELSE n.powerHp END END, n.builtAt = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.builtAt, row.builtAt) ELSE coalesce(row.builtAt, n.builtAt) END
        ELSE CASE WHEN row.builtAt IS NOT NULL AND row.precedence >= CASE WHEN n.builtAt IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'builtAt=' | toInteger(substring(f, 8))]), n.precedence, 0) END THEN row.builtAt ELSE n.builtAt END END,
    n.note = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.note, row.note) ELSE coalesce(row.note, n.note) END
        ELSE CASE WHEN row.note IS NOT NULL AND row.precedence >= CASE WHEN n.note IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'note=' | toInteger(substring(f, 5))]), n.precedence, 0) END THEN row.note ELSE n.note END END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END
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

// :name credits
// The marque the record books credit with a car model's results where it is not the chassis maker (TWR Porsche WSC-95:
// Porsche), from the curated seed/marque-credits.json (ADR 0027). Every load and import writes all of them, and each
// lands only where its car model and marque already exist, so the graph is the same in any load order.
UNWIND $rows AS row
MATCH (car:CarModel {id: row.car})
MATCH (marque:Manufacturer {id: row.marque})
MERGE (car)-[credit:CREDITED_TO]->(marque)
SET credit.reason = row.reason, credit.sources = row.sources;

// :name teams
UNWIND $rows AS row
MERGE (n:Team {id: row.id})
// The precedence rule (seed/precedence.json): a row outranked by the node's precedence keeps the node's name;
// aliases are a sorted set, so the name and search text do not depend on load order. Every other value is the one of
// the highest-ranked source that gives it: `precedenceOf` remembers the rank of a value a lower source filled in
// ("latitude=2"), so a third source compares with that rank, not the node's (ADR 0030). The rule is written out in
// each SET item: computed once in a WITH after the MERGE, it made the planner add an Eager step (ADR 0019).
// Every SET item reads the node as it was before this row: a value takes the row's where the row gives one and
// ranks at least as high as the stored value's source (a same-ranked row is the same source's later row).
SET n.precedenceOf = CASE WHEN n.precedence IS NULL OR n.precedenceOf IS NULL AND n.precedence = row.precedence THEN n.precedenceOf
      ELSE reduce(kept = null, ranked IN [e IN [
        ['inferred', CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.inferred IS NULL THEN null ELSE CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END END],
        ['country', CASE WHEN row.country IS NOT NULL AND row.precedence >= CASE WHEN n.country IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'country=' | toInteger(substring(f, 8))]), n.precedence, 0) END THEN row.precedence WHEN n.country IS NULL THEN null ELSE CASE WHEN n.country IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'country=' | toInteger(substring(f, 8))]), n.precedence, 0) END END]]
      WHERE e[1] IS NOT NULL AND e[1] < CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END | e[0] + '=' + toString(e[1])] | coalesce(kept, []) + [ranked]) END,
    n.searchText = reduce(text = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
                   alias IN COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a } | text + ' | ' + alias),
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a },
    n.name = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.inferred, row.inferred) ELSE coalesce(row.inferred, n.inferred) END
        ELSE CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.inferred ELSE n.inferred END END,
    n.country = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.country, row.country) ELSE coalesce(row.country, n.country) END
        ELSE CASE WHEN row.country IS NOT NULL AND row.precedence >= CASE WHEN n.country IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'country=' | toInteger(substring(f, 8))]), n.precedence, 0) END THEN row.country ELSE n.country END END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END
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
// The precedence rule (seed/precedence.json): a row outranked by the node's precedence keeps the node's name;
// aliases are a sorted set, so the name and search text do not depend on load order. Every other value is the one of
// the highest-ranked source that gives it: `precedenceOf` remembers the rank of a value a lower source filled in
// ("latitude=2"), so a third source compares with that rank, not the node's (ADR 0030). The rule is written out in
// each SET item: computed once in a WITH after the MERGE, it made the planner add an Eager step (ADR 0019).
// Every SET item reads the node as it was before this row: a value takes the row's where the row gives one and
// ranks at least as high as the stored value's source (a same-ranked row is the same source's later row).
SET n:Person,
    n.precedenceOf = CASE WHEN n.precedence IS NULL OR n.precedenceOf IS NULL AND n.precedence = row.precedence THEN n.precedenceOf
      ELSE reduce(kept = null, ranked IN [e IN [
        ['inferred', CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.inferred IS NULL THEN null ELSE CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END END],
        ['nationality', CASE WHEN row.nationality IS NOT NULL AND row.precedence >= CASE WHEN n.nationality IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'nationality=' | toInteger(substring(f, 12))]), n.precedence, 0) END THEN row.precedence WHEN n.nationality IS NULL THEN null ELSE CASE WHEN n.nationality IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'nationality=' | toInteger(substring(f, 12))]), n.precedence, 0) END END],
        ['hometown', CASE WHEN row.hometown IS NOT NULL AND row.precedence >= CASE WHEN n.hometown IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'hometown=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.precedence WHEN n.hometown IS NULL THEN null ELSE CASE WHEN n.hometown IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'hometown=' | toInteger(substring(f, 9))]), n.precedence, 0) END END],
        ['birthDate', CASE WHEN CASE WHEN row.birthDate IS NULL THEN null ELSE date(row.birthDate) END IS NOT NULL AND row.precedence >= CASE WHEN n.birthDate IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'birthDate=' | toInteger(substring(f, 10))]), n.precedence, 0) END THEN row.precedence WHEN n.birthDate IS NULL THEN null ELSE CASE WHEN n.birthDate IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'birthDate=' | toInteger(substring(f, 10))]), n.precedence, 0) END END]]
      WHERE e[1] IS NOT NULL AND e[1] < CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END | e[0] + '=' + toString(e[1])] | coalesce(kept, []) + [ranked]) END,
    n.searchText = reduce(text = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
                   alias IN COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a } | text + ' | ' + alias),
    n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + coalesce(row.aliases, []) + [n.name, row.name] AS a
                 WITH DISTINCT a WHERE a IS NOT NULL AND a <> CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END RETURN a ORDER BY a },
    n.name = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.inferred, row.inferred) ELSE coalesce(row.inferred, n.inferred) END
        ELSE CASE WHEN row.inferred IS NOT NULL AND row.precedence >= CASE WHEN n.inferred IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'inferred=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.inferred ELSE n.inferred END END,
    n.nationality = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.nationality, row.nationality) ELSE coalesce(row.nationality, n.nationality) END
        ELSE CASE WHEN row.nationality IS NOT NULL AND row.precedence >= CASE WHEN n.nationality IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'nationality=' | toInteger(substring(f, 12))]), n.precedence, 0) END THEN row.nationality ELSE n.nationality END END,
    n.hometown = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.hometown, row.hometown) ELSE coalesce(row.hometown, n.hometown) END
        ELSE CASE WHEN row.hometown IS NOT NULL AND row.precedence >= CASE WHEN n.hometown IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'hometown=' | toInteger(substring(f, 9))]), n.precedence, 0) END THEN row.hometown ELSE n.hometown END END,
    n.birthDate = CASE WHEN n.precedenceOf IS NULL THEN CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.birthDate, CASE WHEN row.birthDate IS NULL THEN null ELSE date(row.birthDate) END) ELSE coalesce(CASE WHEN row.birthDate IS NULL THEN null ELSE date(row.birthDate) END, n.birthDate) END
        ELSE CASE WHEN CASE WHEN row.birthDate IS NULL THEN null ELSE date(row.birthDate) END IS NOT NULL AND row.precedence >= CASE WHEN n.birthDate IS NULL THEN 0 ELSE coalesce(head([f IN coalesce(n.precedenceOf, []) WHERE f STARTS WITH 'birthDate=' | toInteger(substring(f, 10))]), n.precedence, 0) END THEN CASE WHEN row.birthDate IS NULL THEN null ELSE date(row.birthDate) END ELSE n.birthDate END END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END
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

// :name entrants
// The team as entered in a season ("Scuderia Ferrari HP"), where a source names it (F1DB).
UNWIND $rows AS row
MERGE (n:Entrant {id: row.id})
SET n.name = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
    n.country = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.country, row.country) ELSE coalesce(row.country, n.country) END,
    n.searchText = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.searchText ELSE row.name END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.inferred ELSE row.inferred END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END;

// :name entrantDrivers
// Which rounds of a season a driver was entered by an entrant ("1-13,15-22"), and whether only as a test driver.
UNWIND $rows AS row
MATCH (d:Driver {id: row.driver})
MATCH (n:Entrant {id: row.entrant})
MERGE (d)-[r:ENTERED_BY {season: row.season}]->(n)
SET r.rounds = row.rounds, r.testDriver = row.testDriver, r.car = row.car, r.engine = row.engine,
    r.sources = coalesce(r.sources, []) + [s IN row.src WHERE NOT s IN coalesce(r.sources, [])];

// :name seasons
// Facts several sources give (a season, an event, a session, an entry, a result, a standing) follow the precedence
// rule too: the preferred source's value wins whatever the load order, another source fills what it leaves empty.
UNWIND $rows AS row
MERGE (n:Season {id: row.id})
SET n.year = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.year, row.year) ELSE coalesce(row.year, n.year) END,
    n.rounds = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.rounds, row.rounds) ELSE coalesce(row.rounds, n.rounds) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.inferred ELSE row.inferred END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END
WITH n, row
MATCH (s:Series {id: row.series})
MERGE (n)-[:OF_SERIES]->(s);

// :name events
UNWIND $rows AS row
MERGE (n:Event {id: row.id})
SET n.name = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.name, row.name) ELSE coalesce(row.name, n.name) END,
    n.searchText = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.searchText, row.searchText) ELSE coalesce(row.searchText, n.searchText) END,
    n.round = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.round, row.round) ELSE coalesce(row.round, n.round) END,
    n.seasonFinale = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.seasonFinale, row.seasonFinale) ELSE coalesce(row.seasonFinale, n.seasonFinale) END,
    n.edition = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.edition, row.edition) ELSE coalesce(row.edition, n.edition) END,
    n.format = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.format, row.format) ELSE coalesce(row.format, n.format) END,
    n.cancelled = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.cancelled, row.cancelled) ELSE coalesce(row.cancelled, n.cancelled) END,
    n.cancellationReason = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.cancellationReason, row.cancellationReason) ELSE coalesce(row.cancellationReason, n.cancellationReason) END,
    n.lengthKm = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.lengthKm, row.lengthKm) ELSE coalesce(row.lengthKm, n.lengthKm) END,
    n.distanceKm = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.distanceKm, row.distanceKm) ELSE coalesce(row.distanceKm, n.distanceKm) END,
    n.startTime = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.startTime, row.startTime) ELSE coalesce(row.startTime, n.startTime) END,
    n.officialName = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.officialName, row.officialName) ELSE coalesce(row.officialName, n.officialName) END,
    n.date = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.date, CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END) ELSE coalesce(CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, n.date) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.inferred ELSE row.inferred END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END
WITH n, row
MATCH (season:Season {id: row.season})
MATCH (circuit:Circuit {id: row.circuit})
MERGE (n)-[:IN_SEASON]->(season)
MERGE (n)-[:AT]->(circuit)
// The season's year and the series' id on the event itself (ADR 0041): filters and labels read them here instead of
// walking event → season → series. An event id names its season, so they never change.
SET n.year = season.year, n.seriesId = COLLECT { MATCH (season)-[:OF_SERIES]->(series:Series) RETURN series.id }[0]
WITH n, row
UNWIND row.documents AS document
MATCH (source:Source {id: document})
MERGE (n)-[:REPORTED_IN]->(source);

// :name sessions
UNWIND $rows AS row
MERGE (n:Session {id: row.id})
SET n.type = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.type, row.type) ELSE coalesce(row.type, n.type) END,
    n.durationMinutes = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.durationMinutes, row.durationMinutes) ELSE coalesce(row.durationMinutes, n.durationMinutes) END,
    n.laps = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.laps, row.laps) ELSE coalesce(row.laps, n.laps) END,
    n.safetyCarPeriods = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.safetyCarPeriods, row.safetyCarPeriods) ELSE coalesce(row.safetyCarPeriods, n.safetyCarPeriods) END,
    n.date = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.date, CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END) ELSE coalesce(CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END, n.date) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.inferred ELSE row.inferred END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END
WITH n, row
MATCH (e:Event {id: row.event})
MERGE (e)-[:HAS_SESSION]->(n);

// :name entries
// An entry has one car model, one engine maker and one squad: the preferred source's. A preferred row replaces what
// another source linked; an coalesce(n.precedence, 0) > row.precedence row links only what is still missing. A squad is the entrant at the event
// where the source names entrants (F1DB), else the team at the event (ADR 0001, ADR 0020).
UNWIND $rows AS row
MERGE (n:Entry {id: row.id})
SET n.number = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.number, row.number) ELSE coalesce(row.number, n.number) END,
    n.crewComplete = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.crewComplete, row.crewComplete) ELSE coalesce(row.crewComplete, n.crewComplete) END,
    n.tyres = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.tyres, row.tyres) ELSE coalesce(row.tyres, n.tyres) END,
    n.engine = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.engine, row.engine) ELSE coalesce(row.engine, n.engine) END,
    // started and status go together: a non-starter's status, or null for a starter
    n.started = CASE WHEN coalesce(n.precedence, 0) > row.precedence AND n.started IS NOT NULL THEN n.started ELSE coalesce(row.started, n.started) END,
    n.status = CASE WHEN coalesce(n.precedence, 0) > row.precedence AND n.started IS NOT NULL THEN n.status ELSE row.status END,
    n.carIdentified = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN coalesce(n.carIdentified, row.carIdentified) ELSE coalesce(row.carIdentified, n.carIdentified) END,
    n.sources = coalesce(n.sources, []) + [s IN row.src WHERE NOT s IN coalesce(n.sources, [])],
    n.inferred = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.inferred ELSE row.inferred END,
    n.precedence = CASE WHEN coalesce(n.precedence, 0) > row.precedence THEN n.precedence ELSE row.precedence END
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
  OPTIONAL MATCH (n)-[old:WITH_CAR]->(other:CarModel) WHERE other <> car
  WITH n, row, car, collect(old) AS olds
  WHERE NOT coalesce(n.precedence, 0) > row.precedence OR size(olds) = 0
  FOREACH (r IN olds | DELETE r)
  MERGE (n)-[:WITH_CAR]->(car)
}
CALL (n, row) {
  MATCH (m:Manufacturer {id: row.engineManufacturer})
  OPTIONAL MATCH (n)-[old:ENGINE_BY]->(other:Manufacturer) WHERE other <> m
  WITH n, row, m, collect(old) AS olds
  WHERE NOT coalesce(n.precedence, 0) > row.precedence OR size(olds) = 0
  FOREACH (r IN olds | DELETE r)
  MERGE (n)-[:ENGINE_BY]->(m)
}
CALL (n, row) {
  MATCH (m:Manufacturer {id: row.tyreManufacturer})
  MERGE (n)-[:TYRES_BY]->(m)
}
CALL (n, row, e) {
  MATCH (t:Team {id: row.team})
  WITH n, row, e, t, coalesce(row.entrant, row.team) + '@' + row.event AS squadId
  OPTIONAL MATCH (n)-[old:FOR_SQUAD]->(other:Squad) WHERE other.id <> squadId
  WITH n, row, e, t, squadId, collect(old) AS olds, collect(other) AS others
  WHERE NOT coalesce(n.precedence, 0) > row.precedence OR size(olds) = 0
  FOREACH (r IN olds | DELETE r)
  MERGE (squad:Squad {id: squadId})
  MERGE (squad)-[:OF_TEAM]->(t)
  MERGE (squad)-[:AT_EVENT]->(e)
  MERGE (n)-[:FOR_SQUAD]->(squad)
  WITH n, squad, row, others
  CALL (squad, row) {
    MATCH (entrant:Entrant {id: row.entrant})
    MERGE (squad)-[:ENTERED_BY]->(entrant)
  }
  // A squad another source's row left behind (rare: most rows have none, and end here): the crew an earlier source
  // wrote moves with the entry, a started entry's drivers racing for its new squad (the crew statement's rule), so the
  // shortcuts do not depend on which source came first (ADR 0030); the old squad's shortcuts go, and the squad when no
  // entry is left in it.
  // A shortcut stays only where the crew statement would make it: a started entry of the driver's in that squad (a
  // non-starter's entry left in it, such as Ergast's qualifying-only car, must not keep it: that depended on order).
  UNWIND others AS other
  CALL (n, squad) {
    WITH n, squad WHERE coalesce(n.started, true)
    MATCH (d:Driver)-[:DROVE]->(n)
    MERGE (d)-[:RACED_FOR]->(squad)
  }
  CALL (other) {
    MATCH (d:Driver)-[shortcut:RACED_FOR]->(other)
    WHERE NOT EXISTS { (d)-[:DROVE]->(kept:Entry)-[:FOR_SQUAD]->(other) WHERE coalesce(kept.started, true) }
    DELETE shortcut
  }
  CALL (other) {
    WITH other WHERE NOT EXISTS { (other)<-[:FOR_SQUAD]-(:Entry) }
    DETACH DELETE other
  }
};

// :name crew
// One row per driver of an entry. RACED_FOR is the direct driver-to-squad shortcut that makes team-mates a two-hop query;
// a crew that was entered but never raced (started = false) did not race for the squad, so it gets no shortcut.
UNWIND $rows AS row
MATCH (d:Driver {id: row.driver})
MATCH (n:Entry {id: row.entry})
MERGE (d)-[r:DROVE]->(n)
SET r.points = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.points, row.points) ELSE coalesce(row.points, r.points) END,
    r.flag = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.flag, row.flag) ELSE coalesce(row.flag, r.flag) END,
    r.sources = coalesce(r.sources, []) + [s IN row.src WHERE NOT s IN coalesce(r.sources, [])],
    r.inferred = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN r.inferred ELSE row.inferred END,
    r.precedence = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN r.precedence ELSE row.precedence END
WITH d, n
CALL (d, n) {
  MATCH (n)-[:FOR_SQUAD]->(squad:Squad) WHERE coalesce(n.started, true)
  MERGE (d)-[:RACED_FOR]->(squad)
};

// :name results
// Where two sources give a value and disagree, `conflicts` keeps both: "field|kept value|kept source|other value|other
// source" (the kept value is the preferred source's, so the list is the same in any load order; empty where they
// agree). A source's new row replaces what that source said before.
UNWIND $rows AS row
MATCH (n:Entry {id: row.entry})
MATCH (s:Session {id: row.session})
MERGE (r:Result {id: row.id})
// The conflicts first, from the values before this row's (the SET items below read the node as it was).
SET r.conflicts = COLLECT {
          UNWIND coalesce(r.conflicts, []) AS c WITH c WHERE NOT c CONTAINS '|' + split(row.src[0], '#')[0] + '|' AND NOT c ENDS WITH '|' + split(row.src[0], '#')[0] RETURN c
          UNION ALL
          UNWIND ['status', 'position', 'laps', 'grid', 'points', 'timeSeconds'] AS f
          WITH f WHERE r[f] IS NOT NULL AND row[f] IS NOT NULL AND r[f] <> row[f] AND coalesce(r.valuesFrom, split(row.src[0], '#')[0]) <> split(row.src[0], '#')[0]
            AND r.inferred IS NULL AND row.inferred IS NULL
          RETURN CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN f + '|' + toString(r[f]) + '|' + r.valuesFrom + '|' + toString(row[f]) + '|' + split(row.src[0], '#')[0]
                      ELSE f + '|' + toString(row[f]) + '|' + split(row.src[0], '#')[0] + '|' + toString(r[f]) + '|' + r.valuesFrom END AS c
        },
    r.status = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.status, row.status) ELSE coalesce(row.status, r.status) END,
    r.position = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.position, row.position) ELSE coalesce(row.position, r.position) END,
    r.classPosition = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.classPosition, row.classPosition) ELSE coalesce(row.classPosition, r.classPosition) END,
    r.laps = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.laps, row.laps) ELSE coalesce(row.laps, r.laps) END,
    r.gapSeconds = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.gapSeconds, row.gapSeconds) ELSE coalesce(row.gapSeconds, r.gapSeconds) END,
    r.lapsLostInPits = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.lapsLostInPits, row.lapsLostInPits) ELSE coalesce(row.lapsLostInPits, r.lapsLostInPits) END,
    r.order = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.order, row.order) ELSE coalesce(row.order, r.order) END,
    r.reason = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.reason, row.reason) ELSE coalesce(row.reason, r.reason) END,
    r.grid = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.grid, row.grid) ELSE coalesce(row.grid, r.grid) END,
    r.gridPenalty = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.gridPenalty, row.gridPenalty) ELSE coalesce(row.gridPenalty, r.gridPenalty) END,
    r.points = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.points, row.points) ELSE coalesce(row.points, r.points) END,
    r.timeSeconds = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.timeSeconds, row.timeSeconds) ELSE coalesce(row.timeSeconds, r.timeSeconds) END,
    r.timePenaltySeconds = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.timePenaltySeconds, row.timePenaltySeconds) ELSE coalesce(row.timePenaltySeconds, r.timePenaltySeconds) END,
    r.distanceKm = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.distanceKm, row.distanceKm) ELSE coalesce(row.distanceKm, r.distanceKm) END,
    r.pitStops = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.pitStops, row.pitStops) ELSE coalesce(row.pitStops, r.pitStops) END,
    r.pitStopSeconds = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.pitStopSeconds, row.pitStopSeconds) ELSE coalesce(row.pitStopSeconds, r.pitStopSeconds) END,
    r.fastestLapRank = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.fastestLapRank, row.fastestLapRank) ELSE coalesce(row.fastestLapRank, r.fastestLapRank) END,
    r.fastestLapSeconds = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.fastestLapSeconds, row.fastestLapSeconds) ELSE coalesce(row.fastestLapSeconds, r.fastestLapSeconds) END,
    r.fastestLapLap = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.fastestLapLap, row.fastestLapLap) ELSE coalesce(row.fastestLapLap, r.fastestLapLap) END,
    r.bestLapSeconds = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.bestLapSeconds, row.bestLapSeconds) ELSE coalesce(row.bestLapSeconds, r.bestLapSeconds) END,
    r.q1Seconds = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.q1Seconds, row.q1Seconds) ELSE coalesce(row.q1Seconds, r.q1Seconds) END,
    r.q2Seconds = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.q2Seconds, row.q2Seconds) ELSE coalesce(row.q2Seconds, r.q2Seconds) END,
    r.q3Seconds = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.q3Seconds, row.q3Seconds) ELSE coalesce(row.q3Seconds, r.q3Seconds) END,
    r.driverOfTheDayRank = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.driverOfTheDayRank, row.driverOfTheDayRank) ELSE coalesce(row.driverOfTheDayRank, r.driverOfTheDayRank) END,
    r.driverOfTheDayPercent = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.driverOfTheDayPercent, row.driverOfTheDayPercent) ELSE coalesce(row.driverOfTheDayPercent, r.driverOfTheDayPercent) END,
    r.grandSlam = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.grandSlam, row.grandSlam) ELSE coalesce(row.grandSlam, r.grandSlam) END,
    r.pole = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN coalesce(r.pole, row.pole) ELSE coalesce(row.pole, r.pole) END,
    r.valuesFrom = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN r.valuesFrom ELSE split(row.src[0], '#')[0] END,
    r.sources = coalesce(r.sources, []) + [x IN row.src WHERE NOT x IN coalesce(r.sources, [])],
    r.inferred = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN r.inferred ELSE row.inferred END,
    r.precedence = CASE WHEN coalesce(r.precedence, 0) > row.precedence THEN r.precedence ELSE row.precedence END,
    // The event's keys on the result too (ADR 0041): a record filtered to one series starts from that series'
    // results. Read inside this SET: set after it, they would conflict with the dynamic r[f] read above and make
    // the planner add an Eager step (QueryPlansFullDataIT).
    r.year = COLLECT { MATCH (n)-[:IN_EVENT]->(e:Event) RETURN e.year }[0],
    r.seriesId = COLLECT { MATCH (n)-[:IN_EVENT]->(e:Event) RETURN e.seriesId }[0]
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
SET st.position = CASE WHEN coalesce(st.precedence, 0) > row.precedence THEN coalesce(st.position, row.position) ELSE coalesce(row.position, st.position) END,
    st.final = CASE WHEN coalesce(st.precedence, 0) > row.precedence THEN coalesce(st.final, row.final) ELSE coalesce(row.final, st.final) END,
    st.clinchedAt = CASE WHEN coalesce(st.precedence, 0) > row.precedence THEN coalesce(st.clinchedAt, row.clinchedAt) ELSE coalesce(row.clinchedAt, st.clinchedAt) END,
    st.points = CASE WHEN coalesce(st.precedence, 0) > row.precedence THEN coalesce(st.points, row.points) ELSE coalesce(row.points, st.points) END,
    st.wins = CASE WHEN coalesce(st.precedence, 0) > row.precedence THEN coalesce(st.wins, row.wins) ELSE coalesce(row.wins, st.wins) END,
    st.sources = coalesce(st.sources, []) + [s IN row.src WHERE NOT s IN coalesce(st.sources, [])],
    st.inferred = CASE WHEN coalesce(st.precedence, 0) > row.precedence THEN st.inferred ELSE row.inferred END,
    st.precedence = CASE WHEN coalesce(st.precedence, 0) > row.precedence THEN st.precedence ELSE row.precedence END;

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

// :name digests
// Last, after everything else: the digest of the source files a node was written from ("f1db:<hash>"), one per
// source, so importing the same files again can skip what is unchanged (ADR 0020).
UNWIND $rows AS row
CALL (row) {
  MATCH (n:Source {id: row.id}) WHERE row.label = 'Source' RETURN n
  UNION
  MATCH (n:Season {id: row.id}) WHERE row.label = 'Season' RETURN n
  UNION
  MATCH (n:Event {id: row.id}) WHERE row.label = 'Event' RETURN n
}
SET n.digests = [d IN coalesce(n.digests, []) WHERE NOT d STARTS WITH split(row.digest, ':')[0] + ':'] + [row.digest];
