// Paddock schema, version 2 (F1DB, ADR 0020): entrants have unique ids, the record books' poles are indexed, and
// name search finds entrants ("Scuderia Ferrari HP"). Safe to paste into Neo4j Browser.
CREATE CONSTRAINT entrant_id IF NOT EXISTS FOR (n:Entrant) REQUIRE n.id IS UNIQUE;
CREATE INDEX result_pole IF NOT EXISTS FOR (n:Result) ON (n.pole);
DROP INDEX name_search IF EXISTS;
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
  FOR (n:Driver|Person|Team|Manufacturer|CarModel|Circuit|Event|Series|Class|Entrant)
  ON EACH [n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
