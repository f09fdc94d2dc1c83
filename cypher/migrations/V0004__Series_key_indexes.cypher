// Paddock schema, version 4 (issue 20, ADR 0041): the indexes on the season and series keys of version 3, so a
// question narrowed to one series reads that series' events and results only, however much else the graph holds.
CREATE INDEX event_series_year IF NOT EXISTS FOR (n:Event) ON (n.seriesId, n.year);
CREATE INDEX result_series_position IF NOT EXISTS FOR (n:Result) ON (n.seriesId, n.position);
CREATE INDEX result_series_class_position IF NOT EXISTS FOR (n:Result) ON (n.seriesId, n.classPosition);
