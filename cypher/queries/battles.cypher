// Team-mate battles: every pair of team-mates within the filters (drivers of different cars of one team at one event;
// cars that never started do not count, nor does an event where the two shared a car), with who came out ahead, per
// series and season and in total. One row per pair, best known first: most points the two scored together, then most
// races together, then names. $a alone: every team-mate of that driver, who is side A; $a and $b: that one pair.
// $teamId: only pairs at that team. $classId: only cars of that class.
//   races            events where both have a race result
//   classified*      races where both were classified: the better position is ahead (overall; where one is not
//                    given, in class when both ran in one class)
//   ahead*           every race under head-to-head's ahead rule (AheadRule, ADR 0025; the CASE marked below): the
//                    better position; a classified car ahead of a retirement or non-classified, both ahead of a
//                    disqualified one; of two retirements more laps; else the race is not counted
//   qualifying*      both with a qualifying position (overall, else in one class): the better is ahead
//   pointsA, pointsB race and sprint points at the events shared; null where the graph holds no points (Le Mans, ALMS)
// :param a => null
// :param b => null
// :param teamId => 'penske-racing'
// :param season => 2007
// :param fromYear => null
// :param toYear => null
// :param seriesId => null
// :param classId => null
// :param eventId => null
// :param limit => 50
CALL () {
  MATCH (:Driver {id: $a})-[:RACED_FOR]->(squad:Squad) RETURN squad
  UNION
  MATCH (:Team {id: $teamId})<-[:OF_TEAM]-(squad:Squad) WHERE $a IS NULL RETURN squad
  UNION
  MATCH (s:Season)<-[:IN_SEASON]-(:Event)<-[:AT_EVENT]-(squad:Squad)
  WHERE $a IS NULL AND $teamId IS NULL
    AND ($season IS NULL OR s.year = $season)
    AND ($fromYear IS NULL OR s.year >= $fromYear)
    AND ($toYear IS NULL OR s.year <= $toYear)
  RETURN squad
}
MATCH (squad)-[:AT_EVENT]->(e:Event)-[:IN_SEASON]->(s:Season)-[:OF_SERIES]->(series:Series), (squad)-[:OF_TEAM]->(t:Team)
WHERE ($teamId IS NULL OR t.id = $teamId)
  AND ($season IS NULL OR s.year = $season)
  AND ($fromYear IS NULL OR s.year >= $fromYear)
  AND ($toYear IS NULL OR s.year <= $toYear)
  AND ($seriesId IS NULL OR series.id = $seriesId)
  AND ($eventId IS NULL OR e.id = $eventId)
// Each driver of the team at the event: their cars, best race result, best qualifying position and points.
MATCH (squad)<-[:FOR_SQUAD]-(car:Entry)<-[drove:DROVE]-(d:Driver)
WHERE coalesce(car.started, true)
  AND ($classId IS NULL OR EXISTS { (car)-[:IN_CLASS]->(:Class {id: $classId}) })
WITH series, s, e, t, squad, d, collect(car) AS cars, count(drove.points) AS racePointsHeld,
     sum(drove.points) AS racePoints
CALL (cars) {
  UNWIND cars AS car
  MATCH (car)<-[:OF_ENTRY]-(r:Result)-[:IN_SESSION]->(x:Session)
  WHERE x.type IN ['RACE', 'QUALIFYING', 'SPRINT']
  OPTIONAL MATCH (car)-[:IN_CLASS]->(c:Class)
  WITH x.type AS type, r, c.id AS class,
       coalesce(r.status, 'CLASSIFIED') = 'CLASSIFIED' AND (r.position IS NOT NULL OR r.classPosition IS NOT NULL) AS classified
  ORDER BY classified DESC, r.position, r.classPosition, r.laps DESC
  RETURN head(collect(CASE WHEN type = 'RACE' THEN r {.position, .classPosition, .status, .laps, class: class,
                                                      classified: classified} END)) AS race,
         head(collect(CASE WHEN type = 'QUALIFYING' AND classified THEN r {.position, .classPosition, class: class} END)) AS qualifying,
         count(CASE WHEN type = 'SPRINT' THEN r.points END) AS sprintPointsHeld,
         sum(CASE WHEN type = 'SPRINT' THEN r.points END) AS sprintPoints,
         collect(r.sources) AS sourceLists
}
WITH series, s, e, t, squad,
     collect({driver: d, cars: cars, race: race, qualifying: qualifying, sources: sourceLists,
              points: CASE WHEN racePointsHeld + sprintPointsHeld > 0 THEN racePoints + sprintPoints END}) AS crew
UNWIND crew AS x
UNWIND crew AS y
WITH series, s, e, t, x, y
WHERE x.driver.id < y.driver.id AND none(car IN x.cars WHERE car IN y.cars)
  AND ($a IS NULL OR x.driver.id = $a OR y.driver.id = $a)
  AND ($b IS NULL OR x.driver.id = $b OR y.driver.id = $b)
WITH series, s, e, t, CASE WHEN y.driver.id = $a THEN [y, x] ELSE [x, y] END AS pair
WITH series, s, e, t, pair[0] AS p, pair[1] AS q, pair[0].race AS ra, pair[1].race AS rb
// Who was placed better: by overall position where both have one, else by class position in one class; 1 means A.
WITH series, s, e, t, p, q, ra, rb,
     CASE WHEN ra.position IS NOT NULL AND rb.position IS NOT NULL THEN sign(rb.position - ra.position)
          WHEN ra.class = rb.class AND ra.classPosition IS NOT NULL AND rb.classPosition IS NOT NULL
            THEN sign(rb.classPosition - ra.classPosition) END AS raceOrder,
     CASE WHEN p.qualifying.position IS NOT NULL AND q.qualifying.position IS NOT NULL
            THEN sign(q.qualifying.position - p.qualifying.position)
          WHEN p.qualifying.class = q.qualifying.class AND p.qualifying.classPosition IS NOT NULL
               AND q.qualifying.classPosition IS NOT NULL
            THEN sign(q.qualifying.classPosition - p.qualifying.classPosition) END AS qualifyingOrder
