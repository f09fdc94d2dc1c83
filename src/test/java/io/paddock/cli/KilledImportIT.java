package io.paddock.cli;

import io.paddock.TestNeo4j;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The short version of the kill points (issue 22; the long one is {@code bench/crash.sh}): Le Mans 2008–2010 in
 * batches of 20 rows on the shipped seed, the {@code paddock import --no-server} process killed with SIGKILL in the
 * middle of the entries (one point, for CI time; the background server and {@code serve} kills and five more points
 * run in {@code bench/crash.sh}). The data directory opens again (a {@code paddock cypher} query answers,
 * with part of the import in it), the same import run again completes, and the whole graph (sorted full export) has
 * the same SHA-256 as the clean import's.
 */
class KilledImportIT {

    private static final Path LEMANS = Path.of("..", "shared", "data", "lemans24");

    @Test
    void anImportKilledInTheMiddleOfABatchCompletesWhenRunAgainToTheCleanGraph() throws Exception {
        assumeTrue(Files.isRegularFile(LEMANS.resolve("results_in.csv")), "../shared/data/lemans24 is absent: skipped");
        KilledImports harness = new KilledImports(TestNeo4j.workDir("killed-import-it"),
                new KilledImports.Import("lemans", LEMANS, List.of("--from", "2008", "--to", "2010", "--batch-size", "20")),
                List.of("-Xmx512m", "-XX:TieredStopAtLevel=1"), System.out);
        KilledImports.Reference clean = harness.reference();
        // 295 people (drivers 15 batches), 178 entries (9 batches), 501 crew rows, 165 results: results_in.csv's 2008–2010
        assertThat(clean.lines()).contains("  entries batch 9 of 9 written: rows 161–178 of 178",
                "  crew batch 26 of 26 written: rows 501–501 of 501", "  results batch 9 of 9 written: rows 161–165 of 165");

        for (KilledImports.Point point : List.of(new KilledImports.Point(KilledImports.Victim.IMPORT, "entries", 4))) {
            KilledImports.Outcome outcome = harness.kill(point, clean);

            assertThat(outcome.lastLine()).as(point.name() + ": the kill lands in the aimed batch (or, on a slow pipe, the next)")
                    .isIn(clean.trigger(point), clean.aimed(point));
            if (point.victim() == KilledImports.Victim.IMPORT) {
                assertThat(outcome.exitCode()).as("SIGKILL").isEqualTo(137);
            } else {
                assertThat(outcome.exitCode()).as("the launcher whose server was killed: " + outcome.userSaw()).isEqualTo(1);
            }
            assertThat(outcome.nodesAfter()).as(point.name() + ": the seed and part of the import, on reopening")
                    .isGreaterThan(clean.seedNodes()).isLessThan(clean.nodes());
            assertThat(outcome.hash()).as(point.name() + ": the rerun's graph is the clean import's").isEqualTo(clean.hash());
        }
    }
}
