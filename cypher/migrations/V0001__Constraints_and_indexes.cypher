// Paddock schema, version 1: one unique id per entity label, plus the indexes the named queries filter on.
// Applied by neo4j-migrations when Paddock connects; safe to paste into Neo4j Browser (IF NOT EXISTS).
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT series_id IF NOT EXISTS FOR (n:Series) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT season_id IF NOT EXISTS FOR (n:Season) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT class_id IF NOT EXISTS FOR (n:Class) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT circuit_id IF NOT EXISTS FOR (n:Circuit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT manufacturer_id IF NOT EXISTS FOR (n:Manufacturer) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT car_model_id IF NOT EXISTS FOR (n:CarModel) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT team_id IF NOT EXISTS FOR (n:Team) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT driver_id IF NOT EXISTS FOR (n:Driver) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT session_id IF NOT EXISTS FOR (n:Session) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT squad_id IF NOT EXISTS FOR (n:Squad) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entry_id IF NOT EXISTS FOR (n:Entry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT result_id IF NOT EXISTS FOR (n:Result) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT championship_id IF NOT EXISTS FOR (n:Championship) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT lap_record_id IF NOT EXISTS FOR (n:LapRecord) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT stated_total_id IF NOT EXISTS FOR (n:StatedTotal) REQUIRE n.id IS UNIQUE;
CREATE INDEX result_position IF NOT EXISTS FOR (n:Result) ON (n.position);
CREATE INDEX result_class_position IF NOT EXISTS FOR (n:Result) ON (n.classPosition);
CREATE INDEX session_type IF NOT EXISTS FOR (n:Session) ON (n.type);
CREATE INDEX season_year IF NOT EXISTS FOR (n:Season) ON (n.year);
// Name search: accent- and case-insensitive ("mucke" finds "Stefan Mücke"); searchText holds the name and its aliases.
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
  FOR (n:Driver|Person|Team|Manufacturer|CarModel|Circuit|Event|Series|Class)
  ON EACH [n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
