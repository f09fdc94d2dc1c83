package io.paddock.ingest;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a proposal is matched to a curated fact (docs/ingest.md, "Matching"). */
class QualityTests {

    private static final List<String> PENSKE_7 = List.of("driver:timo-bernhard", "driver:romain-dumas",
            "driver:patrick-long", "team:penske-racing", "car:porsche-rs-spyder");

    private static FactProposal proposal(Fact fact, List<String> subjects, String session) {
        return new FactProposal(fact, subjects, session, 1, 0, 1, 0.8, true, "test");
    }

    private static Fact.Gap gap(String seconds) {
        return new Fact.Gap(new BigDecimal(seconds));
    }

    @Test
    void aMarginMatchesWhenOneDriverOfTheCarAndTheSecondsAgree() {
        Quality.GoldFact gap = new Quality.GoldFact(gap("0.923"), PENSKE_7, "RACE", false);

        assertThat(Quality.matches(proposal(gap("0.923"), List.of("driver:romain-dumas"), "RACE"), gap)).isTrue();
        assertThat(Quality.matches(proposal(gap("0.9230"), List.of("driver:romain-dumas"), "RACE"), gap)).isTrue();
        assertThat(Quality.matches(proposal(gap("0.9"), List.of("driver:romain-dumas"), "RACE"), gap)).isFalse();
        assertThat(Quality.matches(proposal(gap("0.923"), List.of("driver:romain-dumas"), "QUALIFYING"), gap)).isFalse();
        assertThat(Quality.matches(proposal(gap("0.923"), List.of("driver:rinaldo-capello"), "RACE"), gap)).isFalse();
    }

    @Test
    void withoutDriversATeamOrCarDecides() {
        Quality.GoldFact classSecond = new Quality.GoldFact(new Fact.ClassPosition(2),
                List.of("team:dyson-racing", "car:porsche-rs-spyder"), "RACE", false);

        assertThat(Quality.matches(proposal(new Fact.ClassPosition(2), List.of("team:dyson-racing"), "RACE"), classSecond)).isTrue();
        assertThat(Quality.matches(proposal(new Fact.ClassPosition(2), List.of("team:penske-racing"), "RACE"), classSecond)).isFalse();
    }

    @Test
    void aStandingWithoutAClassMatchesAnyClass() {
        Quality.GoldFact title = new Quality.GoldFact(new Fact.Standing("lmp1", 1, true), List.of("team:dyson-racing"), null, true);

        assertThat(Quality.matches(proposal(new Fact.Standing(null, 1, true), List.of("team:dyson-racing"), null), title)).isTrue();
        assertThat(Quality.matches(proposal(new Fact.Standing("lmp2", 1, true), List.of("team:dyson-racing"), null), title)).isFalse();
        assertThat(Quality.matches(proposal(new Fact.Standing("lmp1", 1, false), List.of("team:dyson-racing"), null), title)).isFalse();
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
