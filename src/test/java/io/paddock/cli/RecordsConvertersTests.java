package io.paddock.cli;

import io.paddock.model.HolderKind;
import io.paddock.model.RecordKind;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code paddock records KIND --by HOLDER} reads both by their user-facing names, through one KeyConverter. */
class RecordsConvertersTests {

    @Test
    void namesReadAsTheirKinds() {
        assertThat(new RecordsCommand.KindConverter().convert("class-wins")).isEqualTo(RecordKind.CLASS_WINS);
        assertThat(new RecordsCommand.HolderConverter().convert(" Engine-Maker ")).isEqualTo(HolderKind.ENGINE_MAKER);
    }

    @Test
    void anUnknownNameIsRefusedWithTheListOfNames() {
        assertThatThrownBy(() -> new RecordsCommand.HolderConverter().convert("squad"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("'squad' is not a holder; use one of: driver, team, manufacturer, chassis-maker, car, entrant, "
                        + "engine-maker, tyre-maker");
    }
}
