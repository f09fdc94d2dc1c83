// Paddock schema, version 5 (issue 20, ADR 0043): the tallies the writer keeps for the win and podium records, found
// by holder kind, scope and series; the one (:Tallies) node that says whether they are fresh, by its id. A graph this
// version upgrades has no tallies yet: its records are counted from the results until the next load or import.
CREATE INDEX tally_holder_scope_series IF NOT EXISTS FOR (n:Tally) ON (n.holderKind, n.scope, n.seriesId);
CREATE CONSTRAINT tallies_id IF NOT EXISTS FOR (n:Tallies) REQUIRE n.id IS UNIQUE;
