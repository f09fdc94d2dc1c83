// The model in one picture: the cars of one team at one event. An Entry is one car; its crew DROVE it, so
// co-drivers share an Entry. A Squad is the team at that event, so team-mates drove another Entry of the same Squad.
// :param eventId => 'alms-2007-petit-le-mans'
// :param teamId => 'penske-racing'
MATCH (t:Team {id: $teamId})<-[ot:OF_TEAM]-(squad:Squad)<-[fs:FOR_SQUAD]-(n:Entry)-[ie:IN_EVENT]->(e:Event {id: $eventId})
MATCH (d:Driver)-[drove:DROVE]->(n)
OPTIONAL MATCH (n)-[wc:WITH_CAR]->(car:CarModel)
OPTIONAL MATCH (n)-[ic:IN_CLASS]->(c:Class)
RETURN t, ot, squad, fs, n, ie, e, d, drove, car, wc, c, ic;
