// Name search over drivers, people, teams, manufacturers, car models, circuits, events, series and classes:
// case- and accent-insensitive ("mucke" finds "Stefan Mücke"), partial names allowed ("bergm*").
// $query is Lucene syntax; the facade builds it from what the user typed. $labels narrows the kinds (null: all).
// :param query => 'mucke*'
// :param labels => ['Driver']
CALL db.index.fulltext.queryNodes('name_search', $query) YIELD node, score
WITH node, score
WHERE $labels IS NULL OR any(label IN labels(node) WHERE label IN $labels)
RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases,
       [label IN ['Driver', 'Person', 'Team', 'Manufacturer', 'CarModel', 'Circuit', 'Event', 'Series', 'Class']
        WHERE label IN labels(node)][0] AS label,
       node.searchText AS searchText, score
ORDER BY score DESC, name
LIMIT 25;
