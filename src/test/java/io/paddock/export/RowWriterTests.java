package io.paddock.export;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two formats' cell rules, without a database: nulls, lists, decimals, dates, quoting, an empty table.
 */
class RowWriterTests {

    private static final List<String> COLUMNS = List.of("driver_id", "position", "gap_seconds", "event_date", "crew_complete", "sources");

    private static String write(ExportFormat format, List<List<Object>> rows) throws Exception {
        StringWriter out = new StringWriter();
        try (RowWriter writer = RowWriter.of(format, out)) {
            writer.start(COLUMNS);
            for (List<Object> row : rows) {
                writer.row(row);
            }
        }
        return out.toString();
    }

    @Test
    void csvWritesNullsAsEmptyCellsInPlaceListsJoinedAndDecimalsPlain() throws Exception {
        String csv = write(ExportFormat.CSV, List.of(
                Arrays.asList("timo-bernhard", 2L, 0.923, LocalDate.of(2007, 9, 29), true, List.of("000#p1", "000#p5")),
                Arrays.asList(null, null, 12345678.5, null, false, List.of()),
                Arrays.asList("a, \"quoted\" name", 1L, 1.0E-4, null, null, List.of("x"))));

        assertThat(csv.lines()).containsExactly(
                "driver_id,position,gap_seconds,event_date,crew_complete,sources",
                "timo-bernhard,2,0.923,2007-09-29,true,000#p1|000#p5",
                ",,12345678.5,,false,",
                "\"a, \"\"quoted\"\" name\",1,0.0001,,,x");
    }

    @Test
    void anEmptyTableStillHasItsHeader() throws Exception {
        assertThat(write(ExportFormat.CSV, List.of())).isEqualTo("driver_id,position,gap_seconds,event_date,crew_complete,sources\n");
        assertThat(write(ExportFormat.JSONL, List.of())).isEmpty();
    }

    @Test
    void jsonLinesKeepEveryKeyInOrderWithNullsAndArrays() throws Exception {
        String jsonl = write(ExportFormat.JSONL, List.of(
                Arrays.asList("timo-bernhard", 2L, 0.923, LocalDate.of(2007, 9, 29), true, List.of("000#p1", "000#p5")),
                Arrays.asList(null, null, null, null, false, List.of())));

        assertThat(jsonl.lines()).containsExactly(
                "{\"driver_id\":\"timo-bernhard\",\"position\":2,\"gap_seconds\":0.923,\"event_date\":\"2007-09-29\","
                        + "\"crew_complete\":true,\"sources\":[\"000#p1\",\"000#p5\"]}",
                "{\"driver_id\":null,\"position\":null,\"gap_seconds\":null,\"event_date\":null,\"crew_complete\":false,\"sources\":[]}");
    }
}
