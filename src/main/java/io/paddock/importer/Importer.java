package io.paddock.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.PaddockException;
import io.paddock.internal.cypher.CypherFile;
import io.paddock.internal.cypher.GraphAccess;
import io.paddock.internal.cypher.TransactionTag;
import io.paddock.internal.load.GraphWriter;
import io.paddock.internal.load.MarqueCredits;
import io.paddock.internal.resolve.Curated;
import io.paddock.internal.resolve.Entities;
import io.paddock.internal.resolve.PeopleResolver;
import io.paddock.load.WriteProgress;
import io.paddock.load.WriteReport;
import io.paddock.resolve.Decision;
import io.paddock.seed.SeedReader;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.ClientException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Imports the open datasets into the Paddock graph: Formula 1 in the Ergast CSV layout ({@link #ergast}) and the
 * 24 Hours of Le Mans entry list ({@link #lemans}). Obtain it from {@link io.paddock.Paddock#importer()}.
 * <p>
 * An import reads and maps the whole dataset first — a missing file or column fails before anything is
 * written; a row with a bad value is left out and listed in the report — then resolves its people against the
 * shipped registry and the graph (one person, one node), and writes through the same {@link GraphWriter} as the
 * seed. Importing the same data again changes nothing.
 */
public final class Importer {

    /**
     * Fresh statistics matter after a bulk load into a near-empty graph (plans made against empty statistics
     * pick scans); replanning costs seconds on this machine, so a small import does not trigger it.
     */
    static final long REPLAN_AFTER_NODES = 10_000;

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private int batchSize = GraphWriter.DEFAULT_BATCH_SIZE;

    /**
     * Made by {@link io.paddock.Paddock#importer()}; not for use from outside Paddock (the parameter is internal).
     *
     * @param access the connection and database Paddock prepared
     */
    public Importer(GraphAccess access) {
        this.driver = access.driver();
        this.sessionConfig = access.sessionConfig();
    }

    /**
     * @param rows rows per write transaction (default {@link GraphWriter#DEFAULT_BATCH_SIZE})
     * @return this importer
     */
    public Importer batchSize(int rows) {
        this.batchSize = rows;
        return this;
    }

    /**
     * Imports Formula 1 from a folder in the Ergast CSV layout ({@code races.csv}, {@code results.csv} …).
     *
     * @param dir      the dataset folder
     * @param years    all seasons, or a slice
     * @param progress receives the write's progress after every batch
     * @return what was read, resolved, written and left out
     */
    public ImportReport ergast(Path dir, YearRange years, Consumer<WriteProgress> progress) {
        return run(dir, ErgastAdapter.DATASET, progress, (resolver, entities) -> new ErgastAdapter(dir, years, resolver, entities).map());
    }

    /**
     * Imports the 24 Hours of Le Mans from a folder with {@code results_in.csv}, {@code races.csv} and
     * {@code circuits.csv}.
     *
     * @param dir      the dataset folder
     * @param years    all editions, or a slice
     * @param progress receives the write's progress after every batch
     * @return what was read, resolved, written and left out
     */
    public ImportReport lemans(Path dir, YearRange years, Consumer<WriteProgress> progress) {
        return run(dir, LeMansAdapter.DATASET, progress, (resolver, entities) -> new LeMansAdapter(dir, years, resolver, entities).map());
    }

    /**
     * Imports Formula 1 from F1DB's source files: its {@code src/data} folder (seasons/, drivers/, constructors/ …) or
     * a checkout that holds it. Shares ids with the Ergast import (one event, entry, result, person and team per
     * race, car and name, in any import order) and outranks it where the two disagree ({@code seed/precedence.json}).
     *
     * @param dir      F1DB's {@code src/data}, or a checkout holding it
     * @param years    all seasons, or a slice
     * @param progress receives the write's progress after every batch
     * @return what was read, resolved, written and left out
     */
    public ImportReport f1db(Path dir, YearRange years, Consumer<WriteProgress> progress) {
        Map<String, String> digests = knownDigests(F1dbAdapter.DATASET);
        return run(dir, F1dbAdapter.DATASET, progress, (resolver, entities) -> new F1dbAdapter(dir, years, resolver, entities, digests).map());
    }

    /**
     * What {@code paddock resolve --report} prints: every person's resolution decision over the given datasets, and
     * every value two of them give differently for the same fact. Needs no graph.
     *
     * @param decisions the resolution decisions, with their evidence
     * @param conflicts the disagreements, each with both values and both sources
     */
    public record ResolutionReport(List<Decision> decisions, List<Conflict> conflicts) {

        /**
         * Defensive copies.
         *
         * @param decisions the resolution decisions, with their evidence
         * @param conflicts the disagreements, each with both values and both sources
         */
        public ResolutionReport {
            decisions = List.copyOf(decisions);
            conflicts = List.copyOf(conflicts);
        }
    }

    /**
     * Resolves the people of the given datasets (Formula 1 from Ergast, then F1DB, then Le Mans, as the README's
     * import order) and compares the two Formula 1 sources' values for the same facts, without a graph.
     *
     * @param ergastDir Ergast folder, or null
     * @param f1dbDir   F1DB's src/data (or a checkout holding it), or null
     * @param lemansDir Le Mans folder, or null
     * @return every decision and every conflict
     */
    public static ResolutionReport report(Path ergastDir, Path f1dbDir, Path lemansDir) {
        JsonNode registry = SeedReader.shipped().registry().json();
        PeopleResolver resolver = registryResolver(registry);
        Entities entities = new Entities(registry, Curated.shipped());
        List<Decision> decisions = new ArrayList<>();
        Mapping ergast = null;
        Mapping f1db = null;
        if (ergastDir != null) {
            ergast = new ErgastAdapter(checked(ergastDir), YearRange.all(), resolver, entities).map();
            decisions.addAll(ergast.people);
        }
        if (f1dbDir != null) {
            f1db = new F1dbAdapter(checked(f1dbDir), YearRange.all(), resolver, entities, Map.of()).map();
            decisions.addAll(f1db.people);
        }
        if (lemansDir != null) {
            decisions.addAll(new LeMansAdapter(checked(lemansDir), YearRange.all(), resolver, entities).map().people);
        }
        List<Conflict> conflicts = ergast != null && f1db != null ? Conflicts.between(f1db, ergast) : List.of();
        return new ResolutionReport(decisions, conflicts);
    }

    private interface Adapter {
        Mapping map(PeopleResolver resolver, Entities entities);
    }

    /**
     * @param dataset the source id the adapter writes under: resolution leaves out what it wrote before (ADR 0035)
     */
    private ImportReport run(Path dir, String dataset, Consumer<WriteProgress> progress, Adapter adapter) {
        long start = System.nanoTime();
        checked(dir);
        JsonNode registry = SeedReader.shipped().registry().json();
        PeopleResolver resolver = registryResolver(registry);
        knowGraphPeople(resolver, dataset);
        Mapping mapping = adapter.map(resolver, new Entities(registry, Curated.shipped()));
        // The curated record-book credits of the car models this import writes (and of any written before; ADR 0027).
        MarqueCredits.shipped().rows().forEach(mapping::add);
        WriteReport written = new GraphWriter(driver, sessionConfig, batchSize).write(mapping.rows, progress);
        if (written.nodesCreated() >= REPLAN_AFTER_NODES) {
            prepareForReplanning();
        }
        return new ImportReport(mapping.dataset, mapping.rowsRead, mapping.rejected, mapping.people, written,
                Duration.ofNanos(System.nanoTime() - start), mapping.changes);
    }

    private static Path checked(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new PaddockException(dir + ": not a folder");
        }
        return dir;
    }

    /** A resolver that knows the shipped registry's drivers, whether or not the seed has been loaded. */
    private static PeopleResolver registryResolver(JsonNode registry) {
        PeopleResolver resolver = new PeopleResolver(Curated.shipped());
        registry.path("drivers").forEach(d -> {
            List<String> spellings = new ArrayList<>();
            spellings.add(d.path("name").asText());
            d.path("aliases").forEach(a -> spellings.add(a.asText()));
            String nationality = d.path("nationality").isTextual() ? d.path("nationality").asText() : null;
            resolver.know(new PeopleResolver.Known(d.path("id").asText(), d.path("name").asText(), spellings,
                    nationality, null, null, null, new HashSet<>(List.of("seed"))));
        });
        return resolver;
    }

    /** Everyone the graph holds, as other sources than {@code dataset} know them. */
    private void knowGraphPeople(PeopleResolver resolver, String dataset) {
        String query = CypherFile.load("load/known-people.cypher").statement();
        Function<org.neo4j.driver.Value, Integer> year = v -> v.isNull() ? null : v.asInt();
        try (var session = driver.session(sessionConfig)) {
            session.executeRead(tx -> tx.run(query, Map.of("dataset", dataset)).list(), TransactionTag.config()).forEach(r -> {
                List<String> spellings = new ArrayList<>(r.get("aliases").asList(org.neo4j.driver.Value::asString));
                spellings.add(r.get("name").asString());
                resolver.know(new PeopleResolver.Known(r.get("id").asString(), r.get("name").asString(), spellings,
                        r.get("nationality").isNull() ? null : r.get("nationality").asString(),
                        year.apply(r.get("birthYear")), year.apply(r.get("firstYear")), year.apply(r.get("lastYear")),
                        new HashSet<>(r.get("sources").asList(org.neo4j.driver.Value::asString))));
            });
        }
    }

    /** The digests of a source's files that the graph holds, per node id ({@code WriteRow.Digest}). */
    private Map<String, String> knownDigests(String source) {
        Map<String, String> digests = new java.util.HashMap<>();
        try (var session = driver.session(sessionConfig)) {
            session.executeRead(tx -> tx.run(CypherFile.load("load/known-digests.cypher").statement(), Map.of("source", source))
                    .list(), TransactionTag.config()).forEach(r -> digests.put(r.get("id").asString(), r.get("digest").asString()));
        }
        return digests;
    }

    /** Fresh statistics after a bulk write, so the first queries are not planned against an empty graph. */
    private void prepareForReplanning() {
        try (var session = driver.session(sessionConfig)) {
            session.run("CALL db.prepareForReplanning()").consume();
        } catch (ClientException e) {
            // Not allowed for this user or on this server: plans catch up with the statistics on their own.
        }
    }

}
