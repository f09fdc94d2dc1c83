package io.paddock.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.paddock.Paddock;
import io.paddock.PaddockException;
import io.paddock.internal.cypher.CypherFile;
import io.paddock.model.EntityKind;
import io.paddock.seed.Seed;
import io.paddock.seed.SeedFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads race reports and proposes what they say as seed files for review: names linked to the seed's entities (and
 * the graph's, when given), facts with their evidence, and precision and recall against the curated seed. The
 * knowledge base used for a report never includes the curated article with the report's own source id
 * (leave-one-out), so a shipped report is read as if it were new.
 */
public final class Ingest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Seed seed;
    private static final String SEARCH = CypherFile.load("queries/search.cypher").statement();
    private static final String DRIVER_CONTEXT = CypherFile.load("ingest/driver-context.cypher").statement();
    /** The kinds a report's name is looked up as in the graph (imported names a seed does not have). */
    private static final List<EntityKind> LOOKED_UP = List.of(EntityKind.DRIVER, EntityKind.PERSON, EntityKind.TEAM,
            EntityKind.MANUFACTURER, EntityKind.CIRCUIT, EntityKind.SERIES, EntityKind.CLASS);

    private Paddock graph;
    private boolean strictNames;

    private Ingest(Seed seed) {
        this.seed = seed;
    }

    /**
     * @param seed the curated seed whose registry names the linker uses
     * @return an ingester over that seed
     */
    public static Ingest withSeed(Seed seed) {
        return new Ingest(seed);
    }

    /**
     * Also links names only the graph knows (imported drivers, teams, circuits …): a capitalised name the seed's
     * registry does not have is looked up in Neo4j's full-text index {@code name_search} (standard-folding analyzer,
     * the query of {@code cypher/queries/search.cypher}) and linked when a node's name or alias folds to the same words.
     * The graph must stay open while reports are read.
     *
     * @param paddock an open graph
     * @return this ingester
     */
    public Ingest withGraph(Paddock paddock) {
        this.graph = paddock;
        return this;
    }

    /**
     * @param file a plain-text report (paragraphs separated by blank lines)
     * @return the proposals for it
     */
    public IngestResult read(Path file) {
        try {
            return read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PaddockException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param fileName the report's file name (its source id when named like the shipped reports)
     * @param content  the report's text
     * @return the proposals for it
     */
    public IngestResult read(String fileName, String content) {
        String sourceId = sourceId(fileName, content);
        KnowledgeBase kb = knowledge(sourceId);
        Text text = new Text(content);
        List<Mention> mentions = new Linker(kb, graph == null ? null : name -> lookup(kb, name)).link(text);
        List<FactProposal> facts = new FactFinder(kb, text, mentions).find();
        ProposalWriter.Written files = new ProposalWriter(kb, seed.registry().json(), sourceId, fileName, text, mentions, facts)
                .write();
        Map<String, String> names = new HashMap<>();
        kb.entities().stream().filter(e -> e.name() != null).forEach(e -> names.put(e.kind() + ":" + e.id(), e.name()));
        mentions.stream().filter(m -> m.id() != null && m.name() != null)
                .forEach(m -> names.putIfAbsent(m.kind() + ":" + m.id(), m.name()));
        return new IngestResult(sourceId, fileName, text.paragraphs, mentions, facts, files.article().json(),
                files.registry().json(), kb.sourcesRead(), names);
    }

    KnowledgeBase knowledge(String sourceId) {
        return KnowledgeBase.from(seed, sourceId, strictNames);
    }

    /** Nodes of the graph whose name or an alias folds to the same words as {@code name}, added to the knowledge base. */
    private List<KnowledgeBase.Entity> lookup(KnowledgeBase kb, String name) {
        String phrase = "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        Map<String, Object> search = new HashMap<>();
        search.put("query", phrase);
        search.put("labels", LOOKED_UP.stream().map(EntityKind::label).toList());
        Map<String, Object> parameters = Map.of("searches", List.of(search)); // search.cypher takes a list of searches
        List<KnowledgeBase.Entity> out = new ArrayList<>();
        String key = Text.key(name);
        for (Map<String, Object> row : graph.cypher(SEARCH, parameters)) {
            String kind = EntityKind.ofLabel(String.valueOf(row.get("label"))).filter(LOOKED_UP::contains)
                    .map(EntityKind::key).orElse(null);
            List<String> names = new ArrayList<>();
            names.add(String.valueOf(row.get("name")));
            ((List<?>) row.get("aliases")).forEach(a -> names.add(String.valueOf(a)));
            if (kind != null && names.stream().anyMatch(n -> Text.key(n).equals(key))) {
                String id = String.valueOf(row.get("id"));
                kb.addFromGraph(kind, id, String.valueOf(row.get("name")), names);
                out.add(kb.get(kind, id));
                if ("driver".equals(kind)) {
                    associate(kb, id);
                }
            }
        }
        return out;
    }

    /** What the graph knows a driver raced with (teams, car models), as context for same-named drivers. */
    private void associate(KnowledgeBase kb, String driverId) {
        for (Map<String, Object> row : graph.cypher(DRIVER_CONTEXT,
                Map.of("id", driverId))) {
            for (String kind : List.of("car", "team")) {
                for (Object pair : (List<?>) row.get(kind + "s")) {
                    List<?> idAndName = (List<?>) pair;
                    String id = String.valueOf(idAndName.get(0));
                    String name = String.valueOf(idAndName.get(1));
                    kb.addFromGraph(kind, id, name, List.of(name));
                    kb.associate(driverId, kind, id);
                }
            }
        }
    }

    /**
     * The shipped reports' ids are their file names ({@code 000_a2ddb8a8b78fb99c}); any other report gets
     * {@code 900_} and the first 16 hex digits of its text's SHA-256, so the same text always gets the same id.
     *
     * @param fileName the report's file name
     * @param content  its text
     * @return the source id its article file gets
     */
    public static String sourceId(String fileName, String content) {
        String stem = fileName.replaceFirst("\\.[^.]*$", "");
        if (stem.matches("[0-9]{3}_[0-9a-f]{16}")) {
            return stem;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return "900_" + HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes the proposals as a seed directory ({@code registry.json}, {@code articles/<id>.json}) that
     * {@code paddock load} takes once a person has reviewed it.
     *
     * @param result    what {@link #read(Path)} proposed
     * @param directory the output directory (created; its registry.json is replaced)
     * @return the article file written
     */
    public static Path write(IngestResult result, Path directory) {
        try {
            Files.createDirectories(directory.resolve("articles"));
            Path article = directory.resolve("articles").resolve(result.sourceId() + ".json");
            Files.writeString(directory.resolve("registry.json"), JSON.writeValueAsString(result.registry()) + "\n");
            Files.writeString(article, JSON.writeValueAsString(result.article()) + "\n");
            return article;
        } catch (IOException e) {
            throw new PaddockException("Cannot write to " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * What a reviewed seed directory would add to the shipped seed.
     *
     * @param reviewed the reviewed directory, read and validated
     * @param base     the seed to compare with (usually {@link io.paddock.seed.SeedReader#shipped()})
     * @return every node and crew or standing relationship it writes, marked new or not
     */
    public static List<GraphChange> diff(Seed reviewed, Seed base) {
        return Diff.against(reviewed, base);
    }

    /**
     * What a reviewed seed directory would add to a graph.
     *
     * @param reviewed the reviewed directory, read and validated
     * @param graph    the graph to compare with
     * @return every node and crew or standing relationship it writes, marked new or not
     */
    public static List<GraphChange> diff(Seed reviewed, Paddock graph) {
        return Diff.against(reviewed, graph);
    }

    /**
     * Reads every curated article's report from a folder and scores the proposals against the curated seed.
     *
     * @param reports the folder with the reports ({@code ../shared/seeds})
     * @return one row per article, then the total
     */
    public List<QualityRow> quality(Path reports) {
        return quality(reports, false);
    }

    /**
     * Like {@link #quality(Path)}; with {@code strictNames} the registry entities that only the article being read
     * names are forgotten too, so its new names must be found as NEW entities (scored by their proposed id).
     *
     * @param reports     the folder with the reports
     * @param strictNames forget the names only that article uses
     * @return one row per article, then the total
     */
    public List<QualityRow> quality(Path reports, boolean strictNames) {
        Ingest ingest = new Ingest(seed);
        ingest.graph = graph;
        ingest.strictNames = strictNames;
        return ingest.score(reports);
    }

    private List<QualityRow> score(Path reports) {
        List<QualityRow> rows = new ArrayList<>();
        for (SeedFile article : seed.articles()) {
            JsonNode source = article.json().path("source");
            Path report = reports.resolve(source.path("file").asText());
            if (!Files.isRegularFile(report)) {
                throw new PaddockException("Report not found: " + report + " (the curated article "
                        + source.path("id").asText() + " is read from it)");
            }
            IngestResult result = read(report);
            rows.add(Quality.score(source.path("id").asText(), seed.registry().json(), article.json(), result));
        }
        rows.add(Quality.total(rows));
        return rows;
    }
}
