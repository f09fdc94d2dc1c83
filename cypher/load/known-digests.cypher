// The digests of one source's files the graph holds (written by the last statement of graph.cypher): per node id,
// the hash of the files it was last written from. An import of the same source skips what has the same digest.
// :param source => 'f1db'
MATCH (n) WHERE (n:Source OR n:Season OR n:Event) AND n.digests IS NOT NULL
UNWIND n.digests AS digest
WITH n, digest WHERE digest STARTS WITH $source + ':'
RETURN n.id AS id, substring(digest, size($source) + 1) AS digest;
