package io.paddock.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.seed.Seed;
import io.paddock.seed.SeedFile;
import io.paddock.seed.SeedReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Linking and fact patterns on the five shipped reports (read from ../shared/seeds at run time, skipped without
 * them), the seed files they are written as, and the leave-one-out rule.
 */
class IngestTests {

    private static final Path REPORTS = Path.of("../shared/seeds");
    private static final String PETIT_LE_MANS_2007 = "000_a2ddb8a8b78fb99c";
    private static final String LAGUNA_SECA_2007 = "001_40dddd42d94a9a30";
    private static final String LAGUNA_SECA_2011 = "002_5f0b9dc16f1a01fe";
    private static final Seed SEED = SeedReader.shipped();
    private static final Ingest INGEST = Ingest.withSeed(SEED);

    /** The shipped reports, for the tests that need them; the tests on text of their own run without them. */
    private static Path reports() {
        assumeTrue(Files.isDirectory(REPORTS), "../shared/seeds is absent: skipped");
        return REPORTS;
    }

    private static IngestResult read(String sourceId) {
        return INGEST.read(reports().resolve(sourceId + ".txt"));
    }

    private static String text(String sourceId) throws IOException {
        return Files.readString(reports().resolve(sourceId + ".txt"));
    }

    private static List<Mention> linked(IngestResult result, String surface) {
        return result.mentions().stream().filter(m -> m.surface().equals(surface) && m.linked()).toList();
    }

    @Test
    void aSurnameAloneLinksToTheDriverTheTextNamedInFull() throws IOException {
        IngestResult result = read(PETIT_LE_MANS_2007);

        List<Mention> dumas = linked(result, "Dumas");
        assertThat(dumas).isNotEmpty().allSatisfy(m -> {
            assertThat(m.id()).isEqualTo("romain-dumas");
            assertThat(m.how()).isEqualTo("surname after the full name in the same text");
        });
        Mention first = dumas.get(0);
        assertThat(first.paragraph()).isEqualTo(1);
        assertThat(text(PETIT_LE_MANS_2007).substring(first.start(), first.end())).isEqualTo("Dumas");
    }

