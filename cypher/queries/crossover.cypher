// Drivers who raced in two or more series (one person is one node across series): each with every series they
// entered and their events, starts (race results), wins and class wins there. $seriesA and $seriesB (ids, either
// may be null) name series a driver must have raced in; with both, only that pair is listed. $onlyWinners:
// count only the series where the driver won a race, overall or in class. Most series first, then most wins.
// :param seriesA => null
// :param seriesB => null
// :param onlyWinners => false
// :param season => null
// :param fromYear => null
// :param toYear => null
// :param limit => 50
MATCH (d:Driver)-[:DROVE]->(n:Entry)-[:IN_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
WHERE ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesA IS NULL OR $seriesB IS NULL OR series.id IN [$seriesA, $seriesB])
OPTIONAL MATCH (r:Result)-[:OF_ENTRY]->(n), (r)-[:IN_SESSION]->(:Session {type: 'RACE'})
WITH d, series, count(DISTINCT e) AS events, count(DISTINCT r) AS starts,
     count(DISTINCT CASE WHEN r.position = 1 THEN r END) AS wins,
     count(DISTINCT CASE WHEN r.classPosition = 1 THEN r END) AS classWins,
     min(s.year) AS firstSeason, max(s.year) AS lastSeason,
     collect(r.sources) + collect(n.sources) AS sourceLists
WITH d, series, events, starts, wins, classWins, firstSeason, lastSeason, sourceLists,
     NOT coalesce($onlyWinners, false) OR wins + classWins > 0 AS counts
ORDER BY firstSeason, series.id
WITH d, collect({series: series.id, seriesName: series.name, events: events, starts: starts, wins: wins,
                 classWins: classWins, firstSeason: firstSeason, lastSeason: lastSeason, counts: counts}) AS perSeries,
     collect(CASE WHEN counts THEN sourceLists END) AS sourceListsOfSeries
WITH d, perSeries, [p IN perSeries WHERE p.counts | p.series] AS counted, sourceListsOfSeries
WHERE size(counted) >= 2
  AND ($seriesA IS NULL OR $seriesA IN counted)
  AND ($seriesB IS NULL OR $seriesB IN counted)
WITH d, [p IN perSeries WHERE p.counts] AS perSeries, sourceListsOfSeries
RETURN d.id AS id, d.name AS name, size(perSeries) AS seriesCount,
       reduce(total = 0, p IN perSeries | total + p.wins) AS wins,
       reduce(total = 0, p IN perSeries | total + p.classWins) AS classWins,
       perSeries AS series,
       COLLECT { UNWIND sourceListsOfSeries AS lists UNWIND lists AS list UNWIND list AS source RETURN DISTINCT source } AS sources
ORDER BY seriesCount DESC, wins DESC, classWins DESC, name
LIMIT coalesce($limit, 50);
