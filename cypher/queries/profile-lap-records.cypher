// Record laps: those a driver set, or those set at a circuit. kind is CIRCUIT_RECORD or PERSONAL_BEST;
// improvementSeconds is by how much the lap beat the previous best, where stated. Give one anchor id.
// :param driverId => null
// :param circuitId => 'mazda-raceway-laguna-seca'
CALL () {
  MATCH (:Driver {id: $driverId})-[:SET]->(record:LapRecord) RETURN record
  UNION
  MATCH (record:LapRecord)-[:AT]->(:Circuit {id: $circuitId}) RETURN record
}
MATCH (d:Driver)-[:SET]->(record)-[:AT]->(c:Circuit)
OPTIONAL MATCH (record)-[:IN_SESSION]->(x:Session)<-[:HAS_SESSION]-(e:Event)
OPTIONAL MATCH (e)-[:IN_SEASON]->(s:Season)
OPTIONAL MATCH (record)-[:WITH_ENTRY]->(n:Entry)
RETURN record.id AS id, record.kind AS kind,
       {id: d.id, name: d.name} AS driver, {id: c.id, name: c.name} AS circuit,
       CASE WHEN e IS NULL THEN null
            ELSE {id: e.id, name: e.name, season: s.year, round: e.round, date: e.date} END AS event,
       x.type AS session, n.id AS entryId,
       record.lapTimeSeconds AS lapTimeSeconds, record.improvementSeconds AS improvementSeconds,
       record.inferred AS inferred, coalesce(record.sources, []) AS sources
ORDER BY s.year, e.round, e.id, kind, d.name;
