// Whether the record tallies can be trusted (ADR 0043): true once a load or import has rebuilt them after its last
// write, false from the first write of the next one until its rebuild, and false on a graph written by an older
// version or changed by hand. The facade reads records-wins-tallied.cypher only while this says true, and
// records-wins.cypher otherwise; both give the same answer.
// `format` is the shape cypher/load/tallies.cypher builds (3: places, poles and starts): tallies an older build wrote are not
// read, and the next load or import rebuilds them.
OPTIONAL MATCH (s:Tallies {id: 'records'})
RETURN coalesce(s.fresh AND s.format = 3, false) AS fresh;
