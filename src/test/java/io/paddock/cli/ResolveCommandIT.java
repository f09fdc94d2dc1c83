package io.paddock.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code paddock resolve --report} over the real datasets: no database, the decisions and their evidence.
 */
class ResolveCommandIT {

    private static final String ERGAST = "../shared/data/ergast-f1-csv";
    private static final String LEMANS = "../shared/data/lemans24";

    @Test
    void listsThePeopleKeptApartWithTheirEvidence() {
        assumeTrue(Files.isDirectory(Path.of(ERGAST)) && Files.isDirectory(Path.of(LEMANS)), "../shared/data is absent: skipped");
        CliRun run = CliRun.run("resolve", "--report", "--ergast", ERGAST, "--lemans", LEMANS, "--verdict", "kept-apart");
        assertThat(run.exitCode()).isZero();
        // Pinned in seed/people.json, and an era split within Le Mans (1937 and 1996).
        assertThat(run.out()).contains("jack-turner-1962", "archie-scott-brown-1939", "uli-richter-1996")
                .contains("careers 1996–1996 and 1937–1937 would span 59 years");
    }

    @Test
    void aMergeAcrossSourcesNamesItsEvidence() {
        assumeTrue(Files.isDirectory(Path.of(ERGAST)) && Files.isDirectory(Path.of(LEMANS)), "../shared/data is absent: skipped");
        CliRun run = CliRun.run("resolve", "--report", "--ergast", ERGAST, "--lemans", LEMANS, "--verdict", "merged", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"id\" : \"allan-mcnish\"")
                .contains("seasons 1997–2013 and 2002 fit born 1969");
    }

    @Test
    void anUnknownVerdictOrNoDatasetIsOneClearLine() {
        CliRun noData = CliRun.run("resolve", "--report");
        assertThat(noData.exitCode()).isEqualTo(1);
        assertThat(noData.err().strip()).isEqualTo("paddock: resolve needs a dataset: --ergast DIR, --f1db DIR and/or --lemans DIR");
        CliRun badVerdict = CliRun.run("resolve", "--lemans", "nowhere", "--verdict", "maybe");
        assertThat(badVerdict.err().strip()).isEqualTo("paddock: --verdict: unknown verdict 'maybe' (use merged, kept-apart, doubtful, new)");
    }
}
