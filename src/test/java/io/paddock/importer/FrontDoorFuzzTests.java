package io.paddock.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.Damage;
import io.paddock.PaddockException;
import io.paddock.SeedFixtures;
import io.paddock.cli.TestFiles;
import io.paddock.internal.resolve.Curated;
import io.paddock.internal.resolve.Entities;
import io.paddock.internal.resolve.PeopleResolver;
import io.paddock.seed.Seed;
import io.paddock.seed.SeedException;
import io.paddock.seed.SeedReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The front door under generated damage (issue 22): thousands of malformed Le Mans and Ergast CSV files, F1DB YAML
 * files and seed JSON files, each read as {@code paddock import} and {@code paddock load} read them before anything is
 * written. Every one must end in a refusal of one line that names the file, or in a mapping whose left-out rows are
 * listed one line each: never another exception, never a hang. That a refusal leaves the graph equal is
 * {@code FrontDoorFuzzIT}'s part: nothing here touches a database, so these run in seconds. What they found is in
 * {@code BadInputCatalogueIT} as cases of their own, and below as examples.
 */
class FrontDoorFuzzTests {

    private static final Path WORK = Path.of("target", "fuzz").toAbsolutePath();
    private static final List<String> LEMANS_FILES = List.of("circuits.csv", "races.csv", "results_in.csv");
    private static final List<String> ERGAST_FILES = List.of("status.csv", "circuits.csv", "constructors.csv", "drivers.csv",
            "races.csv", "results.csv", "sprint_results.csv", "qualifying.csv", "pit_stops.csv", "driver_standings.csv",
            "constructor_standings.csv");
    private static final List<String> SEED_FILES = List.of("registry.json", "articles/000_a2ddb8a8b78fb99c.json",
            "articles/001_40dddd42d94a9a30.json");
    private static final Curated CURATED = Curated.shipped();
    private static final JsonNode REGISTRY = SeedReader.shipped().registry().json();
    /** Ours, in the shape of an F1DB race-results.yml (a sequence of mappings). */
    private static final String RACE_RESULTS_YAML = """
            - position: 1
              positionText: "1"
              driverNumber: 44
              driverId: lewis-hamilton
              constructorId: mercedes
              engineManufacturerId: mercedes
              tyreManufacturerId: pirelli
              laps: 56
              time: "1:32:03.897"
              points: 25
            - position: null
              positionText: DNF
              driverNumber: 33
              driverId: max-verstappen
              constructorId: red-bull
              laps: 40
              reasonRetired: Engine
              points: 0
            """;

    @AfterContainer
    static void removeTheFiles() throws IOException {
        TestFiles.deleteRecursively(WORK);
    }

    @Provide
    Arbitrary<String> leMansFile() {
        return Arbitraries.of(LEMANS_FILES);
    }

    @Provide
    Arbitrary<String> ergastFile() {
        return Arbitraries.of(ERGAST_FILES);
    }

    @Provide
    Arbitrary<String> seedFile() {
        return Arbitraries.of(SEED_FILES);
    }

    @Provide
    Arbitrary<List<Damage>> damage() {
        return Damage.some();
    }

    @Property
    void aDamagedLeMansFileIsRefusedInOneLineOrItsBadRowsAreListed(@ForAll("leMansFile") String file,
                                                                  @ForAll("damage") List<Damage> damage) throws IOException {
        expectMappingOrRefusal(fixture("bad-inputs/lemans", LEMANS_FILES, file, damage),
                dir -> new LeMansAdapter(dir, YearRange.all(), new PeopleResolver(CURATED), new Entities(REGISTRY, CURATED)).map());
    }

    @Property
    void aDamagedErgastFileIsRefusedInOneLineOrItsBadRowsAreListed(@ForAll("ergastFile") String file,
                                                                  @ForAll("damage") List<Damage> damage) throws IOException {
        expectMappingOrRefusal(fixture("bad-inputs/ergast", ERGAST_FILES, file, damage),
                dir -> new ErgastAdapter(dir, YearRange.all(), new PeopleResolver(CURATED), new Entities(REGISTRY, CURATED)).map());
    }

    @Property
    void aDamagedF1dbYamlFileIsRefusedInOneLine(@ForAll("damage") List<Damage> damage) throws IOException {
        Path dir = Files.createDirectories(WORK).resolve("f1db-" + System.nanoTime());
        Path file = Files.createDirectories(dir.resolve("seasons/2021/races/01-bahrain")).resolve("race-results.yml");
        Files.write(file, Damage.apply(RACE_RESULTS_YAML.getBytes(java.nio.charset.StandardCharsets.UTF_8), damage));
        try {
            Object items = outcome(() -> YamlFile.read(dir, file));
            net.jqwik.api.statistics.Statistics.label("outcome").collect(items instanceof PaddockException ? "refused" : "read");
            if (items instanceof PaddockException refusal) {
                assertOneLine(refusal.getMessage());
                assertThat(refusal.getMessage()).contains("race-results.yml");
            }
        } finally {
            TestFiles.deleteRecursively(dir);
        }
    }

