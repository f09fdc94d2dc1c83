package io.paddock.importer;

import io.paddock.load.WriteReport;
import io.paddock.resolve.Decision;
import io.paddock.resolve.Verdict;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an import read, resolved, wrote and left out.
 *
 * @param dataset   dataset id, e.g. {@code ergast-f1-csv}
 * @param rowsRead  records read per file
 * @param rejected  rows left out, each with file, line, field and reason
 * @param people    resolution's decision for every person of the dataset
 * @param written   what the writer did
 * @param took      wall-clock time of read, resolution and write
 * @param changes   what an import of data imported before wrote again and what it skipped as unchanged (one line
 *                  each); empty for a first import
 */
public record ImportReport(String dataset, Map<String, Integer> rowsRead, List<Rejection> rejected,
                           List<Decision> people, WriteReport written, Duration took, List<String> changes) {

    /**
     * Defensive copies.
     *
     * @param dataset   dataset id, e.g. {@code ergast-f1-csv}
     * @param rowsRead  records read per file
     * @param rejected  rows left out, each with file, line, field and reason
     * @param people    resolution's decision for every person of the dataset
     * @param written   what the writer did
     * @param took      wall-clock time of read, resolution and write
     * @param changes   what was written again and what was skipped as unchanged
     */
    public ImportReport {
        changes = List.copyOf(changes);
        rowsRead = Map.copyOf(rowsRead);
        rejected = List.copyOf(rejected);
        people = List.copyOf(people);
    }

    /**
     * @return records read over all files
     */
    public int totalRowsRead() {
        return rowsRead.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * @return how many people got each verdict
     */
    public Map<Verdict, Long> verdicts() {
        return people.stream().collect(Collectors.groupingBy(Decision::verdict, () -> new java.util.EnumMap<>(Verdict.class),
                Collectors.counting()));
    }
}
