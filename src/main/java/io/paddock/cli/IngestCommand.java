package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.PaddockException;
import io.paddock.ingest.Fact;
import io.paddock.ingest.FactProposal;
import io.paddock.ingest.GraphChange;
import io.paddock.ingest.Ingest;
import io.paddock.ingest.IngestResult;
import io.paddock.ingest.Mention;
import io.paddock.ingest.QualityRow;
import io.paddock.seed.Seed;
import io.paddock.seed.SeedException;
import io.paddock.seed.SeedReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code paddock ingest FILE…}: propose linked facts from race reports, as seed files to review and load.
 */
@Command(name = "ingest",
        header = "Propose facts from race reports as a seed to review, then load.", mixinStandardHelpOptions = true,
        description = {"Read race reports (plain text, German or English) and propose what they state: names linked to "
                + "the graph's drivers, teams, makers, cars, circuits, classes and series, and facts (crews, positions, "
                + "margins, poles, laps, titles and standings, lap records, stated totals, roles), each with paragraph, "
                + "character span, confidence and stated/inferred. Proposals are written as a seed directory "
                + "(registry.json + articles/<id>.json); review them, then `paddock load DIR`. Nothing enters the graph "
                + "unreviewed. The curated article of a report's own id is never read while proposing (leave-one-out).",
                "--quality scores the proposals for the shipped reports against the curated seed: precision and recall "
                + "of linking ((entity, paragraph) pairs against the registry's provenance) and of facts (same kind, "
                + "session, value and a shared subject), per article and in total; see docs/ingest.md.",
                "--diff DIR shows what a reviewed directory would add (vs the shipped seed, or --against graph).",
                "Tables name drivers, teams, cars and classes by name; the ids are in the written files and in --json. "
                + "--csv prints the fact proposals of every report (with --mentions: the names instead), the --quality "
                + "table or the --diff table, with a header line."},
        footer = {"", "Examples:", "  paddock ingest ../shared/seeds/000_a2ddb8a8b78fb99c.txt --out ingested",
                "  paddock load ingested/000_a2ddb8a8b78fb99c",
                "  paddock ingest --quality ../shared/seeds",
                "  paddock ingest --diff ingested/000_a2ddb8a8b78fb99c --against graph"})
