package io.paddock.model;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LookupTests {

    @Test
    void findsTheConstantWithThatSpellingOrNone() {
        assertThat(Lookup.find(EntityKind.class, EntityKind::label, "Team")).contains(EntityKind.TEAM);
        assertThat(Lookup.find(HolderKind.class, HolderKind::key, "chassis-maker")).contains(HolderKind.CHASSIS_MAKER);
        assertThat(Lookup.find(HolderKind.class, HolderKind::key, "Chassis-Maker")).isEmpty();
    }

    @Test
    void listsTheSpellingsInDeclarationOrder() {
        assertThat(Lookup.list(HolderKind.class, HolderKind::key))
                .isEqualTo("driver, team, manufacturer, chassis-maker, car, entrant, engine-maker, tyre-maker");
    }

    @Test
    void theKindsErrorsStillListEveryKey() {
        assertThatThrownBy(() -> HolderKind.fromKey("squad")).hasMessage(
                "'squad' is not a holder; use one of: driver, team, manufacturer, chassis-maker, car, entrant, engine-maker, tyre-maker");
        assertThat(HolderKind.fromKey(" Engine-Maker ")).isEqualTo(HolderKind.ENGINE_MAKER);
        assertThat(RecordKind.fromKey("class-wins")).isEqualTo(RecordKind.CLASS_WINS);
    }
}
