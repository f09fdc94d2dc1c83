// Totals the articles state ("six overall wins in 2007"), kept apart from anything counted from results:
// those about a driver, a team or a car model, those at a circuit, or those stated as of an event.
// Give one anchor id and leave the others null.
// :param driverId => 'timo-bernhard'
// :param teamId => null
// :param carId => null
// :param circuitId => null
// :param eventId => null
CALL () {
  MATCH (total:StatedTotal)-[:ABOUT]->(:Driver {id: $driverId}) RETURN total
  UNION
  MATCH (total:StatedTotal)-[:ABOUT]->(:Team {id: $teamId}) RETURN total
  UNION
  MATCH (total:StatedTotal)-[:ABOUT]->(:CarModel {id: $carId}) RETURN total
  UNION
  MATCH (total:StatedTotal)-[:AT]->(:Circuit {id: $circuitId}) RETURN total
  UNION
  MATCH (total:StatedTotal)-[:AS_OF]->(:Event {id: $eventId}) RETURN total
}
OPTIONAL MATCH (total)-[:IN_SEASON]->(s:Season)
OPTIONAL MATCH (total)-[:FOR_CLASS]->(c:Class)
OPTIONAL MATCH (total)-[:AT]->(circuit:Circuit)
OPTIONAL MATCH (total)-[:AS_OF]->(asOf:Event)
OPTIONAL MATCH (asOf)-[:IN_SEASON]->(asOfSeason:Season)
RETURN total.id AS id, total.metric AS metric, total.value AS value, total.outOf AS outOf, total.scope AS scope,
       s.year AS season, total.fromYear AS fromYear, total.toYear AS toYear,
       c.id AS classId, c.name AS className, circuit.id AS circuitId, circuit.name AS circuitName,
       CASE WHEN asOf IS NULL THEN null
            ELSE {id: asOf.id, name: asOf.name, season: asOfSeason.year, round: asOf.round, date: asOf.date} END AS asOf,
       COLLECT { MATCH (total)-[:ABOUT]->(subject)
                 RETURN {kind: CASE WHEN subject:Driver THEN 'driver' WHEN subject:Team THEN 'team'
                                    WHEN subject:CarModel THEN 'car' ELSE 'manufacturer' END,
                         id: subject.id, name: subject.name} AS subject
                 ORDER BY subject.kind, subject.name } AS subjects,
       total.note AS note, total.inferred AS inferred, coalesce(total.sources, []) AS sources
ORDER BY coalesce(season, total.toYear), metric, id;