    @Test
    void theNicknameTheRegistryKnowsLinksToRinaldoCapello() {
        IngestResult result = read(PETIT_LE_MANS_2007);

        assertThat(linked(result, "Dindo Capello")).extracting(Mention::id, Mention::paragraph)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("rinaldo-capello", 2));
        assertThat(linked(result, "Capello")).extracting(Mention::id).containsOnly("rinaldo-capello");
    }

    @Test
    void germanInflectionIsFolded() {
        IngestResult result = read(LAGUNA_SECA_2011);

        assertThat(linked(result, "Hands")).extracting(Mention::id).containsExactly("joey-hand");
        assertThat(linked(result, "LMPCs")).extracting(Mention::id).containsOnly("lmpc");
        assertThat(linked(result, "TRG")).extracting(Mention::id).containsExactly("trg");
        assertThat(linked(result, "Porsches")).extracting(Mention::id).containsExactly("porsche");
        assertThat(linked(result, "Mücke")).extracting(Mention::id).containsOnly("stefan-muecke");
        assertThat(Text.key("MÜCKE")).isEqualTo(Text.key("Mucke")).isEqualTo("mucke");
    }

    @Test
    void ownTextASurnameAfterTheFullNameAndInflectedNamesLink() {
        // text of this test's own, not from the shipped reports, so the linking rules are tested without ../shared
        IngestResult result = INGEST.read("own.txt", "Romain Dumas und Timo Bernhard fuhren den Porsche RS Spyder.\n\n"
                + "Dumas blieb vor den Porsches der Konkurrenz, und die LMPCs kamen später.\n");

        assertThat(linked(result, "Dumas")).extracting(Mention::id, Mention::paragraph, Mention::how)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("romain-dumas", 2, "surname after the full name in the same text"));
        assertThat(linked(result, "Porsches")).extracting(Mention::id).containsExactly("porsche");
        assertThat(linked(result, "LMPCs")).extracting(Mention::id).containsExactly("lmpc");
    }

    @Test
    void desTeamsLinksTheTeamAndTheCarNamesItsMaker() {
        IngestResult result = read(PETIT_LE_MANS_2007);

        assertThat(linked(result, "Penske Racing")).extracting(Mention::id, Mention::paragraph)
                .contains(org.assertj.core.groups.Tuple.tuple("penske-racing", 1));
        assertThat(linked(result, "Porsche RS Spyder")).extracting(Mention::kind, Mention::id)
                .contains(org.assertj.core.groups.Tuple.tuple("car", "porsche-rs-spyder"),
                        org.assertj.core.groups.Tuple.tuple("manufacturer", "porsche"));
    }

    @Test
    void aMakersNameIsItsOnlyCarWhereTheWordsMakeItACar() {
        IngestResult result = INGEST.read("x.txt",
                "Jaime Melo fuhr im Ferrari auf Platz zwei. Die Konkurrenz von Ferrari war stark.");

        assertThat(result.mentions().stream().filter(m -> m.paragraph() == 1 && m.start() < 30).map(m -> m.kind() + ":" + m.id()))
                .contains("driver:jaime-melo", "car:ferrari", "manufacturer:ferrari");
        assertThat(result.mentions().stream().filter(m -> m.start() > 45).map(m -> m.kind() + ":" + m.id()))
                .containsExactly("manufacturer:ferrari");
    }

    @Test
    void aNameTwoNodesShareIsProposedAsAmbiguous() {
        KnowledgeBase kb = INGEST.knowledge("900_0000000000000000");
        kb.addFromGraph("driver", "romain-dumas-1990", "Romain Dumas", List.of("Romain Dumas"));

        List<Mention> mentions = new Linker(kb).link(new Text("Romain Dumas gewann."));

        assertThat(mentions).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo("AMBIGUOUS");
            assertThat(m.candidates()).containsExactlyInAnyOrder("romain-dumas", "romain-dumas-1990");
        });
    }

    @Test
    void theTeamInTheSentenceDecidesBetweenSameNamedDrivers() {
        KnowledgeBase kb = INGEST.knowledge("900_0000000000000000");
        kb.addFromGraph("driver", "romain-dumas-1990", "Romain Dumas", List.of("Romain Dumas"));
        kb.associate("romain-dumas-1990", "team", "rll");

        List<Mention> penske = new Linker(kb).link(new Text("Romain Dumas fuhr für Penske Racing."));
        List<Mention> rll = new Linker(kb).link(new Text("Romain Dumas fuhr für RLL."));

        assertThat(penske).filteredOn(m -> "driver".equals(m.kind())).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo("romain-dumas"));
        assertThat(rll).filteredOn(m -> "driver".equals(m.kind())).singleElement()
                .satisfies(m -> assertThat(m.id()).isEqualTo("romain-dumas-1990"));
    }

    @Test
    void anUnknownNameBesideACrewIsProposedAsANewDriver(@TempDir Path out) {
        IngestResult result = INGEST.read("mustermann.txt",
                "In Mosport fuhren Max Mustermann und Romain Dumas im Porsche RS Spyder des Teams Penske Racing auf Platz zwei.");

        assertThat(result.mentions()).filteredOn(m -> "NEW".equals(m.status())).singleElement().satisfies(m -> {
            assertThat(m.surface()).isEqualTo("Max Mustermann");
            assertThat(m.kind()).isEqualTo("driver");
        });
        Ingest.write(result, out);
        Seed written = SeedReader.fromDirectory(out);
        JsonNode drivers = written.registry().json().path("drivers");
        assertThat(drivers.findValuesAsText("id")).contains("max-mustermann", "romain-dumas");
    }

    @Test
    void theMarginIsProposedWithItsSpanInGermanAndEnglish() throws IOException {
        IngestResult result = read(PETIT_LE_MANS_2007);

        FactProposal gap = result.facts().stream().filter(f -> f.kind().equals("gap")).findFirst().orElseThrow();
        assertThat(gap.value()).isEqualTo("0.923");
        assertThat(gap.subjects()).contains("driver:romain-dumas");
        assertThat(gap.session()).isEqualTo("RACE");
        assertThat(gap.paragraph()).isEqualTo(1);
        assertThat(gap.stated()).isTrue();
        assertThat(text(PETIT_LE_MANS_2007).substring(gap.start(), gap.end())).isEqualTo("0,923 Sekunden");

        IngestResult english = INGEST.read("english.txt", "Romain Dumas finished 0.923 seconds behind the winning Audi.");
        assertThat(english.facts()).filteredOn(f -> f.kind().equals("gap"))
                .extracting(FactProposal::value, FactProposal::subjects)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0.923", List.of("driver:romain-dumas")));
    }

    @Test
    void anEnglishReportGetsItsCrewPlaceMarginAndClassWin() {
        IngestResult result = INGEST.read("english.txt", "Timo Bernhard and Romain Dumas finished second overall in the "
                + "Porsche RS Spyder of Penske Racing, 0.923 seconds behind the Audi R10.\n\nAfter 157 laps Dumas took the "
                + "LMP2 class win.\n");

        List<String> facts = result.facts().stream().map(f -> f.kind() + " " + f.subjects() + " " + f.session() + " " + f.value()).toList();
        assertThat(facts).contains(
                "crew [driver:timo-bernhard, driver:romain-dumas] null penske-racing",
                "position [driver:timo-bernhard, driver:romain-dumas, team:penske-racing, car:porsche-rs-spyder] RACE 2",
                "gap [driver:timo-bernhard, driver:romain-dumas, team:penske-racing, car:porsche-rs-spyder] RACE 0.923",
                "laps [] RACE 157",
                "class-position [driver:romain-dumas] RACE 1");
        assertThat(result.article().path("source").path("language").asText()).isEqualTo("en");
    }

    @Test
    void positionsPolesLapsRecordsTitlesAndTotalsOfTheLagunaSecaFinale() {
        List<String> facts = read(LAGUNA_SECA_2007).facts().stream()
                .map(f -> f.kind() + " " + f.subjects() + " " + f.session() + " " + f.value()).toList();

        assertThat(facts).contains(
                "gap [driver:romain-dumas] RACE 0.41",
                "laps [] RACE 157",
                "position [driver:sascha-maassen] QUALIFYING 1",
                "lap-record [driver:sascha-maassen] null CIRCUIT_RECORD|3.5",
                "class-position [driver:chris-dyson, driver:guy-smith, team:dyson-racing, car:porsche-rs-spyder] RACE 5",
                "standing [driver:joerg-bergmeister, driver:johannes-van-overbeek] null gt2|2|final",
                "total [driver:timo-bernhard] null OVERALL_WINS|6",
                "crew [driver:wolf-henzler, driver:dominik-farnbacher] null tafel-racing",
                "number [driver:sascha-maassen, driver:ryan-briscoe] null 6",
                "role [person:hartmut-kristen] null porsche");
    }

    @Test
    void everyReportIsWrittenAsASeedTheValidatorAcceptsUnchanged(@TempDir Path out) {
        for (SeedFile article : SEED.articles()) {
            String sourceId = article.json().path("source").path("id").asText();
            Path directory = out.resolve(sourceId);
            Ingest.write(read(sourceId), directory);

            assertThatCode(() -> SeedReader.fromDirectory(directory)).as(sourceId).doesNotThrowAnyException();
        }
        Seed petitLeMans = SeedReader.fromDirectory(out.resolve(PETIT_LE_MANS_2007));
        JsonNode entries = petitLeMans.articles().get(0).json().path("entries");
        List<String> crews = new ArrayList<>();
        entries.forEach(e -> crews.add(e.path("crew").toString() + " #" + e.path("number").asText("-")));
        assertThat(crews).contains("[\"sascha-maassen\",\"ryan-briscoe\",\"emmanuel-collard\"] #6");
    }

    @Test
    void theKnowledgeUsedForAReportHoldsNothingFromItsCuratedArticle() {
        SeedFile curated = SEED.articles().stream()
                .filter(a -> a.json().path("source").path("id").asText().equals(PETIT_LE_MANS_2007)).findFirst().orElseThrow();
        List<String> curatedIds = new ArrayList<>();
        for (String array : List.of("seasons", "events", "sessions", "entries", "championships", "lapRecords", "statedTotals")) {
            curated.json().path(array).forEach(n -> curatedIds.add(n.path("id").asText()));
        }

        KnowledgeBase kb = INGEST.knowledge(PETIT_LE_MANS_2007);

        assertThat(curatedIds).contains("alms-2007-petit-le-mans", "alms-2007-petit-le-mans-6", "alms-2007-lmp2-drivers");
        assertThat(kb.sourcesRead()).doesNotContain(PETIT_LE_MANS_2007).hasSize(4);
        assertThat(kb.articleIdsRead()).doesNotContainAnyElementsOf(curatedIds);
        assertThat(read(PETIT_LE_MANS_2007).sourcesRead()).doesNotContain(PETIT_LE_MANS_2007);
    }

    @Test
    void theProposalsForAReportAreTheSameWithoutItsCuratedArticle() {
        List<SeedFile> others = SEED.articles().stream()
                .filter(a -> !a.json().path("source").path("id").asText().equals(LAGUNA_SECA_2007)).toList();
        Ingest without = Ingest.withSeed(new Seed(SEED.registry(), others));

        IngestResult withAll = read(LAGUNA_SECA_2007);
        IngestResult withoutIt = without.read(reports().resolve(LAGUNA_SECA_2007 + ".txt"));

        assertThat(withoutIt.mentions()).isEqualTo(withAll.mentions());
        assertThat(withoutIt.facts()).isEqualTo(withAll.facts());
        assertThat(withoutIt.article()).isEqualTo(withAll.article());
    }

    @Test
    void withStrictNamesANameOnlyTheReportUsesIsFoundAsANewDriver() {
        assertThat(KnowledgeBase.from(SEED, PETIT_LE_MANS_2007, true).get("driver", "emmanuel-collard")).isNull();
        assertThat(KnowledgeBase.from(SEED, PETIT_LE_MANS_2007, false).get("driver", "emmanuel-collard")).isNotNull();

        List<QualityRow> strict = INGEST.quality(reports(), true);

        QualityRow petitLeMans = strict.get(0);
        assertThat(petitLeMans.missedLinks()).isEmpty();
        assertThat(petitLeMans.linksCorrect()).isEqualTo(35);
        assertThat(strict.get(5).linkRecall()).isLessThan(INGEST.quality(reports()).get(5).linkRecall());
    }

    @Test
    void qualityMeetsTheTargetsInTotal() {
        List<QualityRow> rows = INGEST.quality(reports());

        assertThat(rows).extracting(QualityRow::article).containsExactly(PETIT_LE_MANS_2007, LAGUNA_SECA_2007,
                LAGUNA_SECA_2011, "003_35013f9b1b801e33", "004_25bd5506d5b4103e", "total");
        QualityRow total = rows.get(5);
        assertThat(total.linksGold()).isEqualTo(263);
        assertThat(total.factsGold()).isEqualTo(188);
        assertThat(total.linkPrecision()).isGreaterThanOrEqualTo(0.95);
        assertThat(total.linkRecall()).isGreaterThanOrEqualTo(0.90);
        assertThat(total.factPrecision()).isGreaterThanOrEqualTo(0.80);
        assertThat(total.factRecall()).isGreaterThanOrEqualTo(0.60);
        assertThat(rows.get(0).missedLinks()).isEmpty();
        assertThat(rows.get(0).wrongLinks()).containsExactly("class:gt#p4");
    }
}
