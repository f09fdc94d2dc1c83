package io.paddock.cli;

import io.paddock.PaddockException;
import io.paddock.importer.Importer;
import io.paddock.resolve.Decision;
import io.paddock.resolve.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
@Command(name = "resolve",
        header = "Report how people are matched across the seed and the datasets.", mixinStandardHelpOptions = true,
        description = {"Report how people are resolved across the shipped seed and the datasets: one person, one node.",
                "Merges (same name, nationality and career years agree) are listed with their evidence; same-named",
                "people kept apart (another era) and doubtful pairs (mixed evidence, kept apart) follow.",
                "Curate a decision in seed/people.json (spellings to join, same-named people to pin apart).",
                "With both Formula 1 sources (--ergast and --f1db), a conflicts section follows: every result, driver",
                "and standing value the two give differently, with both values and both sources; the graph keeps the",
                "preferred source's (seed/precedence.json), --conflicts all lists them one by one.",
                "Needs no database: it reads the datasets and the shipped registry. --csv prints the decisions",
                "(one row per person listed, with the evidence), --json everything."},
        footer = {"", "Examples:", "  paddock resolve --report --ergast ../shared/data/ergast-f1-csv --lemans ../shared/data/lemans24",
                "  paddock resolve --report --ergast ../shared/data/ergast-f1-csv --f1db target/f1db/src/data --verdict merged",
                "  paddock resolve --report --lemans ../shared/data/lemans24 --verdict doubtful --json"})
final class ResolveCommand extends PlainCommand {

    @Option(names = "--report", description = "Print the resolution report (the default and only action)")
    boolean report = true;

    @Mixin
    CsvOption csv;

    @Option(names = "--ergast", paramLabel = "DIR", description = "Formula 1 folder in the Ergast CSV layout")
    Path ergast;

    @Option(names = "--lemans", paramLabel = "DIR", description = "Le Mans folder (results_in.csv …)")
    Path lemans;

    @Option(names = "--f1db", paramLabel = "DIR", description = "F1DB's src/data folder, or a checkout holding it")
    Path f1db;

    @Option(names = "--conflicts", paramLabel = "HOW",
            description = "How to list the conflicts between the Formula 1 sources: summary (counts per kind and field, "
                    + "the default) or all (one row each)")
    String conflicts = "summary";

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
        if (ergast == null && lemans == null && f1db == null) {
            throw new PaddockException("resolve needs a dataset: --ergast DIR, --f1db DIR and/or --lemans DIR");
        }
        if (!conflicts.equals("summary") && !conflicts.equals("all")) {
            throw new PaddockException("--conflicts: use summary or all, not '" + conflicts + "'");
        }
        List<Verdict> wanted = verdicts.stream().map(ResolveCommand::verdict).toList();
        Importer.ResolutionReport report = Importer.report(ergast, f1db, lemans);
        List<Decision> decisions = report.decisions();
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
        if (csv.requested(output)) {
            out.print(Output.csv(rows));
            out.flush();
            return 0;
        }
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("people", decisions.size());
        counts.forEach((verdict, count) -> summary.put(verdict.name().toLowerCase(Locale.ROOT).replace('_', '-'), count));
        List<Map<String, Object>> conflictRows = conflictRows(report.conflicts());
        if (ergast != null && f1db != null) {
            summary.put("conflicts", report.conflicts().size());
        }
        if (output.json) {
            summary.put("decisions", rows);
            if (ergast != null && f1db != null) {
                summary.put("conflictsByField", conflictSummary(report.conflicts()));
                summary.put("conflictList", report.conflicts());
            }
            out.println(Output.toJson(summary));
        } else {
            output.rows(out, List.of(summary));
            out.println();
            output.rows(out, rows);
            if (ergast != null && f1db != null) {
                out.println();
                out.println("Conflicts between the Formula 1 sources (the graph keeps the first source's value):");
                output.rows(out, conflicts.equals("all") ? conflictRows : conflictSummary(report.conflicts()));
            }
        }
        return 0;
    }

    private static List<Map<String, Object>> conflictRows(List<io.paddock.importer.Conflict> conflicts) {
        return conflicts.stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", c.kind());
            row.put("id", c.id());
            row.put("field", c.field());
            row.put("kept", c.kept() + " (" + c.keptSource() + ")");
            row.put("other", c.other() + " (" + c.otherSource() + ")");
            return row;
        }).toList();
    }

    /** Per kind and field: how many, and one example with both values. */
    private static List<Map<String, Object>> conflictSummary(List<io.paddock.importer.Conflict> conflicts) {
        Map<String, Map<String, Object>> byField = new java.util.TreeMap<>();
        for (io.paddock.importer.Conflict c : conflicts) {
            Map<String, Object> row = byField.computeIfAbsent(c.kind() + "." + c.field(), k -> {
                Map<String, Object> first = new LinkedHashMap<>();
                first.put("kind", c.kind());
                first.put("field", c.field());
                first.put("count", 0);
                first.put("example", c.id() + ": " + c.kept() + " (" + c.keptSource() + ") vs " + c.other() + " (" + c.otherSource() + ")");
                return first;
            });
            row.put("count", (Integer) row.get("count") + 1);
        }
        return List.copyOf(byField.values());
    }
}
