package io.paddock.load;

import io.paddock.Paddock;
import io.paddock.SeedFixtures;
import io.paddock.TestNeo4j;
import io.paddock.seed.SeedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * The shipped seed against a real Neo4j: what loading creates, the articles' headline facts, idempotence,
 * and a rejected seed leaving the graph untouched.
 */
class SeedLoadIT {

    private static Paddock paddock;

    @TempDir
    Path temp;

    @BeforeAll
    static void load() {
        paddock = TestNeo4j.seeded();
    }

    @AfterAll
    static void close() {
        paddock.close();
    }

    private List<Map<String, Object>> rows(String query) {
        return paddock.cypher(query, Map.of());
    }

    private Object single(String query) {
        return rows(query).get(0).values().iterator().next();
    }

    @Test
    void loadingCreatesTheEntitiesOfTheFiveArticles() {
        Map<String, Object> counts = rows("""
                MATCH (n) UNWIND labels(n) AS label WITH label WHERE NOT label STARTS WITH '__'
                RETURN label, count(*) AS nodes ORDER BY label""").stream()
                .collect(java.util.stream.Collectors.toMap(r -> (String) r.get("label"), r -> r.get("nodes")));

        assertThat(counts).contains(
                entry("Source", 5L), entry("Series", 1L), entry("Driver", 46L), entry("Person", 48L),
                entry("Team", 13L), entry("Event", 8L), entry("Session", 7L), entry("Entry", 50L),
                entry("Result", 41L), entry("Championship", 8L), entry("LapRecord", 2L), entry("StatedTotal", 14L),
                entry("Circuit", 5L), entry("Class", 6L), entry("CarModel", 10L), entry("Manufacturer", 9L));
    }

    @Test
    void petitLeMans2007WasLostBy0point923Seconds() {
        Map<String, Object> row = rows("""
                MATCH (r:Result)-[:IN_SESSION]->(:Session {id: 'alms-2007-petit-le-mans-race'}),
                      (r)-[:OF_ENTRY]->(n:Entry)<-[:DROVE]-(d:Driver {name: 'Romain Dumas'}),
                      (r)-[:GAP_TO]->(:Entry)<-[:DROVE]-(winner:Driver)
                RETURN r.position AS position, r.classPosition AS classPosition, r.gapSeconds AS gap,
                       winner.name AS winner, r.sources AS sources""").get(0);

        assertThat(row).containsEntry("position", 2L).containsEntry("classPosition", 1L)
                .containsEntry("gap", 0.923).containsEntry("winner", "Rinaldo Capello");
        assertThat(row.get("sources")).asList().contains("000_a2ddb8a8b78fb99c#p1");
    }

    @Test
    void theCrewOfCarSixAtPetitLeMans2007() {
        assertThat(rows("""
                MATCH (:Event {id: 'alms-2007-petit-le-mans'})<-[:IN_EVENT]-(n:Entry {number: '6'})<-[:DROVE]-(d:Driver)
                MATCH (n)-[:IN_CLASS]->(c:Class), (n)-[:WITH_CAR]->(car:CarModel), (n)-[:FOR_SQUAD]->(:Squad)-[:OF_TEAM]->(t:Team)
                RETURN d.name AS driver, c.name AS class, car.name AS car, t.name AS team ORDER BY driver"""))
                .extracting(r -> r.get("driver") + "/" + r.get("class") + "/" + r.get("car") + "/" + r.get("team"))
                .containsExactly("Emmanuel Collard/LMP2/Porsche RS Spyder/Penske Racing",
                        "Ryan Briscoe/LMP2/Porsche RS Spyder/Penske Racing",
                        "Sascha Maassen/LMP2/Porsche RS Spyder/Penske Racing");
        assertThat(single("""
                MATCH (r:Result)-[:OF_ENTRY]->(:Entry {id: 'alms-2007-petit-le-mans-6'})
                RETURN [r.classPosition, r.lapsLostInPits]""")).isEqualTo(List.of(5L, 24L));
    }

    @Test
    void lagunaSeca2007FinaleFacts() {
        assertThat(single("""
                MATCH (r:Result)-[:OF_ENTRY]->(:Entry {id: 'alms-2007-laguna-seca-7'}), (r)-[:IN_SESSION]->(:Session {type: 'RACE'})
                RETURN [r.position, r.classPosition, r.gapSeconds]""")).isEqualTo(List.of(2L, 1L, 0.41));
        assertThat(single("MATCH (s:Session {id: 'alms-2007-laguna-seca-race'}) RETURN s.laps")).isEqualTo(157L);
        assertThat(rows("""
                MATCH (d:Driver)-[:SET]->(l:LapRecord {kind: 'CIRCUIT_RECORD'})-[:AT]->(c:Circuit)
                RETURN d.name AS driver, c.name AS circuit, l.improvementSeconds AS improvement"""))
                .containsExactly(Map.of("driver", "Sascha Maassen", "circuit", "Mazda Raceway Laguna Seca", "improvement", 3.5));
    }

