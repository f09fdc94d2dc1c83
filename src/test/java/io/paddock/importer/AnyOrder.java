package io.paddock.importer;

import io.paddock.Paddock;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The long proof that the order of the sources does not change the graph ({@code bench/any-order.sh}, issue 22):
 * for each order given, an empty embedded database under the output folder, the sources written in that order, then
 * the sorted full export ({@link GraphExport}) written to a file and its SHA-256 printed with the counts and times.
 * <p>
 * Usage: {@code AnyOrder OUT ORDER...}, each ORDER a comma-separated list of {@code seed}, {@code ergast},
 * {@code lemans} and {@code f1db} (datasets from ../shared/data; F1DB unpacked under target/f1db).
 */
final class AnyOrder {

    private AnyOrder() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: AnyOrder OUT ORDER... (ORDER: e.g. seed,ergast,lemans,f1db)");
            System.exit(2);
        }
        if (!DatasetFigures.present() || !F1dbFigures.present()) {
            System.err.println("any-order: the datasets in ../shared/data are absent");
            System.exit(1);
        }
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        for (int i = 1; i < args.length; i++) {
            run(out, i, args[i]);
        }
    }

    private static void run(Path out, int number, String order) throws IOException {
        String name = number + "-" + order.replace(',', '-');
        Path data = out.resolve(name + ".db");
        delete(data);
        long start = System.nanoTime();
        StringBuilder times = new StringBuilder();
        List<String> lines;
        try (Paddock paddock = Paddock.embedded(data)) {
            for (String source : order.split(",")) {
                long t = System.nanoTime();
                switch (source) {
                    case "seed" -> paddock.loadShippedSeed();
                    case "ergast" -> paddock.importer().ergast(DatasetFigures.ERGAST, YearRange.all(), p -> { });
                    case "lemans" -> paddock.importer().lemans(DatasetFigures.LEMANS, YearRange.all(), p -> { });
                    case "f1db" -> paddock.importer().f1db(F1dbFigures.DATA, YearRange.all(), p -> { });
                    default -> throw new IllegalArgumentException("unknown source '" + source + "'");
                }
                times.append(String.format(" %s %.0f s", source, (System.nanoTime() - t) / 1e9));
            }
            lines = GraphExport.of(paddock);
        }
        delete(data);
        Path file = out.resolve(name + ".export");
        Files.write(file, lines, StandardCharsets.UTF_8);
        long nodes = lines.stream().filter(l -> l.startsWith("node ")).count();
        System.out.printf("%s  order %-26s %,d nodes %,d relationships  %.0f s (%s)%n", GraphExport.sha256(lines), order, nodes,
                lines.size() - nodes, (System.nanoTime() - start) / 1e9, times.toString().trim());
    }

    private static void delete(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
