package io.paddock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.SeededGraph;
import io.paddock.model.HeadToHead;
import io.paddock.model.HolderKind;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import io.paddock.model.RecordTable;
import io.paddock.query.PaddockQueries;
import io.paddock.query.QueryFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.paddock.cli.CliRun.runOnTestServer;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marque credit (ADR 0027) on the seed plus Le Mans 1994–1997 (the Dauer 962 Le Mans and TWR Porsche WSC-95 wins that
 * the record books count for Porsche) and 2008–2010 (the slice the other tests import, with the Lola-Aston Martin),
 * from the facade and the CLI. Expected figures are worked out by hand from ../shared/data/lemans24/results_in.csv:
 * overall winners 1994 Dauer 962 Le Mans (Porsche engine, results_in.csv line 3478), 1995 McLaren F1 GTR (BMW engine),
 * 1996 and 1997 TWR Porsche WSC-95 (lines 3618, 3694), 2008 and 2010 Audi, 2009 Peugeot.
 */
class MarqueCreditIT extends SeededGraph {

    @BeforeAll
    static void importTheSlices() {
        importLeMans(1994, 1997);
        importLeMans(2008, 2010);
    }

    private static Map<String, Integer> ranking(List<RecordRow> rows) {
        Map<String, Integer> ranking = new java.util.LinkedHashMap<>();
        rows.forEach(r -> ranking.put(r.holder().name(), r.value().intValue()));
        return ranking;
    }

    private static QueryFilter leMans() {
        return QueryFilter.all().series("lemans");
    }

    @Test
    void manufacturerWinsCountTheCreditedMarqueAndChassisMakerWinsTheBuilder() {
        assertThat(ranking(queries.records(RecordKind.WINS, HolderKind.MANUFACTURER, leMans())))
                .containsExactly(Map.entry("Porsche", 3), Map.entry("Audi", 2), Map.entry("McLaren", 1), Map.entry("Peugeot", 1));
        assertThat(ranking(queries.records(RecordKind.WINS, HolderKind.CHASSIS_MAKER, leMans())))
                .containsExactly(Map.entry("Audi", 2), Map.entry("TWR", 2), Map.entry("Dauer", 1), Map.entry("McLaren", 1),
                        Map.entry("Peugeot", 1));
        // The engine maker is unchanged: the 1995 McLaren's BMW engine.
        assertThat(ranking(queries.records(RecordKind.WINS, HolderKind.ENGINE_MAKER, leMans())))
                .containsExactly(Map.entry("Porsche", 3), Map.entry("Audi", 2), Map.entry("BMW", 1), Map.entry("Peugeot", 1));
    }

    @Test
    void aCreditedWinNamesItsCarAndTheSourcesOfTheCredit() {
        RecordRow porsche = queries.records(RecordKind.WINS, HolderKind.MANUFACTURER, leMans()).get(0);

        assertThat(porsche.details()).hasSize(3);
        assertThat(porsche.details().get(0)).startsWith("24 Hours of Le Mans 1994 (").contains("Dauer 962 Le Mans");
        assertThat(porsche.details().get(1)).startsWith("24 Hours of Le Mans 1996 (").contains("TWR Porsche WSC-95");
        assertThat(porsche.sources()).contains("lemans24#results_in.csv:3478", "lemans24#results_in.csv:3618",
                "lemans24#results_in.csv:3694");
        assertThat(porsche.sources()).anyMatch(s -> s.startsWith("Automobile Club de l'Ouest, 24h-lemans.com"));
    }

    @Test
    void podiumsAndStartsFollowTheSameCredit() {
        // Podiums 1994 P1 and P3 (Dauer), 1996 P1 (TWR), P2 and P3 (Porsche 911 GT1), 1997 P1 (TWR).
        assertThat(ranking(queries.records(RecordKind.PODIUMS, HolderKind.MANUFACTURER, leMans().season(1994)
                .limit(3)))).containsEntry("Porsche", 2);
        assertThat(ranking(queries.records(RecordKind.PODIUMS, HolderKind.MANUFACTURER, leMans().between(1994, 1997))))
                .containsEntry("Porsche", 6).doesNotContainKeys("TWR", "Dauer");
        assertThat(ranking(queries.records(RecordKind.PODIUMS, HolderKind.CHASSIS_MAKER, leMans().between(1994, 1997))))
                .containsEntry("Porsche", 2).containsEntry("TWR", 2).containsEntry("Dauer", 2);
        // 2009–2010: the Lola-Aston Martin B09/60 started both years; its maker by name is 'Lola-Aston'.
        assertThat(ranking(queries.records(RecordKind.STARTS, HolderKind.CHASSIS_MAKER, leMans().between(2009, 2010).limit(100))))
                .containsEntry("Lola-Aston", 2).containsEntry("Aston Martin", 2);
        assertThat(ranking(queries.records(RecordKind.STARTS, HolderKind.MANUFACTURER, leMans().between(2009, 2010).limit(100))))
                .containsEntry("Aston Martin", 2).doesNotContainKey("Lola-Aston");
    }

