package io.paddock.bench;

import io.paddock.Paddock;
import io.paddock.importer.ImportReport;
import io.paddock.importer.YearRange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many rows per write transaction: imports the full Ergast F1 data into a fresh embedded database once per
 * batch size and round, rotating the order of the sizes between rounds, and prints the write time and rows/s of each
 * (median over the rounds). One import first warms the JVM and the plan cache and is not counted (the first import
 * in a JVM pays ~11 s of planning and JIT). A benchmark main, not a test:
 * <pre>
 * mvn -B -q -DskipTests package
 * java -Xmx1g -cp "target/test-classes:target/classes:target/lib/*" io.paddock.bench.ImportBatchSizeBenchmark ../shared/data/ergast-f1-csv 3
 * </pre>
 */
public final class ImportBatchSizeBenchmark {

    private ImportBatchSizeBenchmark() {
    }

    /**
     * @param args the Ergast folder, and the number of rounds (default 2)
     * @throws IOException when a scratch folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        Path ergast = Path.of(args.length > 0 ? args[0] : "../shared/data/ergast-f1-csv");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!Files.isDirectory(ergast)) {
            System.out.println("No Ergast data at " + ergast + ": nothing to measure.");
            return;
        }
        List<Integer> sizes = new ArrayList<>(List.of(1_000, 5_000, 10_000, 20_000));
        Map<Integer, List<Double>> seconds = new TreeMap<>();
        long rows = 0;
        Path warmUp = Files.createTempDirectory(Path.of("target"), "batch-warm-up-");
        try (Paddock paddock = Paddock.embedded(warmUp)) {
            paddock.importer().ergast(ergast, YearRange.all(), p -> { });
        }
        for (int round = 0; round < rounds; round++) {
            for (int size : sizes) {
                Path dir = Files.createTempDirectory(Path.of("target"), "batch-" + size + "-");
                try (Paddock paddock = Paddock.embedded(dir)) {
                    ImportReport report = paddock.importer().batchSize(size).ergast(ergast, YearRange.all(), p -> { });
                    rows = report.written().rows().values().stream().mapToLong(Integer::longValue).sum();
                    double s = report.written().took().toMillis() / 1000.0;
                    seconds.computeIfAbsent(size, k -> new ArrayList<>()).add(s);
                    System.out.printf("round %d  batch %,6d  write %6.1f s  %,8.0f rows/s%n", round + 1, size, s, rows / s);
                }
            }
            sizes.add(sizes.remove(0));
        }
        System.out.printf("%nrows written per import: %,d; machine: %d cores, max heap %d MB%n", rows,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
        System.out.println("| rows per transaction | median write s | rows/s |");
        System.out.println("|---|---|---|");
        for (Map.Entry<Integer, List<Double>> size : seconds.entrySet()) {
            List<Double> sorted = size.getValue().stream().sorted(Comparator.naturalOrder()).toList();
            double median = sorted.get(sorted.size() / 2);
            System.out.printf("| %,d | %.1f | %,.0f |%n", size.getKey(), median, rows / median);
        }
    }
}
