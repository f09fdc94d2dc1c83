package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.SeededGraph;
import org.junit.jupiter.api.Test;

import static io.paddock.cli.CliRun.run;
import static io.paddock.cli.CliRun.runOnTestServer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code paddock network …} as a user runs it against a server with Graph Data Science (--uri), on the shipped seed:
 * its ALMS drivers, 36 of them with 52 links (counted independently in {@code NetworkIT}).
 */
class NetworkCommandIT extends SeededGraph {

    @Test
    void centralNamesTheBridgesOfTheAlmsNetwork() {
        CliRun run = runOnTestServer("network", "central", "--by", "betweenness", "--limit", "2");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Driver network: 36 drivers, 52 links (a link: co-drivers and team-mates at one event or more).")
                .containsPattern("rank\\s+driver\\s+pagerank\\s+betweenness\\s+partners\\s+seasons\\s+series")
                .containsPattern("1\\s+Patrick Long\\s+\\d\\.\\d\\d\\s+24\\s+8\\s+2007–2009\\s+American Le Mans Series")
                .containsPattern("2\\s+Dirk Werner\\s+\\d\\.\\d\\d\\s+21\\s+5\\s+2008–2011\\s+American Le Mans Series")
                .contains("(2 rows)");
    }

    @Test
    void communitiesListTheFamiliesWithTheirTeamsAndMakers() throws Exception {
        JsonNode json = runOnTestServer("network", "communities", "--json").json();

        assertThat(json.path("network").path("drivers").asInt()).isEqualTo(36);
        JsonNode rows = json.path("rows");
        int members = 0;
        for (JsonNode community : rows) {
            members += community.path("size").asInt();
        }
        assertThat(members).as("every driver of the network in one community").isEqualTo(36);
        assertThat(rows.get(0).path("rank").asInt()).isEqualTo(1);
        assertThat(rows.get(0).path("size").asInt()).isGreaterThanOrEqualTo(rows.get(rows.size() - 1).path("size").asInt());
    }

    @Test
    void similarAndSeparationFromTimoBernhard() {
        CliRun similar = runOnTestServer("network", "similar", "Timo Bernhard", "--limit", "3", "--csv");
        CliRun separation = runOnTestServer("network", "separation", "bernhard");

        assertThat(similar.exitCode()).as(similar.err()).isZero();
        // Bernhard's partners: Collard, Dumas, Long, Briscoe, Maassen; Collard's, Briscoe's and Maassen's share 4 of 6
        assertThat(similar.out()).startsWith("rank,driver,similarity,\"shared partners\",\"such as\"")
                .contains("1,\"Emmanuel Collard\",0.67,4,", "2,\"Ryan Briscoe\",0.67,4,", "3,\"Sascha Maassen\",0.67,4,");
        assertThat(separation.exitCode()).as(separation.err()).isZero();
        assertThat(separation.out()).contains("Timo Bernhard reaches 10 drivers (the network has 7 connected parts): on average 1.60 links away")
                .containsPattern("1\\s+5\\s+50.0%")
                .containsPattern("3\\s+1\\s+10.0%\\s+Johannes van Overbeek");
    }

    @Test
    void anEventFilterAndAnUnknownLinkKindAreRefusedInOneLine() {
        CliRun event = runOnTestServer("network", "central", "--event", "Petit Le Mans 2007");
        CliRun links = runOnTestServer("network", "communities", "--links", "rivals");
        CliRun bare = run("network");

        assertThat(event.exitCode()).isNotZero();
        assertThat(event.err().strip()).isEqualTo("paddock: network central does not take --event: its query applies only "
                + "--season, --from, --to, --series, --class and --limit (one event is too small a network).");
        assertThat(links.err().strip()).isEqualTo("paddock: --links takes all or co-drivers, not 'rivals'");
        assertThat(bare.exitCode()).isEqualTo(2);
        assertThat(bare.err()).contains("Name a network question: central, communities, similar or separation");
    }
}
