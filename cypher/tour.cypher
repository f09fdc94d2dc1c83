// The tour `paddock demo` prints after loading the seed. Each statement: a "// :name" line, then a
// "// title:" line with the heading shown above its table. Every one runs as is in Neo4j Browser.

// :name contents
// title: What the graph holds (nodes per label)
MATCH (n)
UNWIND labels(n) AS label
WITH label WHERE NOT label STARTS WITH '__'
RETURN label, count(*) AS nodes
ORDER BY label;

// :name events
// title: Race meetings, with the sessions the sources report
MATCH (e:Event)-[:IN_SEASON]->(s:Season), (e)-[:AT]->(c:Circuit)
OPTIONAL MATCH (e)-[:HAS_SESSION]->(x:Session)
WITH s, e, c, collect(x.type) AS sessions
RETURN s.year AS season, e.round AS round, e.name AS event, c.name AS circuit, sessions,
       CASE WHEN e.inferred IS NULL THEN 'stated' ELSE 'inferred' END AS dating
ORDER BY season, round;

// :name closest
// title: Closest finishes: gap of the runner-up to the winner
MATCH (r:Result)-[:IN_SESSION]->(:Session {type: 'RACE'})<-[:HAS_SESSION]-(e:Event)-[:IN_SEASON]->(s:Season)
WHERE r.gapSeconds IS NOT NULL
MATCH (r)-[:OF_ENTRY]->(n:Entry)<-[:DROVE]-(d:Driver)
WITH s, e, r, n, d ORDER BY d.name
WITH s, e, r, n, collect(d.name) AS crew
RETURN s.year AS season, e.name AS event, r.position AS position, n.number AS car, crew, r.gapSeconds AS gapSeconds
ORDER BY gapSeconds;

// :name crews
// title: Crews at Petit Le Mans 2007 (an unnamed crew member stays unknown)
MATCH (e:Event {id: 'alms-2007-petit-le-mans'})<-[:IN_EVENT]-(n:Entry)
OPTIONAL MATCH (n)-[:IN_CLASS]->(cl:Class)
OPTIONAL MATCH (n)<-[:DROVE]-(d:Driver)
OPTIONAL MATCH (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
WITH n, cl, t, d ORDER BY d.name
WITH n, cl, t, collect(d.name) AS named
RETURN n.number AS car, cl.name AS class, t.name AS team,
       named + CASE WHEN n.crewComplete THEN [] ELSE ['(unknown)'] END AS crew
ORDER BY class, car;

// :name titles
// title: Titles and runner-up places
MATCH (h)-[st:STANDING {final: true}]->(c:Championship)-[:IN_SEASON]->(s:Season)
RETURN s.year AS season, c.name AS championship, st.position AS position, collect(h.name) AS holders
ORDER BY season, championship, position;
