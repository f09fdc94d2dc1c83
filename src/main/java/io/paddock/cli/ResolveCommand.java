package io.paddock.cli;

import io.paddock.PaddockException;
import io.paddock.importer.Importer;
import io.paddock.resolve.Decision;
import io.paddock.resolve.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code paddock resolve --report}: who resolution takes to be one person across the sources, and why.
 */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = {"Report how people are resolved across the shipped seed and the datasets: one person, one node.",
                "Merges (same name, nationality and career years agree) are listed with their evidence; same-named",
                "people kept apart (another era) and doubtful pairs (mixed evidence, kept apart) follow.",
                "Curate a decision in seed/people.json (spellings to join, same-named people to pin apart).",
                "Needs no database: it reads the datasets and the shipped registry."},
        footer = {"", "Examples:", "  paddock resolve --report --ergast ../shared/data/ergast-f1-csv --lemans ../shared/data/lemans24",
                "  paddock resolve --report --lemans ../shared/data/lemans24 --verdict doubtful --json"})
final class ResolveCommand extends PlainCommand {

    @Option(names = "--report", description = "Print the resolution report (the default and only action)")
    boolean report = true;

    @Option(names = "--ergast", paramLabel = "DIR", description = "Formula 1 folder in the Ergast CSV layout")
    Path ergast;

    @Option(names = "--lemans", paramLabel = "DIR", description = "Le Mans folder (results_in.csv …)")
    Path lemans;

    @Option(names = "--verdict", paramLabel = "VERDICT", split = ",",
            description = "Only these verdicts: merged, kept-apart, doubtful, new (default: merged, kept-apart, doubtful)")
    List<String> verdicts = List.of("merged", "kept-apart", "doubtful");

    private static Verdict verdict(String text) {
        try {
            return Verdict.valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new PaddockException("--verdict: unknown verdict '" + text + "' (use merged, kept-apart, doubtful, new)");
        }
    }

    @Override
    public Integer call() {
        if (ergast == null && lemans == null) {
            throw new PaddockException("resolve needs a dataset: --ergast DIR and/or --lemans DIR");
        }
        List<Verdict> wanted = verdicts.stream().map(ResolveCommand::verdict).toList();
        List<Decision> decisions = Importer.resolveOnly(ergast, lemans);
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        decisions.forEach(d -> counts.merge(d.verdict(), 1, Integer::sum));
        List<Map<String, Object>> rows = decisions.stream().filter(d -> wanted.contains(d.verdict())).map(d -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("verdict", d.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            row.put("source", d.claim().source());
            row.put("name", d.claim().name());
            row.put("id", d.id());
            row.put("other", d.other());
            row.put("evidence", String.join("; ", d.evidence()));
            return row;
        }).toList();
        PrintWriter out = out();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("people", decisions.size());
        counts.forEach((verdict, count) -> summary.put(verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'), count));
        if (output.json) {
            summary.put("decisions", rows);
            out.println(Output.toJson(summary));
        } else {
            output.rows(out, List.of(summary));
            out.println();
            output.rows(out, rows);
        }
        return 0;
    }
}