    @Property
    void aDamagedSeedIsRefusedWithEveryProblemOnALineOfItsOwn(@ForAll("seedFile") String file,
                                                              @ForAll("damage") List<Damage> damage) throws IOException {
        Path dir = SeedFixtures.copyOfShippedSeed(Files.createDirectories(WORK).resolve("seed-" + System.nanoTime()));
        Path damaged = dir.resolve(file);
        Files.write(damaged, Damage.apply(Files.readAllBytes(damaged), damage));
        try {
            Object seed = outcome(() -> SeedReader.fromDirectory(dir));
            net.jqwik.api.statistics.Statistics.label("outcome").collect(seed instanceof PaddockException ? "refused" : "valid");
            if (seed instanceof SeedException refusal) {
                assertThat(refusal.problems()).isNotEmpty().allSatisfy(FrontDoorFuzzTests::assertOneLine)
                        .allSatisfy(problem -> assertThat(problem).contains(".json"));
            } else if (seed instanceof PaddockException refusal) {
                assertOneLine(refusal.getMessage());
            } else {
                assertThat(seed).isInstanceOf(Seed.class);
            }
        } finally {
            TestFiles.deleteRecursively(dir);
        }
    }

    /** Found by the property above: an F1DB file that is not UTF-8 named a Java exception class. */
    @net.jqwik.api.Example
    void anF1dbFileThatIsNotUtf8IsRefusedInWords() throws IOException {
        Path dir = Files.createDirectories(WORK).resolve("f1db-latin1");
        Path file = Files.createDirectories(dir.resolve("seasons/2021/races/01-bahrain")).resolve("race-results.yml");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, '\n'});
        try {
            assertThat(outcome(() -> YamlFile.read(dir, file))).isInstanceOf(PaddockException.class)
                    .extracting(e -> ((PaddockException) e).getMessage())
                    .isEqualTo("seasons/2021/races/01-bahrain/race-results.yml: not UTF-8 text");
        } finally {
            TestFiles.deleteRecursively(dir);
        }
    }

    /** An adapter's mapping of the files in a folder. */
    @FunctionalInterface
    private interface AdapterMapping {
        Mapping map(Path dir) throws Exception;
    }

    /** {@link #expectMappingOrRefusal(Callable)} for an adapter on a damaged copy of its fixture, deleted after. */
    private static void expectMappingOrRefusal(Path damagedCopy, AdapterMapping adapter) throws IOException {
        try {
            expectMappingOrRefusal(() -> adapter.map(damagedCopy));
        } finally {
            TestFiles.deleteRecursively(damagedCopy);
        }
    }

    /** The adapters' two outcomes: a mapping with every left-out row on one line, or a one-line refusal naming a file. */
    private static void expectMappingOrRefusal(Callable<Mapping> mapping) {
        Object outcome = outcome(mapping);
        net.jqwik.api.statistics.Statistics.label("outcome").collect(outcome instanceof PaddockException ? "refused"
                : ((Mapping) outcome).rejected.isEmpty() ? "mapped whole" : "mapped, rows left out and listed");
        if (outcome instanceof PaddockException refusal) {
            assertOneLine(refusal.getMessage());
            assertThat(refusal.getMessage()).containsPattern("\\.csv");
        } else {
            assertThat(((Mapping) outcome).rejected).allSatisfy(r -> assertOneLine(r.toString()));
        }
    }

    /** What a call gave, or the refusal it threw; anything else thrown, or ten seconds passing, fails the property. */
    private static Object outcome(Callable<?> call) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                return call.call();
            } catch (PaddockException refusal) {
                return refusal;
            } catch (Throwable other) {
                return fail("not a refusal: " + other, other);
            }
        });
    }

    private static void assertOneLine(String message) {
        assertThat(message).isNotBlank().doesNotContain("\n", "\r", "\u0000")
                .doesNotContain("Exception", "\tat ");
    }

    private static Path fixture(String folder, List<String> files, String damagedFile, List<Damage> damage) throws IOException {
        return TestFiles.copyResources(folder, WORK.resolve(folder.replace('/', '-') + "-" + System.nanoTime()), files,
                (file, bytes) -> file.equals(damagedFile) ? Damage.apply(bytes, damage) : bytes);
    }
}
