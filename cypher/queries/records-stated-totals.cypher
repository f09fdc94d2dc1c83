// Totals the sources state (StatedTotal nodes), e.g. a manufacturer's overall wins in a season, a pair's run of
// class wins, a driver's career class poles. They are kept apart from every total the graph counts: the graph may
// hold none of the results behind them, so a stated 8 can stand next to a counted 0. Basis STATED_BY_SOURCE.
// One row per total and subject ($holder: 'driver', 'team', 'manufacturer', 'car'; null: every kind); a total
// about several subjects (a crew) names the others. Ranked within each metric (rankedWithin), highest first.
// A season filter keeps totals of that season; a range keeps totals whose years lie inside it; totals without a
// year (career totals) only appear without year filters. $classId is the total's class. $limit: default 20.
// $metrics narrows to some metrics (null: all), e.g. ['OVERALL_WINS'] to set the totals beside a counted wins
// table; $classed true keeps totals counted within a class, false those without one (null: both).
// :param holder => 'manufacturer'
// :param season => 2007
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param metrics => null
// :param classed => null
// :param limit => 20
MATCH (t:StatedTotal)-[:ABOUT]->(h)
OPTIONAL MATCH (t)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series)
OPTIONAL MATCH (t)-[:FOR_CLASS]->(c:Class)
OPTIONAL MATCH (t)-[:AT]->(circuit:Circuit)
OPTIONAL MATCH (t)-[:AS_OF]->(asOf:Event)
OPTIONAL MATCH (asOf)-[:IN_SEASON]->(asOfSeason:Season)
WITH t, h, s, series, c, circuit, asOf, asOfSeason,
     CASE WHEN h:Driver THEN 'driver' WHEN h:Team THEN 'team' WHEN h:Manufacturer THEN 'manufacturer'
          WHEN h:CarModel THEN 'car' END AS holderKind
WHERE ($holder IS NULL OR holderKind = $holder)
  AND ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR coalesce(s.year, t.fromYear) >= $fromYear)
  AND ($toYear IS NULL OR coalesce(s.year, t.toYear) <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($classId IS NULL OR c.id = $classId)
  AND ($metrics IS NULL OR t.metric IN $metrics)
  AND ($classed IS NULL OR (c IS NOT NULL) = $classed)
WITH t, h, holderKind, s, series, c, circuit, asOf, asOfSeason,
     COLLECT { MATCH (t)-[:ABOUT]->(other) WHERE other <> h RETURN other.name ORDER BY other.name } AS others,
     toLower(replace(t.metric, '_', ' ')) AS metric
RETURN holderKind, h.id AS holderId, h.name AS holder,
       t.value AS value, metric AS unit,
       [CASE t.scope
          WHEN 'SEASON' THEN s.year + ' season'
          WHEN 'SEASON_SO_FAR' THEN s.year + ' season so far'
          WHEN 'SPAN' THEN t.fromYear + ' to ' + t.toYear
          WHEN 'CAREER' THEN 'career'
          ELSE toLower(t.scope) END
        + coalesce(', as of ' + asOf.name, '')]
         + CASE WHEN c IS NULL THEN [] ELSE [c.name] END
         + CASE WHEN circuit IS NULL THEN [] ELSE ['at ' + circuit.name] END
         + CASE WHEN t.outOf IS NULL THEN [] ELSE ['out of ' + t.outOf] END
         + CASE WHEN size(others) = 0 THEN []
                ELSE ['together with ' + reduce(text = '', name IN others | text + CASE text WHEN '' THEN '' ELSE ', ' END + name)] END
         + CASE WHEN t.note IS NULL THEN [] ELSE [t.note] END AS detail,
       'STATED_BY_SOURCE' AS basis,
       metric AS rankedWithin,
       // What a counted figure is compared with: the metric, scope, season, series, class and the "as of" event.
       t.metric AS metricKey, t.scope AS scope, s.year AS seasonYear, series.id AS seriesId, c.id AS classId,
       circuit.id AS circuitId,
       asOf.name + coalesce(' ' + asOfSeason.year, '') AS asOfEvent,
       t.sources AS sources
ORDER BY metric, value DESC, holder
LIMIT coalesce($limit, 20);
