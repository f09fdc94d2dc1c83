package io.paddock.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a proposal is matched to a curated fact (docs/ingest.md, "Matching"). */
class QualityTests {

    private static final List<String> PENSKE_7 = List.of("driver:timo-bernhard", "driver:romain-dumas",
            "driver:patrick-long", "team:penske-racing", "car:porsche-rs-spyder");

    private static FactProposal proposal(String kind, List<String> subjects, String session, String value) {
        return new FactProposal(kind, subjects, session, value, 1, 0, 1, 0.8, true, "test");
    }

    @Test
    void aMarginMatchesWhenOneDriverOfTheCarAndTheSecondsAgree() {
        Quality.GoldFact gap = new Quality.GoldFact("gap", PENSKE_7, "RACE", "0.923", false);

        assertThat(Quality.matches(proposal("gap", List.of("driver:romain-dumas"), "RACE", "0.923"), gap)).isTrue();
        assertThat(Quality.matches(proposal("gap", List.of("driver:romain-dumas"), "RACE", "0.9230"), gap)).isTrue();
        assertThat(Quality.matches(proposal("gap", List.of("driver:romain-dumas"), "RACE", "0.9"), gap)).isFalse();
        assertThat(Quality.matches(proposal("gap", List.of("driver:romain-dumas"), "QUALIFYING", "0.923"), gap)).isFalse();
        assertThat(Quality.matches(proposal("gap", List.of("driver:rinaldo-capello"), "RACE", "0.923"), gap)).isFalse();
    }

    @Test
    void withoutDriversATeamOrCarDecides() {
        Quality.GoldFact classSecond = new Quality.GoldFact("class-position",
                List.of("team:dyson-racing", "car:porsche-rs-spyder"), "RACE", "2", false);

        assertThat(Quality.matches(proposal("class-position", List.of("team:dyson-racing"), "RACE", "2"), classSecond)).isTrue();
        assertThat(Quality.matches(proposal("class-position", List.of("team:penske-racing"), "RACE", "2"), classSecond)).isFalse();
    }

    @Test
    void aStandingWithoutAClassMatchesAnyClass() {
        Quality.GoldFact title = new Quality.GoldFact("standing", List.of("team:dyson-racing"), null, "lmp1|1|final", true);

        assertThat(Quality.matches(proposal("standing", List.of("team:dyson-racing"), null, "?|1|final"), title)).isTrue();
        assertThat(Quality.matches(proposal("standing", List.of("team:dyson-racing"), null, "lmp2|1|final"), title)).isFalse();
        assertThat(Quality.matches(proposal("standing", List.of("team:dyson-racing"), null, "lmp1|1|current"), title)).isFalse();
    }

    @Test
    void theCuratedPetitLeMansArticleIsCutIntoAtomicFacts() {
        var article = io.paddock.seed.SeedReader.shipped().articles().get(0).json();

        List<String> gold = Quality.goldFacts(article).stream().map(Quality.GoldFact::toString).toList();

        assertThat(gold).hasSize(21).contains(
                "gap [driver:timo-bernhard, driver:romain-dumas, driver:patrick-long, team:penske-racing, car:porsche-rs-spyder] RACE = 0.923",
                "laps-lost [driver:sascha-maassen, driver:ryan-briscoe, driver:emmanuel-collard, team:penske-racing, car:porsche-rs-spyder] RACE = 24",
                "total [driver:timo-bernhard, driver:romain-dumas] = CONSECUTIVE_CLASS_WINS|5",
                "position [driver:rinaldo-capello, car:audi-r10] RACE = 1 (inferred)");
    }
}
