// Which items of a reviewed proposal the graph holds already (ingest --graph's "new" column). An item is a node by
// label and id, a DROVE link (driver id -> entry id) or a STANDING (holder id -> championship id, as of an event id
// or 'final'). The label comes from the proposal's fixed item kinds, never from a report's text.
// :param items => [{key: 'Driver:timo-bernhard', what: 'Driver', id: 'timo-bernhard'}, {key: 'DROVE:timo-bernhard->x', what: 'DROVE', from: 'timo-bernhard', to: 'x'}]
UNWIND $items AS item
CALL (item) {
  WITH item WHERE item.what = 'DROVE'
  MATCH (:Driver {id: item.from})-[:DROVE]->(:Entry {id: item.to})
  RETURN item.key AS key
  UNION
  WITH item WHERE item.what = 'STANDING'
  MATCH ({id: item.from})-[s:STANDING]->(:Championship {id: item.to})
  WHERE s.asOf = item.asOf
  RETURN item.key AS key
  UNION
  WITH item WHERE NOT item.what IN ['DROVE', 'STANDING']
  MATCH (n:$(item.what) {id: item.id})
  RETURN item.key AS key
}
RETURN DISTINCT key;