final class IngestCommand extends GraphCommand {

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "Plain-text reports (paragraphs separated by blank lines)")
    List<Path> files = new ArrayList<>();

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "ingested",
            description = "Where to write: one seed directory per report, DIR/<source id>/ (default: ${DEFAULT-VALUE})")
    Path out;

    @Option(names = "--mentions", description = "List every linked name, not just the ambiguous and new ones")
    boolean allMentions;

    @Option(names = "--graph", description = "Also link names only the graph knows (imported drivers, teams, circuits), "
            + "looked up in its full-text index name_search")
    boolean useGraph;

    @Option(names = "--quality", paramLabel = "REPORTS_DIR", arity = "0..1", fallbackValue = "../shared/seeds",
            description = "Score proposals for the shipped reports in REPORTS_DIR (default ../shared/seeds) against the curated seed")
    Path quality;

    @Option(names = "--misses", description = "With --quality: also list missed and wrong links and facts")
    boolean misses;

    @Option(names = "--strict-names", description = "With --quality: also forget the registry names only the article read "
            + "names, as if each report were new (its new names must be proposed as NEW)")
    boolean strictNames;

    @Option(names = "--diff", paramLabel = "SEED_DIR", description = "Show what a reviewed seed directory would add")
    Path diff;

    @Option(names = "--against", paramLabel = "BASE", description = "With --diff: seed (the shipped seed, default) or graph")
    String against = "seed";

    @Mixin
    CsvOption csv;

    @Override
    public Integer call() {
        PrintWriter stdout = out();
        if (quality != null) {
            return quality(stdout);
        }
        if (diff != null) {
            return diff(stdout);
        }
        if (files.isEmpty()) {
            throw new PaddockException("ingest needs a report: paddock ingest FILE… (or --quality, --diff DIR)");
        }
        Ingest ingest = Ingest.withSeed(SeedReader.shipped());
        if (!useGraph) {
            return readAll(stdout, ingest);
        }
        try (Paddock paddock = connection.open()) {
            return readAll(stdout, ingest.withGraph(paddock));
        }
    }

    private int readAll(PrintWriter stdout, Ingest ingest) {
        boolean csvRequested = csv.requested(output);
        List<Map<String, Object>> json = new ArrayList<>();
        List<Map<String, Object>> csvRows = new ArrayList<>();
        for (Path file : files) {
            IngestResult result = ingest.read(file);
            Path directory = out.resolve(result.sourceId());
            Ingest.write(result, directory);
            String valid = validate(directory);
            if (csvRequested) {
                // One table for every report, each row saying which report it comes from.
                for (Map<String, Object> row : allMentions ? mentionRows(result, true) : factRows(result)) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("report", result.sourceId());
                    line.putAll(row);
                    csvRows.add(line);
                }
                // What was written goes to standard error, so that standard output is the CSV alone.
                spec.commandLine().getErr().println(written(result, directory, valid));
            } else if (output.json) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("sourceId", result.sourceId());
                row.put("file", result.file());
                row.put("written", directory.toString());
                row.put("valid", valid == null);
                row.put("mentions", result.mentions());
                row.put("facts", result.facts());
                json.add(row);
            } else {
                print(stdout, result, directory, valid);
            }
        }
        if (csvRequested) {
            stdout.print(Output.csv(csvRows));
        } else if (output.json) {
            stdout.println(Output.toJson(json));
        }
        stdout.flush();
        return 0;
    }

    private static String validate(Path directory) {
        try {
            SeedReader.fromDirectory(directory);
            return null;
        } catch (SeedException e) {
            return e.getMessage();
        }
    }

    private void print(PrintWriter stdout, IngestResult result, Path directory, String invalid) {
        long linked = result.mentions().stream().filter(Mention::linked).count();
        long ambiguous = result.mentions().stream().filter(m -> "AMBIGUOUS".equals(m.status())).count();
        long fresh = result.mentions().stream().filter(m -> "NEW".equals(m.status())).count();
        long entities = result.mentions().stream().filter(Mention::linked).map(m -> m.kind() + ":" + m.id()).distinct().count();
        stdout.printf("%s (%s): %d paragraphs; %d names linked to %d entities, %d ambiguous, %d new; %d fact proposals%n",
                result.file(), result.sourceId(), result.paragraphs(), linked, entities, ambiguous, fresh, result.facts().size());
        List<Map<String, Object>> mentionRows = mentionRows(result, allMentions);
        if (!mentionRows.isEmpty()) {
            stdout.println();
            stdout.println(allMentions ? "Names:" : "Names to review (ambiguous or new):");
            output.rows(stdout, mentionRows);
        }
        stdout.println();
        stdout.println("Fact proposals:");
        output.rows(stdout, factRows(result));
        stdout.println();
        stdout.println(written(result, directory, invalid));
        stdout.println();
    }

    private static String written(IngestResult result, Path directory, String invalid) {
        if (invalid == null) {
            return "Wrote " + directory.resolve("articles").resolve(result.sourceId() + ".json") + " and "
                    + directory.resolve("registry.json") + " (valid seed). Review them, then: paddock load " + directory;
        }
        return "Wrote " + directory + ", but it needs fixing before it loads: " + invalid;
    }

    /** The names found (all, or those to review: ambiguous and new), each with what it was linked to, by name. */
    private static List<Map<String, Object>> mentionRows(IngestResult result, boolean all) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Mention m : result.mentions()) {
            if (all || !m.linked()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("status", m.status().toLowerCase(Locale.ROOT));
                row.put("text", m.surface());
                row.put("kind", m.kind());
                row.put("entity", m.id() != null ? name(result, m.kind(), m.id(), m.name()) : candidates(result, m));
                row.put("p", m.paragraph());
                row.put("span", m.start() + "-" + m.end());
                row.put("how", m.how());
                rows.add(row);
            }
        }
        return rows;
    }

    /** An ambiguous name's candidates by name; the id is added only where two candidates share a name. */
    private static String candidates(IngestResult result, Mention m) {
        List<String> names = m.candidates().stream().map(id -> name(result, m.kind(), id, null)).toList();
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean repeated = names.indexOf(name) != names.lastIndexOf(name);
            shown.add(repeated ? name + " (" + m.candidates().get(i) + ")" : name);
        }
        return String.join(" | ", shown);
    }

    /** The fact proposals, their subjects and the entities among their values by name. */
    private static List<Map<String, Object>> factRows(IngestResult result) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (FactProposal f : result.facts()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("fact", f.kind());
            row.put("about", String.join(", ", f.subjects().stream().map(s -> {
                int colon = s.indexOf(':');
                return name(result, s.substring(0, colon), s.substring(colon + 1), null);
            }).toList()));
            row.put("session", f.session());
            row.put("value", value(result, f));
            row.put("p", f.paragraph());
            row.put("span", f.start() + "-" + f.end());
            row.put("conf", String.format(Locale.ROOT, "%.2f", f.confidence()));
            row.put("stated", f.stated() ? "stated" : "inferred");
            row.put("evidence", f.evidence());
            rows.add(row);
        }
        return rows;
    }

    /** What a value names, by name: a crew's team, a car, a class (also a standing's), a role's organisation. */
    private static String value(IngestResult result, FactProposal f) {
        String value = f.value();
        if (value == null) {
            return null;
        }
        Fact fact = f.fact();
        if (fact instanceof Fact.Crew crew) {
            return name(result, "team", crew.team(), null);
        } else if (fact instanceof Fact.Car car) {
            return name(result, "car", car.car(), null);
        } else if (fact instanceof Fact.CarClass carClass) {
            return name(result, "class", carClass.carClass(), null);
        } else if (fact instanceof Fact.Role role) {
            return name(result, "manufacturer", role.organisation(), null);
        } else if (fact instanceof Fact.Standing standing) {
            // The class by name, the rest as printed ("LMP2|1|final"); an unknown class stays "?".
            return standing.text(standing.carClass() == null ? "?" : name(result, "class", standing.carClass(), null));
        }
        return value;
    }

    /** The entity's name; the id where nothing names it (the reviewer then sees what the files hold). */
    private static String name(IngestResult result, String kind, String id, String fallback) {
        String name = result.nameOf(kind, id);
        return name != null ? name : fallback != null ? fallback : id;
    }

    private int quality(PrintWriter stdout) {
        List<QualityRow> rows = Ingest.withSeed(SeedReader.shipped()).quality(quality, strictNames);
        if (csv.requested(output)) {
            // The counts and ratios as numbers in their own columns, ready to plot.
            stdout.print(Output.csv(rows.stream().map(r -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("article", r.article());
                row.put("links correct", r.linksCorrect());
                row.put("links proposed", r.linksProposed());
                row.put("links curated", r.linksGold());
                row.put("link P", ratio(r.linkPrecision()));
                row.put("link R", ratio(r.linkRecall()));
                row.put("facts correct", r.factsCorrect());
                row.put("facts proposed", r.factsProposed());
                row.put("facts curated", r.factsGold());
                row.put("fact P", ratio(r.factPrecision()));
                row.put("fact R", ratio(r.factRecall()));
                row.put("stated R", ratio(r.statedRecall()));
                return row;
            }).toList()));
            stdout.flush();
            return 0;
        }
        if (output.json) {
            stdout.println(Output.toJson(rows));
            return 0;
        }
        List<Map<String, Object>> table = new ArrayList<>();
        for (QualityRow r : rows) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("article", r.article());
            row.put("links", r.linksCorrect() + "/" + r.linksProposed() + " of " + r.linksGold());
            row.put("link P", ratio(r.linkPrecision()));
            row.put("link R", ratio(r.linkRecall()));
            row.put("facts", r.factsCorrect() + "/" + r.factsProposed() + " of " + r.factsGold());
            row.put("fact P", ratio(r.factPrecision()));
            row.put("fact R", ratio(r.factRecall()));
            row.put("stated R", ratio(r.statedRecall()));
            table.add(row);
        }
        output.rows(stdout, table);
        stdout.println("links: correct/proposed of curated (entity, paragraph) pairs; facts: correct/proposed of curated atomic facts;");
        stdout.println("stated R: recall over curated facts not marked inferred. Targets: link P >= 0.95, R >= 0.90; fact P >= 0.80, R >= 0.60.");
        if (misses) {
            QualityRow total = rows.get(rows.size() - 1);
            total.missedLinks().forEach(x -> stdout.println("missed link  " + x));
            total.wrongLinks().forEach(x -> stdout.println("wrong link   " + x));
            total.missedFacts().forEach(x -> stdout.println("missed fact  " + x));
            total.wrongFacts().forEach(x -> stdout.println("wrong fact   " + x));
        }
        stdout.flush();
        return 0;
    }

    private static String ratio(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private int diff(PrintWriter stdout) {
        Seed reviewed = SeedReader.fromDirectory(diff);
        List<GraphChange> changes;
        if ("graph".equals(against)) {
            try (Paddock paddock = connection.open()) {
                changes = Ingest.diff(reviewed, paddock);
            }
        } else if ("seed".equals(against)) {
            changes = Ingest.diff(reviewed, SeedReader.shipped());
        } else {
            throw new PaddockException("--against: use seed or graph, not '" + against + "'");
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        long added = changes.stream().filter(GraphChange::isNew).count();
        for (GraphChange c : changes) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("change", c.isNew() ? "add" : "exists");
            row.put("what", c.what());
            row.put("id", c.id());
            row.put("detail", c.detail());
            rows.add(row);
        }
        if (csv.requested(output)) {
            stdout.print(Output.csv(rows));
            stdout.flush();
            return 0;
        }
        if (!output.json) {
            stdout.println(diff + " vs " + ("graph".equals(against) ? connection.target() : "the shipped seed") + ": "
                    + added + " to add, " + (changes.size() - added) + " already there (provenance is merged into those)");
        }
        output.rows(stdout, rows);
        return 0;
    }
}
