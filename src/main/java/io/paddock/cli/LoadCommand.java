package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.load.LoadReport;
import io.paddock.seed.Seed;
import io.paddock.seed.SeedReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock load [SEED_DIR]}.
 */
@Command(name = "load",
        header = "Validate a seed, then write it (loading twice changes nothing).", mixinStandardHelpOptions = true,
        description = {"Validate a seed completely, then write it in batches of one transaction each (loading twice changes nothing).",
                "Without SEED_DIR, loads the seed shipped with Paddock (American Le Mans Series 2007–2011)."},
        footer = {"", "Examples:", "  paddock load", "  paddock load ./my-seed --uri neo4j://localhost:7687 --password secret"})
final class LoadCommand extends GraphCommand {

    @Parameters(arity = "0..1", paramLabel = "SEED_DIR", description = "Folder with registry.json and articles/*.json")
    Path seedDirectory;

    @Mixin
    CsvOption csv;

    @Override
    public Integer call() {
        PrintWriter out = out();
        PrintWriter err = spec.commandLine().getErr();
        Seed seed = seedDirectory == null ? SeedReader.shipped() : SeedReader.fromDirectory(seedDirectory);
        err.println("Seed valid: " + (1 + seed.articles().size()) + " files. Loading into " + connection.target() + " …");
        try (Paddock paddock = connection.open()) {
            LoadReport report = paddock.load(seed, line -> err.println("  " + line));
            print(out, report);
        }
        return 0;
    }

    private void print(PrintWriter out, LoadReport report) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", report.files());
        summary.put("nodesCreated", report.nodesCreated());
        summary.put("relationshipsCreated", report.relationshipsCreated());
        summary.put("propertiesSet", report.propertiesSet());
        summary.put("millis", report.took().toMillis());
        csv.rows(out, output, List.of(summary));
    }
}
