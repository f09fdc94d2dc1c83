package io.paddock.cli;

import io.paddock.Damage;
import io.paddock.Paddock;
import io.paddock.SeedFixtures;
import io.paddock.TestNeo4j;
import io.paddock.importer.GraphExport;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The other half of the generated front door (issue 22; {@code FrontDoorFuzzTests} is the first): damaged Le Mans and
 * Ergast folders and seed folders given to {@code paddock import} and {@code paddock load} as a user would, against a
 * real database holding the seed. A refused input leaves the graph byte-equal (the sorted full export before and
 * after); an accepted one lists its left-out rows one line each. Bounded: 25 inputs in the per-commit run, each an
 * import of a few rows.
 */
class FrontDoorFuzzIT {

    private static final Path WORK = TestNeo4j.workDir("front-door-fuzz").toAbsolutePath();
    private static Paddock paddock;

    /** A tool and the files of its fixture, as the catalogue has them. */
    record Input(List<String> command, String folder, List<String> files) {
    }

    private static final List<Input> INPUTS = List.of(
            new Input(List.of("import", "lemans"), "bad-inputs/lemans", List.of("circuits.csv", "races.csv", "results_in.csv")),
            new Input(List.of("import", "ergast"), "bad-inputs/ergast", List.of("status.csv", "circuits.csv", "constructors.csv",
                    "drivers.csv", "races.csv", "results.csv", "sprint_results.csv", "qualifying.csv", "pit_stops.csv",
                    "driver_standings.csv", "constructor_standings.csv")),
            new Input(List.of("load"), null, List.of("registry.json", "articles/002_5f0b9dc16f1a01fe.json")));

    @BeforeContainer
    static void seedTheGraph() throws IOException {
        TestFiles.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        paddock = TestNeo4j.seeded();
    }

    @AfterContainer
    static void close() throws IOException {
        paddock.close();
        try (var left = Files.walk(WORK)) {
            assertThat(left.filter(p -> !p.equals(WORK)).map(WORK::relativize).toList())
                    .as("files the tries left behind in " + WORK).isEmpty();
        }
        Files.delete(WORK);
    }

    /** Removes a try's folder without letting a failure to remove it hide the try's own outcome. */
    private static void deleteQuietly(Path dir) {
        try {
            TestFiles.deleteRecursively(dir);
        } catch (IOException e) {
            System.err.println("FrontDoorFuzzIT: could not remove " + dir + ": " + e);
        }
    }

    @Provide
    Arbitrary<Input> input() {
        return Arbitraries.of(INPUTS);
    }

    @Provide
    Arbitrary<Integer> fileIndex() {
        return Arbitraries.integers().between(0, 10);
    }

    @Provide
    Arbitrary<List<Damage>> damage() {
        return Damage.some();
    }

    @Property(tries = 25)
    void aRefusedInputLeavesTheGraphAsItWas(@ForAll("input") Input input, @ForAll("fileIndex") int fileIndex,
                                            @ForAll("damage") List<Damage> damage) throws IOException {
        Path dir = WORK.resolve("input-" + System.nanoTime());
        try {
            String damaged = input.files().get(fileIndex % input.files().size());
            copy(input, dir);
            Files.write(dir.resolve(damaged), Damage.apply(Files.readAllBytes(dir.resolve(damaged)), damage));
            List<String> before = GraphExport.of(paddock);

            List<String> line = new ArrayList<>(input.command());
            line.addAll(List.of(dir.toString(), "--uri", TestNeo4j.uri()));
            CliRun run = CliRun.run(line.toArray(String[]::new));

            assertThat(run.out() + run.err()).doesNotContain("\tat ", "Exception:");
            // exit codes (ImportCommand, LoadCommand): 0 written whole, 3 written with rows left out and listed, 1 refused
            assertThat(run.exitCode()).as(damaged + " " + damage + ": " + run.err()).isIn(0, 1, 3);
            net.jqwik.api.statistics.Statistics.label("outcome").collect(switch (run.exitCode()) {
                case 1 -> "refused, graph unchanged";
                case 3 -> "written, rows left out and listed";
                default -> "written whole";
            });
            if (run.exitCode() == 3) {
                assertThat(run.err().lines().filter(l -> l.contains(".csv:")).toList()).as("the rows left out, one line each")
                        .isNotEmpty().allSatisfy(l -> assertThat(l).doesNotContain("\u0000"));
            }
            if (run.exitCode() == 1) {
                assertThat(run.err().lines().toList()).as(damaged + " " + damage).isNotEmpty()
                        .allSatisfy(l -> assertThat(l).doesNotContain("\u0000"));
                assertUnchanged(before, GraphExport.of(paddock), String.join(" ", input.command()) + ", " + damaged + " " + damage
                        + ", refused with: " + run.err().strip());
            }
        } finally {
            deleteQuietly(dir);   // a failed try is shrunk, tried again and again: each would leave a folder behind
        }
    }

    /** Compares two exports and, when they differ, names only the lines that differ (a whole export is thousands). */
    private static void assertUnchanged(List<String> before, List<String> after, String what) {
        List<String> gone = new ArrayList<>(before);
        gone.removeAll(new java.util.HashSet<>(after));
        List<String> added = new ArrayList<>(after);
        added.removeAll(new java.util.HashSet<>(before));
        assertThat(added).as("lines a refused input added (%s)", what).isEmpty();
        assertThat(gone).as("lines a refused input removed (%s)", what).isEmpty();
        assertThat(after).as("the graph after a refused input (%s)", what).isEqualTo(before);
    }

    private static void copy(Input input, Path dir) throws IOException {
        if (input.folder() == null) {
            SeedFixtures.copyOfShippedSeed(dir);
            return;
        }
        TestFiles.copyResources(input.folder(), dir, input.files());
    }
}
