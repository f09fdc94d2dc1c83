package io.paddock.seed;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.SeedFixtures;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SeedReaderTests {

    @TempDir
    Path temp;

    /** A copy of the shipped seed with the first {@code from} in one of its files replaced by {@code to}. */
    private Path seedWith(String file, String from, String to) {
        Path dir = SeedFixtures.copyOfShippedSeed(temp);
        SeedFixtures.replaceFirst(dir.resolve(file), from, to);
        return dir;
    }

    /** Reading the seed in this folder throws a SeedException: the assertion on it, for the test to say what it names. */
    private static AbstractThrowableAssert<?, ? extends Throwable> assertRefused(Path dir) {
        return assertThatThrownBy(() -> SeedReader.fromDirectory(dir)).isInstanceOf(SeedException.class);
    }

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
        Path dir = seedWith("articles/000_a2ddb8a8b78fb99c.json", "\"team\": \"penske-racing\"", "\"team\": \"penske-raicng\"");

        assertRefused(dir)
                .hasMessageContaining("nothing was written")
                .satisfies(e -> assertThat(((SeedException) e).problems()).singleElement().asString()
                        .contains("000_a2ddb8a8b78fb99c.json")
                        .contains("$.entries[0].team")
                        .contains("unknown team 'penske-raicng'"));
    }

    @Test
    void aWrongTypeIsRejectedByTheSchemaWithItsPath() {
        Path dir = seedWith("articles/000_a2ddb8a8b78fb99c.json", "\"gapSeconds\": 0.923", "\"gapSeconds\": \"0,923\"");

        assertRefused(dir)
                .hasMessageContaining("000_a2ddb8a8b78fb99c.json")
                .hasMessageContaining("gapSeconds")
                .hasMessageContaining("string found, number expected");
    }

    @Test
    void provenanceBeyondTheLastParagraphIsRejected() {
        Path dir = seedWith("articles/004_25bd5506d5b4103e.json", "\"004_25bd5506d5b4103e#p1\"", "\"004_25bd5506d5b4103e#p9\"");

        assertRefused(dir)
                .hasMessageContaining("004_25bd5506d5b4103e.json")
                .hasMessageContaining("'004_25bd5506d5b4103e#p9' points past the last paragraph (4)");
    }

    @Test
    void anEntryWhoseCarIsNotIdentifiedMayNotClaimANumberOrAFullCrew() {
        Path dir = seedWith("articles/002_5f0b9dc16f1a01fe.json",
                "\"crew\": [\n        \"ricardo-gonzalez\"\n      ],\n      \"crewComplete\": false,",
                "\"number\": \"99\", \"crew\": [\"ricardo-gonzalez\"], \"crewComplete\": true,");

        assertRefused(dir)
                .satisfies(e -> assertThat(((SeedException) e).problems()).satisfiesExactly(
                        p -> assertThat(p).endsWith("002_5f0b9dc16f1a01fe.json: $.entries[8].number: an entry whose car "
                                + "is not identified (carIdentified: false) cannot have a car number"),
                        p -> assertThat(p).endsWith("002_5f0b9dc16f1a01fe.json: $.entries[8].crewComplete: an entry whose "
                                + "car is not identified (carIdentified: false) cannot have a complete crew")));
    }

    @Test
    void brokenJsonIsRejectedWithLineAndColumn() {
        Path dir = seedWith("registry.json", "\"series\"", "\"series\" oops");

        assertRefused(dir)
                .hasMessageContaining("registry.json: not valid JSON at line 2");
    }

    @Test
    void aDuplicateIdIsRejectedWithBothPlaces() {
        Path dir = seedWith("articles/001_40dddd42d94a9a30.json",
                "\"id\": \"alms-2007-laguna-seca-7\"", "\"id\": \"alms-2007-petit-le-mans-6\"");

        assertRefused(dir)
                .hasMessageContaining("duplicate entry id 'alms-2007-petit-le-mans-6'")
                .hasMessageContaining("000_a2ddb8a8b78fb99c.json: $.entries[");
    }
}