    @Test
    void titlesAndTheirHolders() {
        assertThat(rows("""
                MATCH (h)-[st:STANDING {final: true, position: 1}]->(c:Championship {id: 'alms-2007-lmp2-drivers'})
                RETURN h.name AS holder, st.clinchedAt AS clinchedAt ORDER BY holder"""))
                .containsExactly(
                        Map.of("holder", "Romain Dumas", "clinchedAt", "alms-2007-petit-le-mans"),
                        Map.of("holder", "Timo Bernhard", "clinchedAt", "alms-2007-petit-le-mans"));
        assertThat(single("""
                MATCH (h:Driver)-[:STANDING {final: true, position: 1}]->(:Championship {id: 'alms-2011-gt-drivers'})
                RETURN collect(h.name) AS holders""")).asList().containsExactlyInAnyOrder("Joey Hand", "Dirk Müller");
    }

    @Test
    void statedSeasonTotalsStayApartFromCountedResults() {
        assertThat(single("""
                MATCH (t:StatedTotal {metric: 'OVERALL_WINS'})-[:ABOUT]->(:Manufacturer {id: 'porsche'}),
                      (t)-[:IN_SEASON]->(:Season {year: 2007})
                RETURN t.value""")).isEqualTo(8L);
        assertThat(single("""
                MATCH (r:Result {position: 1})-[:IN_SESSION]->(:Session {type: 'RACE'}),
                      (r)-[:OF_ENTRY]->(:Entry)-[:WITH_CAR]->(:CarModel)-[:BUILT_BY]->(:Manufacturer {id: 'porsche'})
                RETURN count(r)""")).isEqualTo(0L);
    }

    @Test
    void circuitsPeopleAndInferredFacts() {
        assertThat(single("MATCH (c:Circuit {name: 'Mosport International Raceway'}) RETURN c.lengthKm")).isEqualTo(4.102);
        assertThat(single("MATCH (c:Circuit {name: 'Mazda Raceway Laguna Seca'}) RETURN c.lengthKm")).isEqualTo(3.6);
        assertThat(single("""
                MATCH (p:Person {name: 'Hartmut Kristen'})-[r:HOLDS_ROLE]->(m:Manufacturer) RETURN m.name + ': ' + r.role LIMIT 1"""))
                .asString().startsWith("Porsche: ");
        assertThat(single("MATCH (p:Person) WHERE NOT p:Driver RETURN collect(p.name)")).asList()
                .containsExactlyInAnyOrder("Hartmut Kristen", "Uwe Brettel");
        assertThat(single("MATCH (e:Event {id: 'alms-2011-laguna-seca'}) RETURN [toString(e.date), e.inferred IS NOT NULL]"))
                .isEqualTo(List.of("2011-09-17", true));
    }

    @Test
    void unknownCrewsStayUnknown() {
        assertThat(single("""
                MATCH (n:Entry {id: 'alms-2007-petit-le-mans-audi-capello'})
                OPTIONAL MATCH (d:Driver)-[:DROVE]->(n)
                WITH n, collect(d.name) AS crew
                RETURN [n.crewComplete, n.number, crew]""")).isEqualTo(java.util.Arrays.asList(false, null, List.of("Rinaldo Capello")));
    }

    @Test
    void nameSearchIgnoresAccentsCaseAndFindsAliases() {
        String search = """
                CALL db.index.fulltext.queryNodes('name_search', $q) YIELD node
                WHERE node:Driver RETURN node.name AS name""";
        assertThat(paddock.cypher(search, Map.of("q", "mucke"))).containsExactly(Map.of("name", "Stefan Mücke"));
        assertThat(paddock.cypher(search, Map.of("q", "DINDO"))).containsExactly(Map.of("name", "Rinaldo Capello"));
        assertThat(paddock.cypher(search, Map.of("q", "pat"))).containsExactly(Map.of("name", "Patrick Long"));
    }

    @Test
    void loadingTwiceChangesNothing() {
        Map<String, Object> before = snapshot();

        LoadReport again = paddock.loadShippedSeed();

        assertThat(again.nodesCreated()).isZero();
        assertThat(again.relationshipsCreated()).isZero();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void aBrokenSeedIsRejectedAndTheGraphIsUntouched() {
        Map<String, Object> before = snapshot();
        Path dir = SeedFixtures.copyOfShippedSeed(temp);
        SeedFixtures.replaceFirst(dir.resolve("articles/002_5f0b9dc16f1a01fe.json"), "\"crew\": [", "\"crew\": [\"nobody-known\", ");

        assertThatThrownBy(() -> paddock.load(dir))
                .isInstanceOf(SeedException.class)
                .hasMessageContaining("002_5f0b9dc16f1a01fe.json: $.entries[0].crew[0]: unknown driver 'nobody-known'");
        assertThat(snapshot()).isEqualTo(before);
    }

    /**
     * Every node and relationship with all its properties, as one comparable value; but for the record tallies, which
     * every load rebuilds as new nodes (TalliesIT compares them by content).
     */
    private Map<String, Object> snapshot() {
        return Map.of(
                "nodes", rows("MATCH (n) WHERE NOT n:Tally RETURN n ORDER BY elementId(n)"),
                "relationships", rows("MATCH (a)-[r]->() WHERE NOT a:Tally RETURN r ORDER BY elementId(r)"));
    }
}
