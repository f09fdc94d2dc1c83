package io.paddock.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
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

class SessionTypeTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theGraphValuesAreTheOnesTheLoadersWrite() {
        assertThat(Stream.of(SessionType.values()).map(SessionType::graphValue))
                .containsExactly("QUALIFYING", "RACE", "SPRINT", "SPRINT_QUALIFYING", "PRE_QUALIFYING", "QUALIFYING_1",
                        "QUALIFYING_2", "PRACTICE_1", "PRACTICE_2", "PRACTICE_3", "PRACTICE_4", "WARM_UP");
        assertThat(SessionType.SPRINT.graphValue()).isEqualTo("SPRINT");
    }

    @Test
    void aGraphValueLeadsBackToItsType() {
        assertThat(SessionType.ofGraphValue("RACE")).contains(SessionType.RACE);
        assertThat(SessionType.ofGraphValue("WARM_UP")).contains(SessionType.WARM_UP);
        assertThat(SessionType.ofGraphValue("race")).isEmpty();
        assertThat(SessionType.ofGraphValue("FEATURE_RACE")).isEmpty();
        assertThat(SessionType.ofGraphValue(null)).isEmpty();
    }

    @Test
    void theTypedAccessorsLeaveTheRecordsJsonAsItWas() throws IOException {
        SessionLine sprint = new SessionLine("f1-2021-british-grand-prix-sprint", "SPRINT", 17, null, null, List.of(), null,
                List.of(), List.of());
        SessionLine other = new SessionLine("x-feature", "FEATURE_RACE", null, null, null, List.of(), null, List.of(), List.of());

        assertThat(sprint.sessionType()).contains(SessionType.SPRINT);
        assertThat(other.sessionType()).isEmpty();
        assertThat(JSON.writeValueAsString(sprint)).isEqualTo("{\"id\":\"f1-2021-british-grand-prix-sprint\",\"type\":\"SPRINT\","
                + "\"laps\":17,\"durationMinutes\":null,\"safetyCarPeriods\":null,\"results\":[],\"inferred\":null,"
                + "\"sources\":[],\"unknownPlaces\":[]}");
    }

    @Test
    void theSeedsSchemaAndArticlesHoldQualifyingAndRace() throws IOException {
        JsonNode schemaTypes = JSON.readTree(Path.of("seed", "schema", "article.schema.json").toFile())
                .path("properties").path("sessions").path("items").path("properties").path("type").path("enum");
        List<String> allowed = new ArrayList<>();
        schemaTypes.forEach(t -> allowed.add(t.asText()));
        assertThat(allowed).containsExactly("QUALIFYING", "RACE");

        Set<String> used = new TreeSet<>();
        try (Stream<Path> articles = Files.list(Path.of("seed", "articles"))) {
            for (Path article : articles.filter(p -> p.toString().endsWith(".json")).toList()) {
                JSON.readTree(article.toFile()).path("sessions").forEach(s -> used.add(s.path("type").asText()));
            }
        }
        assertThat(used).containsExactly("QUALIFYING", "RACE");
        used.forEach(t -> assertThat(SessionType.ofGraphValue(t)).as(t).isPresent());
    }

    @Test
    void everySessionLiteralInTheCypherFilesIsASessionType() throws IOException {
        Pattern literal = Pattern.compile("'((?:QUALIFYING|RACE|SPRINT|PRE_QUALIFYING|PRACTICE_\\d|WARM_UP)[A-Z_0-9]*)'");
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("cypher"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".cypher")).toList()) {
                Matcher m = literal.matcher(read(file));
                while (m.find()) {
                    found.add(m.group(1));
                }
            }
        }
        assertThat(found).containsExactly("QUALIFYING", "RACE", "SPRINT");
        found.forEach(t -> assertThat(SessionType.ofGraphValue(t)).as(t).isPresent());
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
