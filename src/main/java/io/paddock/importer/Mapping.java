package io.paddock.importer;

import io.paddock.internal.load.GraphRows;
import io.paddock.internal.load.Precedence;
import io.paddock.internal.load.WriteRow;
import io.paddock.resolve.Decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an adapter produces from a dataset folder: the writer's rows, the rows it left out, how many records each
 * file had, and the resolution decisions for its people. Nothing here touches Neo4j.
 */
final class Mapping {

    final String dataset;
    final int precedence;
    final GraphRows rows = new GraphRows();
    final List<Rejection> rejected = new ArrayList<>();
    final Map<String, Integer> rowsRead = new LinkedHashMap<>();
    final List<Decision> people = new ArrayList<>();
    final List<String> changes = new ArrayList<>();

    Mapping(String dataset) {
        this.dataset = dataset;
        this.precedence = Precedence.shipped().rank(dataset);
    }

    /** The provenance of one row: {@code ergast-f1-csv#results.csv:124}. */
    List<String> src(CsvFile.Row row) {
        return List.of(dataset + "#" + row.at());
    }

    void reject(CsvFile.Row row, String field, String reason) {
        rejected.add(new Rejection(row.file(), row.line(), field, reason));
    }

    /** Maps one row; a field that does not parse leaves the row out and lists it with file, line and column. */
    void guarded(CsvFile.Row row, Runnable mapping) {
        try {
            mapping.run();
        } catch (Fields.BadField e) {
            reject(row, e.field, e.getMessage());
        }
    }

    /** Adds one row for the writer. */
    void add(WriteRow row) {
        rows.add(row);
    }
}
