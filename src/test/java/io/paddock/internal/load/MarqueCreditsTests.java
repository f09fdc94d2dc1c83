package io.paddock.internal.load;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.paddock.PaddockException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The curated seed/marque-credits.json: what it credits, with the importers' ids, and that its dataset rows say so. */
class MarqueCreditsTests {

    private static final Path RESULTS = Path.of("..", "shared", "data", "lemans24", "results_in.csv");
    private static final Pattern ROW = Pattern.compile("lemans24#results_in\\.csv:(\\d+)");

    @Test
    void theShippedCreditsUseTheIdsTheLeMansImportGivesCarsAndMakers() {
        assertThat(MarqueCredits.shipped().rows()).extracting(WriteRow.Credit::car, WriteRow.Credit::marque).containsExactly(
                org.assertj.core.groups.Tuple.tuple("twr-porsche-wsc-95", "porsche"),
                org.assertj.core.groups.Tuple.tuple("dauer-962-le-mans", "porsche"),
                org.assertj.core.groups.Tuple.tuple("lola-aston-martin-b09-60", "aston-martin"),
                org.assertj.core.groups.Tuple.tuple("embiricos-bentley-paulin", "bentley"));
    }

    @Test
    void everyDatasetRowACreditCitesIsThatCarWithTheMarquesEngine() throws Exception {
        assumeTrue(Files.isRegularFile(RESULTS), "../shared/data/lemans24 is absent: skipped");
        List<String> lines = Files.readAllLines(RESULTS, StandardCharsets.UTF_8);
        int cited = 0;
        for (MarqueCredits.Credit credit : MarqueCredits.shipped().credits()) {
            for (String source : credit.sources()) {
                Matcher row = ROW.matcher(source);
                if (row.matches()) {
                    List<String> fields = fields(lines.get(Integer.parseInt(row.group(1)) - 1));
                    assertThat(fields.get(8)).as(source).isIn(credit.cars());
                    assertThat(fields.get(9)).as(source).startsWith(credit.marque());
                    cited++;
                }
            }
        }
        // TWR Porsche 3 rows, Dauer 2, Lola-Aston Martin 7, Embiricos Bentley 1.
        assertThat(cited).isEqualTo(13);
    }

    @Test
    void aCreditWithoutASourceIsRefused() throws Exception {
        var json = new ObjectMapper().readTree("{\"credits\": [{\"cars\": [\"TWR Porsche WSC-95\"], \"marque\": \"Porsche\"}]}");
        assertThatThrownBy(() -> MarqueCredits.of(json)).isInstanceOf(PaddockException.class)
                .hasMessage("seed/marque-credits.json: $.credits[0]: a credit needs 'cars', 'marque' and at least one entry in 'sources'");
    }

    /** One line of the ;-separated file, with its double-quoted fields unquoted. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ';' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().strip());
        return fields;
    }
}
