// Paddock schema, version 2 (F1DB, ADR 0020): entrants have unique ids, the record books' poles, fastest laps,
// drivers of the day and grand slams are indexed, and
// name search finds entrants ("Scuderia Ferrari HP"). Safe to paste into Neo4j Browser.
CREATE CONSTRAINT entrant_id IF NOT EXISTS FOR (n:Entrant) REQUIRE n.id IS UNIQUE;
CREATE INDEX result_pole IF NOT EXISTS FOR (n:Result) ON (n.pole);
CREATE INDEX result_fastest_lap_rank IF NOT EXISTS FOR (n:Result) ON (n.fastestLapRank);
CREATE INDEX result_driver_of_the_day_rank IF NOT EXISTS FOR (n:Result) ON (n.driverOfTheDayRank);
CREATE INDEX result_grand_slam IF NOT EXISTS FOR (n:Result) ON (n.grandSlam);
DROP INDEX name_search IF EXISTS;
CREATE FULLTEXT INDEX name_search IF NOT EXISTS
  FOR (n:Driver|Person|Team|Manufacturer|CarModel|Circuit|Event|Series|Class|Entrant)
  ON EACH [n.searchText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
