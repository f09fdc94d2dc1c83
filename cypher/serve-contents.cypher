// What `paddock serve` checks before it loads the shipped seed: does the graph hold anything besides the schema
// migrations' own nodes (labels starting with "__")? No row: empty, and it gets the seed; a loaded graph is left as it is.
MATCH (n)
WHERE NOT any(label IN labels(n) WHERE label STARTS WITH '__')
RETURN true AS loaded
LIMIT 1;
