// A race meeting: its series, season, round, date, format, edition, circuit and the articles that report it.
// Its sessions with ordered results come from profile-event-sessions.cypher, its entries from
// profile-entries.cypher, the titles clinched there from profile-standings.cypher and the totals stated as of it
// from profile-stated-totals.cypher, each run with the same $eventId. A null round or date means not stated.
// :param eventId => 'alms-2007-petit-le-mans'
MATCH (e:Event {id: $eventId})
OPTIONAL MATCH (e)-[:IN_SEASON]->(s:Season)
OPTIONAL MATCH (s)-[:OF_SERIES]->(series:Series)
OPTIONAL MATCH (e)-[:AT]->(c:Circuit)
RETURN e.id AS id, e.name AS name, s.year AS season, e.round AS round, s.rounds AS seasonRounds, e.date AS date,
       e.format AS format, e.edition AS edition, e.seasonFinale AS seasonFinale, e.inferred AS inferred,
       series.id AS seriesId, series.name AS seriesName, c.id AS circuitId, c.name AS circuitName,
       COLLECT { MATCH (e)-[:REPORTED_IN]->(article:Source) RETURN article.id AS id ORDER BY id } AS reportedIn,
       coalesce(e.sources, []) AS sources;
