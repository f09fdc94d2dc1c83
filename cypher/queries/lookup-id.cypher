// One entity by its exact id, of the given kinds: what a user copies from an answer. Name search cannot find
// an id that is no word of the name (the series 'lemans' is "24 Hours of Le Mans"); each branch is one seek
// on that label's unique id constraint. Returns the columns of search.cypher. $labels null: every kind.
// :param id => 'alms'
// :param labels => ['Series']
CALL () {
  MATCH (n:Driver {id: $id}) WHERE $labels IS NULL OR 'Driver' IN $labels RETURN n
  UNION
  MATCH (n:Person {id: $id}) WHERE $labels IS NULL OR 'Person' IN $labels RETURN n
  UNION
  MATCH (n:Team {id: $id}) WHERE $labels IS NULL OR 'Team' IN $labels RETURN n
  UNION
  MATCH (n:Manufacturer {id: $id}) WHERE $labels IS NULL OR 'Manufacturer' IN $labels RETURN n
  UNION
  MATCH (n:CarModel {id: $id}) WHERE $labels IS NULL OR 'CarModel' IN $labels RETURN n
  UNION
  MATCH (n:Circuit {id: $id}) WHERE $labels IS NULL OR 'Circuit' IN $labels RETURN n
  UNION
  MATCH (n:Event {id: $id}) WHERE $labels IS NULL OR 'Event' IN $labels RETURN n
  UNION
  MATCH (n:Series {id: $id}) WHERE $labels IS NULL OR 'Series' IN $labels RETURN n
  UNION
  MATCH (n:Class {id: $id}) WHERE $labels IS NULL OR 'Class' IN $labels RETURN n
}
RETURN n.id AS id, n.name AS name, coalesce(n.aliases, []) AS aliases,
       [label IN ['Driver', 'Person', 'Team', 'Manufacturer', 'CarModel', 'Circuit', 'Event', 'Series', 'Class']
        WHERE label IN labels(n)][0] AS label,
       n.searchText AS searchText, 1.0 AS score
ORDER BY label, id;
