package io.paddock.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.paddock.cli.CliRun.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --csv} on the commands that print tables, as a notebook reads it ({@code pandas.read_csv}: a header line,
 * one row per table row, every cell whole), on the shipped seed plus the four cars of the 2010 24 Hours of Le Mans
 * in {@code fixtures/lemans-2010.cypher} (rows of {@code ../shared/data/lemans24/results_in.csv}), so that a driver
 * crosses two series. Expected values are the seed's articles' and the fixture's.
 */
class OptionsEverywhereIT {

    private static final CsvMapper CSV = new CsvMapper();

    @BeforeAll
    static void seedAndLeMans2010() throws IOException {
        String fixture;
        try (InputStream in = OptionsEverywhereIT.class.getResourceAsStream("/fixtures/lemans-2010.cypher")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Paddock paddock = TestNeo4j.seeded(); var session = paddock.driver().session(paddock.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> tx.run(fixture).consume());
        }
    }

    /** The command's CSV, parsed by its header as a notebook would; exit code 0 and nothing on stderr checked. */
    private static List<Map<String, String>> csv(String... args) throws IOException {
        String[] withUri = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--csv", "--uri",
                TestNeo4j.uri())).toArray(String[]::new);
        CliRun run = run(withUri);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(run.out())) {
            return rows.readAll();
        }
    }

    private static String header(String... args) {
        String[] withUri = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--csv", "--uri",
                TestNeo4j.uri())).toArray(String[]::new);
        // The header as a notebook reads it: CSV quotes a name with a space in it.
        return run(withUri).out().lines().findFirst().orElse("").replace("\"", "");
    }

    @Test
    void teammatesCsvHoldsBothListsWithARoleColumn() throws IOException {
        List<Map<String, String>> rows = csv("teammates", "Timo Bernhard");

        assertThat(header("teammates", "Timo Bernhard")).isEqualTo("role,driver,events,series,shared");
        assertThat(rows).filteredOn(r -> r.get("role").equals("co-driver"))
                .extracting(r -> r.get("driver") + ":" + r.get("events"))
                .containsExactly("Romain Dumas:4", "Mike Rockenfeller:1", "Patrick Long:1");
        Map<String, String> dumas = rows.get(0);
        assertThat(dumas.get("series")).isEqualTo("American Le Mans Series, 24 Hours of Le Mans");
        assertThat(dumas.get("shared")).as("every shared event, whole").contains("24 Hours of Le Mans 2010");
        assertThat(rows).filteredOn(r -> r.get("role").equals("team-mate")).isNotEmpty();
    }

    @Test
    void teammatesWithAPartnerCsvListsEverySharedEvent() throws IOException {
        List<Map<String, String>> rows = csv("teammates", "Timo Bernhard", "--with", "Romain Dumas");

        assertThat(rows).extracting(r -> r.get("series") + " " + r.get("season") + " " + r.get("event") + " " + r.get("role"))
                .contains("24 Hours of Le Mans 2010 24 Hours of Le Mans co-drivers");
        assertThat(rows).hasSize(4);
    }

    @Test
    void pathCsvHasOneRowPerLink() throws IOException {
        List<Map<String, String>> rows = csv("path", "Richard Lietz", "Seth Neiman");

        assertThat(header("path", "Richard Lietz", "Seth Neiman"))
                .isEqualTo("link,from,to,role,series,season,event,team,car,class,events shared");
        assertThat(rows).extracting(r -> r.get("link") + " " + r.get("from") + " – " + r.get("to") + " " + r.get("role")
                        + " " + r.get("season") + " " + r.get("event"))
                .containsExactly("1 Richard Lietz – Romain Dumas co-drivers 2011 Laguna Seca 6 Hours",
                        "2 Romain Dumas – Patrick Long co-drivers 2007 Petit Le Mans",
                        "3 Patrick Long – Seth Neiman team-mates 2009 Mosport");
        assertThat(rows.get(2).get("team")).isEqualTo("Flying Lizard Motorsports");
        assertThat(rows.get(2).get("class")).isEqualTo("GT2");
    }

    @Test
    void crossoverCsvCountsEachDriversSeries() throws IOException {
        List<Map<String, String>> rows = csv("crossover");

        assertThat(rows).extracting(r -> r.get("driver") + ":" + r.get("series") + ":" + r.get("wins") + ":" + r.get("class wins"))
                .containsExactly("Rinaldo Capello:2:2:2", "Romain Dumas:2:1:3", "Timo Bernhard:2:1:3",
                        "Christophe Bouchut:2:0:1", "Scott Tucker:2:0:1");
        assertThat(rows.get(1).get("per series")).isEqualTo("American Le Mans Series 2007–2011: 3 starts, 2 class wins; "
                + "24 Hours of Le Mans 2010: 1 start, 1 win, 1 class win");
    }

    @Test
    void careerCsvHasTheSeasonsAndTheTotalOfEachSeries() throws IOException {
        List<Map<String, String>> rows = csv("career", "Romain Dumas");

        assertThat(rows).extracting(r -> r.get("series") + " " + r.get("season"))
                .endsWith("24 Hours of Le Mans 2010", "24 Hours of Le Mans total (1)");
        assertThat(rows.get(rows.size() - 1).get("wins")).isEqualTo("1");
    }

    @Test
    void searchCsvGivesKindNameAndId() throws IOException {
        assertThat(csv("search", "bernhard", "--kind", "driver")).extracting(r -> r.get("kind") + "," + r.get("name") + "," + r.get("id"))
                .containsExactly("driver,Timo Bernhard,timo-bernhard");
    }

    @Test
    void aProfileCsvIsItsMainTable() throws IOException {
        assertThat(header("driver", "Sascha Maassen")).isEqualTo("season,event,no.,class,team,car,crew,qualifying,race");
        List<Map<String, String>> maassen = csv("driver", "Sascha Maassen");
        assertThat(maassen).extracting(r -> r.get("season") + " " + r.get("event") + " #" + r.get("no."))
                .containsExactly("2007 Petit Le Mans #6", "2007 Laguna Seca 4 Hours #6", "2008 Mosport #6");
        assertThat(maassen.stream().filter(r -> r.get("event").equals("Laguna Seca 4 Hours"))
                .findFirst().orElseThrow().get("qualifying")).startsWith("P1");

        List<Map<String, String>> event = csv("event", "Petit Le Mans 2007");
        assertThat(event).isNotEmpty().allSatisfy(r -> assertThat(r.get("event")).isEqualTo("Petit Le Mans"));
        assertThat(csv("team", "Penske")).isNotEmpty().allSatisfy(r -> assertThat(r.get("team")).isEqualTo("Penske Racing"));
        assertThat(header("car", "RS Spyder")).isEqualTo("season,event,no.,class,team,crew,qualifying,race");
        assertThat(header("circuit", "Mosport")).isEqualTo("season,round,event,date");
    }

    @Test
    void loadCsvIsItsSummaryRow() throws IOException {
        assertThat(header("load")).isEqualTo("files,nodesCreated,relationshipsCreated,propertiesSet,millis");
    }
}