WITH series, s, e, t, p, q, ra, rb, raceOrder, qualifyingOrder,
     [r IN [ra, rb] | CASE WHEN r.position IS NOT NULL OR r.classPosition IS NOT NULL THEN 0
                           WHEN r.status = 'CLASSIFIED' THEN 1
                           WHEN r.status IN ['RETIRED', 'NOT_CLASSIFIED'] THEN 2
                           WHEN r.status = 'DISQUALIFIED' THEN 3 END] AS tiers
WITH series, s, e, t, p, q, ra, rb, raceOrder, qualifyingOrder, tiers[0] AS tierA, tiers[1] AS tierB
WITH series, s, e, t, p, q, ra, rb,
     CASE WHEN ra.classified AND rb.classified THEN CASE raceOrder WHEN 1 THEN 'A' WHEN -1 THEN 'B' END END
       AS classifiedAhead,
     // The ahead rule, head-to-head's AheadRule (ADR 0025) written in Cypher: the better position (overall, else in
     // one class); where a position is missing, a classified car (0 with a position, 1 without) is ahead of one that
     // retired or was not classified (2), and both are ahead of a disqualified one (3); of two in 2, more laps. Not
     // counted: level, both classified with a position missing, two disqualified, and what the sources leave open.
     CASE
       WHEN raceOrder IS NOT NULL THEN CASE raceOrder WHEN 1 THEN 'A' WHEN -1 THEN 'B' END
       WHEN tierA IS NULL OR tierB IS NULL OR tierA + tierB = 1 OR tierA = 3 AND tierB = 3 THEN null
       WHEN tierA < tierB THEN 'A'
       WHEN tierB < tierA THEN 'B'
       WHEN tierA = 2 THEN CASE WHEN ra.laps > rb.laps THEN 'A' WHEN rb.laps > ra.laps THEN 'B' END
     END AS ahead,
     CASE qualifyingOrder WHEN 1 THEN 'A' WHEN -1 THEN 'B' END AS qualifyingAhead
ORDER BY s.year, series.name, e.round, e.id
WITH p.driver AS da, q.driver AS db, series, s,
     collect(DISTINCT t.name) AS teams,
     count(DISTINCT e) AS events,
     sum(CASE WHEN ra IS NOT NULL AND rb IS NOT NULL THEN 1 ELSE 0 END) AS races,
     sum(CASE classifiedAhead WHEN 'A' THEN 1 ELSE 0 END) AS classifiedA,
     sum(CASE classifiedAhead WHEN 'B' THEN 1 ELSE 0 END) AS classifiedB,
     sum(CASE ahead WHEN 'A' THEN 1 ELSE 0 END) AS aheadA,
     sum(CASE ahead WHEN 'B' THEN 1 ELSE 0 END) AS aheadB,
     sum(CASE qualifyingAhead WHEN 'A' THEN 1 ELSE 0 END) AS qualifyingA,
     sum(CASE qualifyingAhead WHEN 'B' THEN 1 ELSE 0 END) AS qualifyingB,
     CASE WHEN count(p.points) + count(q.points) > 0 THEN sum(coalesce(p.points, 0.0)) END AS pointsA,
     CASE WHEN count(p.points) + count(q.points) > 0 THEN sum(coalesce(q.points, 0.0)) END AS pointsB,
     collect(p.sources) + collect(q.sources) AS sourceLists
ORDER BY s.year, series.name
WITH da, db,
     collect({series: series.id, seriesName: series.name, season: s.year, teams: teams, events: events, races: races,
              classifiedA: classifiedA, classifiedB: classifiedB, aheadA: aheadA, aheadB: aheadB,
              qualifyingA: qualifyingA, qualifyingB: qualifyingB, pointsA: pointsA, pointsB: pointsB}) AS seasons,
     sum(events) AS events, sum(races) AS races, sum(classifiedA) AS classifiedA, sum(classifiedB) AS classifiedB,
     sum(aheadA) AS aheadA, sum(aheadB) AS aheadB, sum(qualifyingA) AS qualifyingA, sum(qualifyingB) AS qualifyingB,
     CASE WHEN count(pointsA) > 0 THEN sum(pointsA) END AS pointsA,
     CASE WHEN count(pointsB) > 0 THEN sum(pointsB) END AS pointsB,
     collect(sourceLists) AS sourceLists
ORDER BY coalesce(pointsA, 0.0) + coalesce(pointsB, 0.0) DESC, races DESC, events DESC,
         CASE WHEN da.name < db.name THEN da.name ELSE db.name END,
         CASE WHEN da.name < db.name THEN db.name ELSE da.name END
LIMIT coalesce($limit, 50)
RETURN da.id AS a, da.name AS aName, db.id AS b, db.name AS bName, events, races, classifiedA, classifiedB,
       aheadA, aheadB, qualifyingA, qualifyingB, pointsA, pointsB, seasons,
       COLLECT { UNWIND sourceLists AS lists UNWIND lists AS perDriver UNWIND perDriver AS list UNWIND list AS source
                 RETURN DISTINCT source } AS sources;