    @Test
    void theTableSaysWhomItCountsFor() {
        RecordTable table = queries.recordTable(RecordKind.WINS, HolderKind.MANUFACTURER, leMans());
        assertThat(table.holder()).isEqualTo(HolderKind.MANUFACTURER);
        assertThat(table.holder().basis()).isEqualTo(
                "the marque the record books credit (seed/marque-credits.json), else the chassis maker");
        assertThat(queries.recordTable(RecordKind.WINS, null, leMans()).holder()).isEqualTo(HolderKind.DRIVER);
        assertThat(queries.recordTable(RecordKind.TITLES, null, QueryFilter.all()).holder()).isNull();
    }

    @Test
    void headToHeadOfManufacturersComparesTheCreditedMarques() {
        // 1997: the TWR Porsche won, the McLarens were 2nd and 3rd (the best Porsche-built car 5th).
        HeadToHead h2h = queries.headToHead(PaddockQueries.Side.MANUFACTURERS, "Porsche", "McLaren",
                leMans().season(1997));
        assertThat(h2h.winsA()).isEqualTo(1);
        assertThat(h2h.overall().a()).isEqualTo(1);
        assertThat(h2h.overall().b()).isZero();
    }

    @Test
    void theCreditsAreInTheGraphOnceWithTheirSources() {
        List<Map<String, Object>> credits = paddock.cypher("""
                MATCH (car:CarModel)-[c:CREDITED_TO]->(m:Manufacturer)
                RETURN car.id AS car, m.name AS marque, size(c.sources) AS sources ORDER BY car""", Map.of());
        // Embiricos Bentley Paulin (1949) is not in these years: no car model, no credit.
        assertThat(credits).containsExactly(
                Map.of("car", "dauer-962-le-mans", "marque", "Porsche", "sources", 5L),
                Map.of("car", "lola-aston-martin-b09-60", "marque", "Aston Martin", "sources", 7L),
                Map.of("car", "twr-porsche-wsc-95", "marque", "Porsche", "sources", 5L));
        assertThat(paddock.loadShippedSeed().relationshipsCreated()).isZero();
    }

    @Test
    void theCliSaysTheBasisInTextJsonAndCsv() throws Exception {
        CliRun text = runOnTestServer("records", "wins", "--series", "lemans", "--by", "manufacturer", "--limit", "5");
        CliRun chassis = runOnTestServer("records", "wins", "--series", "lemans", "--by", "chassis-maker", "--limit", "5");
        CliRun json = runOnTestServer("records", "wins", "--series", "lemans", "--by", "manufacturer", "--json");
        CliRun csv = runOnTestServer("records", "wins", "--series", "lemans", "--by", "chassis-maker", "--csv");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).startsWith("Counted per manufacturer: the marque the record books credit "
                        + "(seed/marque-credits.json), else the chassis maker.\n")
                .containsPattern("1\\s+Porsche\\s+3\\s+24 Hours of Le Mans 1994 \\(")
                .containsPattern("2\\s+Audi\\s+2\\s+");
        assertThat(chassis.out()).startsWith("Counted per chassis-maker: the maker of the chassis, without record-book credits.\n")
                .containsPattern("1\\s+Audi\\s+2\\s+").containsPattern("1\\s+TWR\\s+2\\s+").containsPattern("3\\s+Dauer\\s+1\\s+");
        JsonNode answer = json.json();
        assertThat(answer.path("holder").asText()).isEqualTo("manufacturer");
        assertThat(answer.path("holderBasis").asText()).contains("seed/marque-credits.json");
        assertThat(answer.path("counted").get(0).path("holder").path("name").asText()).isEqualTo("Porsche");
        assertThat(answer.path("counted").get(0).path("value").asInt()).isEqualTo(3);
        assertThat(csv.out()).startsWith("rank,chassis-maker,wins,detail,basis,\"counted per\"\n1,Audi,2,")
                .contains(",\"chassis-maker: the maker of the chassis, without record-book credits\"\n");
    }

    @Test
    void aRecordWithoutMakersRefusesTheChassisMaker() {
        CliRun titles = runOnTestServer("records", "titles", "--by", "chassis-maker");
        assertThat(titles.exitCode()).isEqualTo(1);
        assertThat(titles.err()).contains("The titles record cannot be counted per chassis-maker");
    }
}
