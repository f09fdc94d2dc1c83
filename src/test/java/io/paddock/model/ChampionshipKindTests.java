package io.paddock.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ChampionshipKindTests {

    @Test
    void theGraphValuesAreTheSeedSchemasKinds() throws IOException {
        JsonNode schemaKinds = new ObjectMapper().readTree(Path.of("seed", "schema", "article.schema.json").toFile())
                .path("properties").path("championships").path("items").path("properties").path("kind").path("enum");
        List<String> allowed = new ArrayList<>();
        schemaKinds.forEach(k -> allowed.add(k.asText()));

        assertThat(Stream.of(ChampionshipKind.values()).map(ChampionshipKind::graphValue))
                .containsExactly("DRIVERS", "TEAMS", "MANUFACTURERS", "CARS")
                .containsExactlyElementsOf(allowed);
    }

    @Test
    void aGraphValueLeadsBackToItsKind() {
        assertThat(ChampionshipKind.ofGraphValue("TEAMS")).contains(ChampionshipKind.TEAMS);
        assertThat(ChampionshipKind.ofGraphValue("CONSTRUCTORS")).isEmpty();
        assertThat(ChampionshipKind.ofGraphValue(null)).isEmpty();
        Standing title = new Standing("f1-2008-constructors", "Formula 1 2008 constructors' championship", "TEAMS", 2008,
                null, new Ref("team", "ferrari", "Ferrari"), 1, true, true, null, null, null, List.of());
        assertThat(title.championshipKind()).contains(ChampionshipKind.TEAMS);
    }

    @Test
    void theTitlesQueryNamesEveryKind() throws IOException {
        String titles = Files.readString(Path.of("cypher", "queries", "records-titles.cypher"));
        Matcher m = Pattern.compile("WHEN '([A-Z_]+)' THEN \"").matcher(titles);
        Set<String> named = new TreeSet<>();
        while (m.find()) {
            named.add(m.group(1));
        }
        assertThat(named).containsExactly("CARS", "DRIVERS", "MANUFACTURERS", "TEAMS");
    }
}
