package io.paddock.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The benchmarks of docs/performance.md in one run (a main among the test classes, not a test):
 * <pre>
 * mvn -B -Pbench verify                                   # every part
 * mvn -B -Pbench verify -Dbench.parts=queries             # one part: load, queries, growth (comma-separated)
 * </pre>
 * Writes target/bench/report.md (every table, with the machine and the load) and one CSV per table beside it.
 * The datasets are read from ../shared/data/ (never copied into the repository); without them there is nothing to
 * measure and the run says so.
 */
public final class BenchmarkSuite {

    static final Path ERGAST = Path.of("..", "shared", "data", "ergast-f1-csv");
    static final Path LEMANS = Path.of("..", "shared", "data", "lemans24");

    private BenchmarkSuite() {
    }

    /**
     * @param args comma-separated parts (load, queries, growth), then options: rounds=N (load rounds, default 2),
     *             naive=N (results rows for the naive loader, default 5000), scales=1,10,100 (growth),
     *             out=DIR (default target/bench)
     * @throws Exception when a benchmark fails
     */
    public static void main(String[] args) throws Exception {
        List<String> parts = List.of((args.length > 0 ? args[0] : "load,queries,growth").split(","));
        int rounds = Integer.parseInt(option(args, "rounds", "2"));
        int naive = Integer.parseInt(option(args, "naive", "5000"));
        String scales = option(args, "scales", "1,10,100");
        Path out = Path.of(option(args, "out", "target/bench"));
        Files.createDirectories(out);
        Path report = out.resolve("report.md");
        Files.writeString(report, header(args));
        System.out.print(Files.readString(report));
        if (!Files.isDirectory(ERGAST) || !Files.isDirectory(LEMANS)) {
            System.out.println("No datasets at " + ERGAST.toAbsolutePath().normalize() + " and " + LEMANS.toAbsolutePath().normalize()
                    + ": nothing to measure.");
            return;
        }
        if (parts.contains("load")) {
            new LoadBenchmark(ERGAST, out, rounds, naive).run(out, report);
        }
        if (parts.contains("queries")) {
            new QueryBenchmark(Path.of("target", "bench-full-db"), ERGAST, LEMANS).run(out, report);
        }
        if (parts.contains("growth")) {
            new GrowthBenchmark(out, scales).run(out, report);
        }
        System.out.println("Tables: " + report.toAbsolutePath());
    }

    private static String option(String[] args, String name, String fallback) {
        for (String a : args) {
            if (a.startsWith(name + "=")) {
                return a.substring(name.length() + 1);
            }
        }
        return fallback;
    }

    private static String header(String[] args) {
        Runtime rt = Runtime.getRuntime();
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return String.format("### Benchmark run %s%n%nCommand: `mvn -B -Pbench verify -Dbench.parts=%s%s`. Machine: %d cores,"
                        + " %.0f GiB RAM, Java %s (%s), max heap %.1f GiB, Neo4j %s Community in-process, load average at"
                        + " start %s (other sessions build on the same cores: compare ratios within a table, not absolute"
                        + " times across tables).%n%n",
                Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC", args.length > 0 ? args[0] : "load,queries,growth",
                args.length > 1 ? " -Dbench.args=\"" + String.join(" ", List.of(args).subList(1, args.length)) + "\"" : "",
                rt.availableProcessors(), memory / 1073741824.0, System.getProperty("java.version"), System.getProperty("java.vm.name"),
                rt.maxMemory() / 1073741824.0, org.neo4j.kernel.internal.Version.getNeo4jVersion(), Table.load());
    }
}
