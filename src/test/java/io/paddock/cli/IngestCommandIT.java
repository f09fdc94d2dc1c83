package io.paddock.cli;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The review loop as a user runs it: ingest a shipped report, review the written seed, see what it would add, load it
 * into Neo4j, and ask a question the loaded proposals answer.
 */
class IngestCommandIT {

    private static final Path REPORT = Path.of("../shared/seeds/001_40dddd42d94a9a30.txt");

    @BeforeAll
    static void reportPresent() {
        assumeTrue(Files.isRegularFile(REPORT), "../shared/seeds is absent: skipped");
    }

    @Test
    void ingestReviewDiffLoadAndAsk(@TempDir Path out) throws Exception {
        CliRun ingest = CliRun.run("ingest", REPORT.toString(), "--out", out.toString());

        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).startsWith("001_40dddd42d94a9a30.txt (001_40dddd42d94a9a30): 9 paragraphs;")
                .contains("gap", "0.41", "CIRCUIT_RECORD|3.5", "(valid seed)");
        Path reviewed = out.resolve("001_40dddd42d94a9a30");
        Path article = reviewed.resolve("articles/001_40dddd42d94a9a30.json");
        // The review: a person gives the article its title.
        Files.writeString(article, Files.readString(article).replaceFirst(
                "Proposed by paddock ingest from [^\"]*", "Laguna Seca 2007 finale, reviewed"));

        try (Paddock paddock = TestNeo4j.paddock()) {
            TestNeo4j.clear(paddock);
        }
        CliRun before = CliRun.runOnTestServer("ingest", "--diff", reviewed.toString(), "--against", "graph");
        assertThat(before.exitCode()).as(before.err()).isZero();
        assertThat(before.out()).containsPattern("vs .*: \\d+ to add, 0 already there")
                .contains("add     Driver        romain-dumas");

        CliRun load = CliRun.runOnTestServer("load", reviewed.toString());
        assertThat(load.exitCode()).as(load.err()).isZero();

        CliRun gap = CliRun.runOnTestServer("cypher", "MATCH (:Driver {id: 'romain-dumas'})-[:DROVE]->(:Entry)<-[:OF_ENTRY]-(r:Result) "
                + "WHERE r.gapSeconds IS NOT NULL RETURN r.gapSeconds AS gap");
        assertThat(gap.out()).contains("0.41");
        CliRun teammates = CliRun.runOnTestServer("teammates", "Romain Dumas");
        assertThat(teammates.exitCode()).as(teammates.err()).isZero();
        assertThat(teammates.out()).contains("Timo Bernhard");

        CliRun after = CliRun.runOnTestServer("ingest", "--diff", reviewed.toString(), "--against", "graph");
        assertThat(after.out()).containsPattern(": 0 to add, \\d+ already there");
        try (Paddock paddock = TestNeo4j.paddock()) {
            TestNeo4j.clear(paddock);
        }
    }

    @Test
    void withGraphANameOnlyTheGraphKnowsIsLinkedThroughItsFullTextIndex(@TempDir Path out) throws Exception {
        try (Paddock paddock = TestNeo4j.paddock()) {
            TestNeo4j.clear(paddock);
            paddock.cypherWrite("CREATE (:Driver {id: 'joerg-mustermann', name: 'Jörg Mustermann', searchText: 'Jörg Mustermann'})", Map.of());
        }
        Path report = out.resolve("report.txt");
        Files.writeString(report, "In Mosport fuhren Jorg Mustermann und Romain Dumas im Porsche RS Spyder auf Platz zwei.\n\n"
                + "Mustermann war zufrieden.\n");

        CliRun run = CliRun.runOnTestServer("ingest", report.toString(), "--graph", "--mentions", "--out", out.resolve("seed").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        // Linked to the graph's node, named as the graph names it (the id is in the written files and --json).
        assertThat(run.out()).containsPattern("linked +Jorg Mustermann +driver +Jörg Mustermann +1 .*graph full-text index")
                .containsPattern("linked +Mustermann +driver +Jörg Mustermann +2 .*surname after the full name")
                .contains("(valid seed)");
        try (Paddock paddock = TestNeo4j.paddock()) {
            TestNeo4j.clear(paddock);
        }
    }

    @Test
    void proposalsNameDriversTeamsAndCarsAndCsvListsThemWhole(@TempDir Path out) throws Exception {
        CliRun table = CliRun.run("ingest", REPORT.toString(), "--out", out.resolve("table").toString());
        CliRun csv = CliRun.run("ingest", REPORT.toString(), "--out", out.resolve("csv").toString(), "--csv");

        // Paragraph 1 of the report: Bernhard and Dumas in the Porsche RS Spyder; paragraph 2: Maassen and Briscoe for Penske.
        assertThat(table.out()).containsPattern("car +Timo Bernhard, Romain Dumas +Porsche RS Spyder +1 ")
                .containsPattern("crew +Sascha Maassen, Ryan Briscoe +Penske Racing +2 ")
                .containsPattern("standing +Timo Bernhard, Romain Dumas +LMP2\\|1\\|final +1 ")
                .doesNotContain("timo-bernhard", "porsche-rs-spyder", "penske-racing");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.err()).startsWith("Wrote ").contains("(valid seed)");
        List<Map<String, String>> rows;
        try (MappingIterator<Map<String, String>> read = new CsvMapper().readerFor(Map.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(csv.out())) {
            rows = read.readAll();
        }
        java.util.regex.Matcher count = java.util.regex.Pattern.compile("; (\\d+) fact proposals").matcher(table.out());
        assertThat(count.find()).isTrue();
        assertThat(rows).as("one row per proposal").hasSize(Integer.parseInt(count.group(1)));
        assertThat(rows.get(0)).containsEntry("report", "001_40dddd42d94a9a30").containsEntry("fact", "car")
                .containsEntry("about", "Timo Bernhard, Romain Dumas").containsEntry("value", "Porsche RS Spyder")
                .containsEntry("p", "1");
        assertThat(rows).extracting(r -> r.get("evidence")).doesNotContain("").allSatisfy(e -> assertThat(e).doesNotEndWith("…"));
    }

    @Test
    void qualityPrintsOneRowPerArticleAndTheTotal() {
        CliRun run = CliRun.run("ingest", "--quality", REPORT.getParent().toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("000_a2ddb8a8b78fb99c", "004_25bd5506d5b4103e", "Targets: link P >= 0.95")
                .containsPattern("total +257/258 of 263");
        assertThat(CliRun.run("ingest", "--help").out()).contains("--quality", "--diff", "leave-one-out");
    }

    @Test
    void withoutAReportTheErrorIsOneLine() {
        CliRun run = CliRun.run("ingest");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("paddock: ingest needs a report: paddock ingest FILE… (or --quality, --diff DIR)"
                + System.lineSeparator());
    }
}
