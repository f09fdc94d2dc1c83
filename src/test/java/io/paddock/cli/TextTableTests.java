package io.paddock.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text tables in terminal columns: wide scripts align, a table fits a terminal of known width by cutting its widest
 * text column with "…" and never a number, and machine-readable output stays whole (ADR 0023).
 */
class TextTableTests {

    private static final String NL = System.lineSeparator();

    @Test
    void measuresWideCharactersAsTwoColumnsAndCombiningMarksAsNone() {
        assertThat(DisplayWidth.of("Takuma Sato")).isEqualTo(11);
        assertThat(DisplayWidth.of("佐藤琢磨")).isEqualTo(8);
        assertThat(DisplayWidth.of("Rene\u0301 Arnoux")).isEqualTo(11);   // e + combining acute accent
        assertThat(DisplayWidth.of("…")).isEqualTo(1);
    }

    @Test
    void alignsNamesInWideScripts() {
        String table = Output.table(List.of(row("driver", "佐藤琢磨", "starts", 196), row("driver", "Kamui Kobayashi", "starts", 75),
                row("driver", "Rene\u0301 Arnoux", "starts", 149)), OptionalInt.empty());

        assertThat(table).isEqualTo(String.join(NL,
                "driver           starts",
                "---------------  ------",
                "佐藤琢磨         196",
                "Kamui Kobayashi  75",
                "Rene\u0301 Arnoux      149",
                "(3 rows)", ""));
    }

    @Test
    void cutsTheWidestTextColumnToTheTerminalAndKeepsNumbersWhole() {
        List<Map<String, Object>> rows = List.of(
                row("rank", 1, "driver", "Lewis Hamilton", "poles", 104,
                        "detail", "Canadian Grand Prix 2007 (McLaren, McLaren MP4-22 Mercedes)"),
                row("rank", 2, "driver", "Michael Schumacher", "poles", 68,
                        "detail", "French Grand Prix 1994 (Benetton, Benetton B194 Ford)"));

        String table = Output.table(rows, OptionalInt.of(60));

        assertThat(table).isEqualTo(String.join(NL,
                "rank  driver              poles  detail",
                "----  ------------------  -----  ---------------------------",
                "1     Lewis Hamilton      104    Canadian Grand Prix 2007 (…",
                "2     Michael Schumacher  68     French Grand Prix 1994 (Be…",
                "(2 rows)", ""));
        assertThat(table.lines()).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(60));
    }

    @Test
    void aLongHeaderOverNumbersGivesWayLikeTextButNeverTheNumbers() {
        List<Map<String, Object>> rows = List.of(
                row("driver", "Lewis Hamilton", "poles (fastest in qualifying)", 107, "basis", "counted from results"));

        String table = Output.table(rows, OptionalInt.of(40));

        assertThat(table).isEqualTo(String.join(NL,
                "driver        poles (fast…  basis",
                "------------  ------------  ------------",
                "Lewis Hamil…  107           counted fro…",
                "(1 row)", ""));
        assertThat(Output.table(rows, OptionalInt.of(20))).contains("Lewis…  107     count…");
    }

    @Test
    void cutsByDisplayWidthSoAWideNameNeverOverrunsItsColumn() {
        assertThat(DisplayWidth.cut("小林可夢偉", 6)).isEqualTo("小林…");
        assertThat(DisplayWidth.cut("小林可夢偉", 10)).isEqualTo("小林可夢偉");
        assertThat(DisplayWidth.cut("Rene\u0301 Arnoux", 6)).isEqualTo("Rene\u0301…");
    }

    @Test
    void cutsNothingWhereTheTerminalWidthIsUnknown() {
        String detail = "Canadian Grand Prix 2007 (McLaren, McLaren MP4-22 Mercedes)";

        String table = Output.table(List.of(row("driver", "Lewis Hamilton", "detail", detail)), OptionalInt.empty());

        assertThat(table).contains("Lewis Hamilton  " + detail + NL);
    }

    @Test
    void aListingShowsTheFirstItemsAndCountsTheRest() {
        List<String> poles = IntStream.rangeClosed(1, 104).mapToObj(i -> "pole " + i).toList();

        Listing firstThree = new Listing(poles, 3);

        assertThat(firstThree.text()).isEqualTo("pole 1; pole 2; pole 3 … and 101 more");
        assertThat(firstThree.fit(30)).isEqualTo("pole 1; pole 2 … and 102 more");
        assertThat(firstThree.fit(22)).isEqualTo("pole 1 … and 103 more");
        assertThat(firstThree.fit(20)).isEqualTo("pole 1… and 103 more");
        assertThat(firstThree.fit(18)).isEqualTo("pol… and 103 more");
        assertThat(new Listing(poles.subList(0, 4), 3).text()).isEqualTo("pole 1; pole 2; pole 3; pole 4");
        assertThat(new Listing(poles, Integer.MAX_VALUE).text()).endsWith("pole 103; pole 104").doesNotContain("more");
    }

    @Test
    void machineReadableOutputKeepsEveryItem() {
        List<String> wins = List.of("Bahrain Grand Prix 2006 (Renault, Renault R26)", "Australian Grand Prix 2006 (Renault, Renault R26)",
                "Spanish Grand Prix 2006 (Renault, Renault R26)", "Monaco Grand Prix 2006 (Renault, Renault R26)",
                "British Grand Prix 2006 (Renault, Renault R26)");
        Map<String, Object> row = row("driver", "Fernando Alonso", "detail", new Listing(wins, 3));

        assertThat(Output.csv(List.of(row))).isEqualTo("driver,detail\n\"Fernando Alonso\",\"" + String.join("; ", wins) + "\"\n");
        assertThat(Output.toJson(row)).contains("\"detail\" : \"" + String.join("; ", wins) + "\"");
        assertThat(Output.table(List.of(row), OptionalInt.empty())).contains(
                "Bahrain Grand Prix 2006 (Renault, Renault R26); Australian Grand Prix 2006 (Renault, Renault R26); "
                        + "Spanish Grand Prix 2006 (Renault, Renault R26) … and 2 more");
    }

    @Test
    void takesTheTerminalWidthFromTheLaunchersColumnsOnlyWhenItsOutputIsATerminal() {
        assertThat(widthInServer(true, "100")).hasValue(100);
        assertThat(widthInServer(false, "100")).isEmpty();   // a pipe or a file: whole cells
        assertThat(widthInServer(true, "wide")).isEmpty();
        assertThat(widthInServer(true, "5")).isEmpty();
    }

    private static OptionalInt widthInServer(boolean interactive, String columns) {
        CommandContext.enter(new CommandContext.Remote(Path.of("."), interactive, Map.of("COLUMNS", columns), null, null));
        try {
            return Output.terminalColumns();
        } finally {
            CommandContext.leave();
        }
    }

    private static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
