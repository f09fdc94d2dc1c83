package io.paddock.ingest;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every fact prints the kind name `paddock ingest` has always printed for it. */
class FactKindTests {

    @Test
    void eachRecordPrintsItsKind() {
        List<Fact> facts = List.of(new Fact.Crew("penske-racing"), new Fact.Car("porsche-rs-spyder"), new Fact.CarClass("lmp2"),
                new Fact.CarNumber("7"), new Fact.Position(1), new Fact.ClassPosition(2), new Fact.Gap(new BigDecimal("0.923")),
                new Fact.Laps(384), new Fact.LapsLost(3), new Fact.Standing("lmp2", 1, true),
                new Fact.LapRecord("CIRCUIT_RECORD", null), new Fact.Total("OVERALL_WINS", 5), new Fact.Role("audi"));

        assertThat(facts).extracting(Fact::kind).containsExactly("crew", "car", "class", "number", "position",
                "class-position", "gap", "laps", "laps-lost", "standing", "lap-record", "total", "role");
    }

    // a new record of Fact needs its line in FactKind, else kind() finds none: the list above must grow with it
    @Test
    void theThirteenRecordsAreAllTheFactsThereAre() {
        assertThat(Fact.class.getPermittedSubclasses()).hasSize(13);
        assertThat(FactKind.values()).hasSize(13);
    }
}
