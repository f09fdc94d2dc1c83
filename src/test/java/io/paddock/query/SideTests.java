package io.paddock.query;

import io.paddock.model.EntityKind;
import io.paddock.model.HolderKind;
import io.paddock.query.PaddockQueries.Side;
import org.junit.jupiter.api.Test;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SideTests {

    @Test
    void eachSideIsAHolderKindAndSearchesItsKey() {
        assertThat(Side.DRIVERS.holder()).isEqualTo(HolderKind.DRIVER);
        assertThat(Side.TEAMS.holder()).isEqualTo(HolderKind.TEAM);
        assertThat(Side.MANUFACTURERS.holder()).isEqualTo(HolderKind.MANUFACTURER);
        assertThat(Stream.of(Side.values()).map(Side::kind)).containsExactly("driver", "team", "manufacturer");
    }

    @Test
    void everySidesKeyIsASearchableKindWithItsLabel() {
        assertThat(Stream.of(Side.values()).map(s -> EntityKind.ofKey(s.kind()).orElseThrow().label()))
                .containsExactly("Driver", "Team", "Manufacturer");
    }
}
