package io.paddock.seed;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.SeedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedReaderTests {

    @TempDir
    Path temp;

    @Test
    void theShippedSeedIsValidAndHoldsTheFiveArticles() {
        Seed seed = SeedReader.shipped();

        assertThat(seed.articles()).extracting(a -> a.json().path("source").path("id").asText())
                .containsExactly("000_a2ddb8a8b78fb99c", "001_40dddd42d94a9a30", "002_5f0b9dc16f1a01fe",
                        "003_35013f9b1b801e33", "004_25bd5506d5b4103e");
        assertThat(seed.registry().json().path("drivers")).hasSize(46);
    }

    @Test
    void aCopyOfTheShippedSeedReadsFromADirectory() {
        Seed seed = SeedReader.fromDirectory(SeedFixtures.copyOfShippedSeed(temp));

        JsonNode plm = seed.articles().get(0).json().path("results");
        assertThat(plm.findValuesAsText("gapSeconds")).containsExactly("0.923");
    }

    @Test
    void anUnknownReferenceIsRejectedNamingFileFieldAndValue() {
        Path dir = SeedFixtures.copyOfShippedSeed(temp);
        Path article = dir.resolve("articles/000_a2ddb8a8b78fb99c.json");
        SeedFixtures.replaceFirst(article, "\"team\": \"penske-racing\"", "\"team\": \"penske-raicng\"");

        assertThatThrownBy(() -> SeedReader.fromDirectory(dir))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("nothing was written")
                .satisfies(e -> assertThat(((SeedException) e).problems()).singleElement().asString()
                        .contains("000_a2ddb8a8b78fb99c.json")
                        .contains("$.entries[0].team")
                        .contains("unknown team 'penske-raicng'"));
    }

    @Test
    void aWrongTypeIsRejectedByTheSchemaWithItsPath() {
        Path dir = SeedFixtures.copyOfShippedSeed(temp);
        SeedFixtures.replaceFirst(dir.resolve("articles/000_a2ddb8a8b78fb99c.json"), "\"gapSeconds\": 0.923", "\"gapSeconds\": \"0,923\"");

        assertThatThrownBy(() -> SeedReader.fromDirectory(dir))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("000_a2ddb8a8b78fb99c.json")
                .hasMessageContaining("gapSeconds")
                .hasMessageContaining("string found, number expected");
    }

    @Test
    void provenanceBeyondTheLastParagraphIsRejected() {
        Path dir = SeedFixtures.copyOfShippedSeed(temp);
        SeedFixtures.replaceFirst(dir.resolve("articles/004_25bd5506d5b4103e.json"), "\"004_25bd5506d5b4103e#p1\"", "\"004_25bd5506d5b4103e#p9\"");

        assertThatThrownBy(() -> SeedReader.fromDirectory(dir))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("004_25bd5506d5b4103e.json")
                .hasMessageContaining("'004_25bd5506d5b4103e#p9' points past the last paragraph (4)");
    }

    @Test
    void anEntryWhoseCarIsNotIdentifiedMayNotClaimANumberOrAFullCrew() {
        Path dir = SeedFixtures.copyOfShippedSeed(temp);
        SeedFixtures.replaceFirst(dir.resolve("articles/002_5f0b9dc16f1a01fe.json"),
                "\"crew\": [\n        \"ricardo-gonzalez\"\n      ],\n      \"crewComplete\": false,",
                "\"number\": \"99\", \"crew\": [\"ricardo-gonzalez\"], \"crewComplete\": true,");

        assertThatThrownBy(() -> SeedReader.fromDirectory(dir))
                .isInstanceOf(SeedException.class)
                .satisfies(e -> assertThat(((SeedException) e).problems()).satisfiesExactly(
                        p -> assertThat(p).endsWith("002_5f0b9dc16f1a01fe.json: $.entries[8].number: an entry whose car "
                                + "is not identified (carIdentified: false) cannot have a car number"),
                        p -> assertThat(p).endsWith("002_5f0b9dc16f1a01fe.json: $.entries[8].crewComplete: an entry whose "
                                + "car is not identified (carIdentified: false) cannot have a complete crew")));
    }

    @Test
    void brokenJsonIsRejectedWithLineAndColumn() {
        Path dir = SeedFixtures.copyOfShippedSeed(temp);
        SeedFixtures.replaceFirst(dir.resolve("registry.json"), "\"series\"", "\"series\" oops");

        assertThatThrownBy(() -> SeedReader.fromDirectory(dir))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("registry.json: not valid JSON at line 2");
    }

    @Test
    void aDuplicateIdIsRejectedWithBothPlaces() {
        Path dir = SeedFixtures.copyOfShippedSeed(temp);
        SeedFixtures.replaceFirst(dir.resolve("articles/001_40dddd42d94a9a30.json"),
                "\"id\": \"alms-2007-laguna-seca-7\"", "\"id\": \"alms-2007-petit-le-mans-6\"");

        assertThatThrownBy(() -> SeedReader.fromDirectory(dir))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("duplicate entry id 'alms-2007-petit-le-mans-6'")
                .hasMessageContaining("000_a2ddb8a8b78fb99c.json: $.entries[");
    }
}
