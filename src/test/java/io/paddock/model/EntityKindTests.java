package io.paddock.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class EntityKindTests {

    @Test
    void theRegistryKindsAreTheShippedRegistrysSectionsInItsOrder() throws IOException {
        List<String> sections = new ArrayList<>();
        new ObjectMapper().readTree(Path.of("seed", "registry.json").toFile()).fieldNames().forEachRemaining(sections::add);

        assertThat(EntityKind.registryKinds()).extracting(k -> k.registrySection().orElseThrow())
                .containsExactly("series", "classes", "circuits", "manufacturers", "cars", "teams", "drivers", "people")
                .containsExactlyElementsOf(sections);
    }

    @Test
    void everyKindsLabelHasAConstraintInTheMigrations() throws IOException {
        String migrations;
        try (Stream<Path> files = Files.list(Path.of("cypher", "migrations"))) {
            migrations = String.join("\n", files.sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList());
        }
        for (EntityKind kind : EntityKind.values()) {
            assertThat(migrations).as(kind.name()).contains("(n:" + kind.label() + ")");
        }
    }

    @Test
    void keysLabelsAndSectionsLeadBackToTheirKind() {
        assertThat(EntityKind.ofKey("car")).contains(EntityKind.CAR);
        assertThat(EntityKind.ofLabel("CarModel")).contains(EntityKind.CAR);
        assertThat(EntityKind.ofRegistrySection("people")).contains(EntityKind.PERSON);
        assertThat(EntityKind.ofKey("entrant")).isEmpty();
        assertThat(EntityKind.EVENT.registrySection()).isEmpty();
        assertThat(Stream.of(EntityKind.values()).filter(EntityKind::searchable).map(EntityKind::key).sorted())
                .containsExactly("car", "circuit", "class", "driver", "event", "manufacturer", "person", "series", "team");
    }
}
