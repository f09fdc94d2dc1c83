package io.paddock.query;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sources in reading order, for curated article paragraphs and imported data-file lines alike.
 */
class SourceOrderTests {

    @Test
    void paragraphsSortByArticleThenParagraphNumber() {
        List<String> sources = QueryContext.sources(List.of(
                List.of("001_40dddd42d94a9a30#p3", "000_a2ddb8a8b78fb99c#p10"),
                List.of("000_a2ddb8a8b78fb99c#p2", "001_40dddd42d94a9a30#p3")));

        assertThat(sources).containsExactly("000_a2ddb8a8b78fb99c#p2", "000_a2ddb8a8b78fb99c#p10", "001_40dddd42d94a9a30#p3");
    }

    @Test
    void fileLinesSortBySourceThenFileThenLineNumber() {
        List<String> sources = QueryContext.sources(List.of(
                List.of("lemans24#results_in.csv:7", "ergast-f1-csv#results.csv:124", "ergast-f1-csv#results.csv:9"),
                List.of("ergast-f1-csv#qualifying.csv:2000", "000_a2ddb8a8b78fb99c#p1", "ergast-f1-csv#results.csv:124")));

        assertThat(sources).containsExactly("000_a2ddb8a8b78fb99c#p1", "ergast-f1-csv#qualifying.csv:2000",
                "ergast-f1-csv#results.csv:9", "ergast-f1-csv#results.csv:124", "lemans24#results_in.csv:7");
    }

    @Test
    void aSourceWithoutAFragmentOrWithLeadingZerosIsKept() {
        List<String> sources = QueryContext.sources(List.of(List.of("wiki#p1", "wiki", "wiki#p01", "wiki#p1")));

        assertThat(sources).containsExactly("wiki", "wiki#p01", "wiki#p1");
    }

    @Test
    void theOrderIsTheNumericOrderOfTheOldComparatorOnRandomSourceTexts() {
        // The comparator compares in place; the one it replaced (kept here as the reference) cut the texts into
        // substrings and numbers into BigIntegers. Same order for every pair that one told apart.
        java.util.Random random = new java.util.Random(20261205);
        String[] alphabet = {"0", "00", "1", "9", "10", "124", "007", "#", "p", "results.csv:", "wiki", "a", "_", "\u0663", "\u0660"};
        List<String> texts = new java.util.ArrayList<>();
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(6); k >= 0; k--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            texts.add(text.toString());
        }
        int compared = 0;
        for (int n = 0; n < 200_000; n++) {
            String a = texts.get(random.nextInt(texts.size()));
            String b = texts.get(random.nextInt(texts.size()));
            int reference = Integer.signum(reference(a, b));
            int now = Integer.signum(QueryContext.READING_ORDER.compare(a, b));
            if (reference != 0) {
                assertThat(now).as(a + " vs " + b).isEqualTo(reference);
                compared++;
            } else {
                assertThat(now == 0).as(a + " vs " + b).isEqualTo(a.equals(b));
            }
        }
        assertThat(compared).isGreaterThan(150_000);
    }

    private static int reference(String a, String b) {
        java.util.Comparator<String> order = java.util.Comparator
                .comparing((String s) -> s.indexOf('#') < 0 ? s : s.substring(0, s.indexOf('#')))
                .thenComparing(s -> s.indexOf('#') < 0 ? "" : s.substring(s.indexOf('#') + 1), SourceOrderTests::naturally);
        return order.compare(a, b);
    }

    private static int naturally(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = i;
                while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
                    endA++;
                }
                int endB = j;
                while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
                    endB++;
                }
                int byValue = new java.math.BigInteger(a.substring(i, endA)).compareTo(new java.math.BigInteger(b.substring(j, endB)));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }
}
