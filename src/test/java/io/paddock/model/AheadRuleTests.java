package io.paddock.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ahead rule and how a side without a position is printed, each case a result from the datasets (Ergast's
 * results.csv and status.csv, Le Mans' results_in.csv) or the part of the rule that has none yet.
 */
class AheadRuleTests {

    private static final Outcome FINISHED = new Outcome(ResultStatus.CLASSIFIED, "Finished", null);

    @Test
    void aClassifiedFinisherIsAheadOfADisqualifiedCar() {
        // Australian Grand Prix 2009: Hamilton disqualified (status "Disqualified", 58 laps), Rosberg 6th.
        Outcome hamilton = new Outcome(ResultStatus.DISQUALIFIED, "Disqualified", 58);
        assertThat(AheadRule.decide(null, hamilton, 6, FINISHED)).isEqualTo(new AheadRule.Verdict("B", AheadRule.STATUS));
        assertThat(hamilton.text(null)).isEqualTo("disqualified");
    }

    @Test
    void aRetirementIsAheadOfADisqualifiedCarAndTwoDisqualifiedCarsAreNotRanked() {
        Outcome retired = new Outcome(ResultStatus.RETIRED, "Engine", 10);
        Outcome disqualified = new Outcome(ResultStatus.DISQUALIFIED, null, 60);
        assertThat(AheadRule.decide(null, disqualified, null, retired)).isEqualTo(new AheadRule.Verdict("B", AheadRule.STATUS));
        assertThat(AheadRule.decide(null, disqualified, null, disqualified)).isEqualTo(new AheadRule.Verdict(null, AheadRule.NOT_RANKED));
    }

    @Test
    void twoRetirementsGoByLapsAndUnknownLapsAreNotCounted() {
        // Le Mans 2010: the Peugeots #4 (373 laps, "Engine, fire") and #2 (264 laps, "Engine").
        Outcome four = new Outcome(ResultStatus.RETIRED, "Engine, fire", 373);
        Outcome two = new Outcome(ResultStatus.RETIRED, "Engine", 264);
        assertThat(AheadRule.decide(null, four, null, two)).isEqualTo(new AheadRule.Verdict("A", AheadRule.MORE_LAPS));
        assertThat(AheadRule.decide(null, four, null, new Outcome(ResultStatus.NOT_CLASSIFIED, null, null)))
                .isEqualTo(new AheadRule.Verdict(null, AheadRule.UNKNOWN));
        assertThat(four.text(null)).isEqualTo("retired (Engine, fire)");
    }

    @Test
    void aMissingPositionOrStatusIsUnknownAndANonStarterIsNotRanked() {
        // the seed's Mosport 2008 qualifying: classified, no overall place given for either
        assertThat(AheadRule.decide(null, FINISHED, null, FINISHED)).isEqualTo(new AheadRule.Verdict(null, AheadRule.UNKNOWN));
        assertThat(AheadRule.decide(3, FINISHED, null, FINISHED)).isEqualTo(new AheadRule.Verdict(null, AheadRule.UNKNOWN));
        assertThat(AheadRule.decide(3, null, null, null)).isEqualTo(new AheadRule.Verdict(null, AheadRule.UNKNOWN));
        assertThat(AheadRule.decide(3, FINISHED, null, new Outcome(ResultStatus.DID_NOT_START, "Accident in practice", 0)))
                .isEqualTo(new AheadRule.Verdict(null, AheadRule.NOT_RANKED));
        assertThat(FINISHED.text(null)).isEqualTo("unknown");
        assertThat(new Outcome(null, null, null).text(null)).isEqualTo("unknown");
    }

    @Test
    void theBestCarOfASideIsThePlacedOneElseTheOneWithMostLaps() {
        record Car(Integer position, Outcome outcome) {
        }
        Car placed = new Car(20, FINISHED);
        Car fourLaps = new Car(null, new Outcome(ResultStatus.RETIRED, "Accident", 4));
        Car manyLaps = new Car(null, new Outcome(ResultStatus.RETIRED, "Engine", 360));
        assertThat(java.util.stream.Stream.of(fourLaps, manyLaps, placed).min(AheadRule.bestFirst(Car::position, Car::outcome)))
                .contains(placed);
        assertThat(java.util.stream.Stream.of(fourLaps, manyLaps).min(AheadRule.bestFirst(Car::position, Car::outcome)))
                .contains(manyLaps);
    }
}
