// Name search over drivers, people, teams, manufacturers, car models, circuits, events, series and classes:
// case- and accent-insensitive ("mucke" finds "Stefan Mücke"), partial names allowed ("bergm*").
// Several searches in one statement: $searches is a list of {query, labels}, the rows of each come out together,
// numbered by `search` (its place in the list), best first. A question that names two drivers and a series asks for the
// three at once: one round trip instead of three. `query` is Lucene syntax; the facade builds it from what the user
// typed. `labels` narrows the kinds (null: all).
// :param searches => [{query: 'mucke*', labels: ['Driver']}]
UNWIND range(0, size($searches) - 1) AS search
CALL (search) {
  WITH $searches[search] AS asked
  CALL db.index.fulltext.queryNodes('name_search', asked.query) YIELD node, score
  WITH node, score, asked
  WHERE asked.labels IS NULL OR any(label IN labels(node) WHERE label IN asked.labels)
  RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
         [label IN ['Driver', 'Person', 'Team', 'Manufacturer', 'CarModel', 'Circuit', 'Event', 'Series', 'Class']
          WHERE label IN labels(node)][0] AS label,
         node.searchText AS searchText, score
  ORDER BY score DESC, name
  LIMIT 25
}
RETURN search, id, name, aliases, label, searchText, score
ORDER BY search, score DESC, name;
