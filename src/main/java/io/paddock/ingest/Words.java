package io.paddock.ingest;

import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Pattern;

/** German and English number words and ordinals as folded tokens ("fünften" folds to "funften"). */
final class Words {

    private static final Map<String, Integer> CARDINALS = Map.ofEntries(
            Map.entry("ein", 1), Map.entry("eins", 1), Map.entry("einen", 1), Map.entry("einem", 1), Map.entry("einer", 1),
            Map.entry("eine", 1), Map.entry("one", 1), Map.entry("zwei", 2), Map.entry("two", 2), Map.entry("drei", 3),
            Map.entry("three", 3), Map.entry("vier", 4), Map.entry("four", 4), Map.entry("funf", 5), Map.entry("five", 5),
            Map.entry("sechs", 6), Map.entry("six", 6), Map.entry("sieben", 7), Map.entry("seven", 7), Map.entry("acht", 8),
            Map.entry("eight", 8), Map.entry("neun", 9), Map.entry("nine", 9), Map.entry("zehn", 10), Map.entry("ten", 10),
            Map.entry("elf", 11), Map.entry("eleven", 11), Map.entry("zwolf", 12), Map.entry("twelve", 12));

    private static final Map<String, Integer> ORDINAL_STEMS = Map.ofEntries(
            Map.entry("erst", 1), Map.entry("zweit", 2), Map.entry("dritt", 3), Map.entry("viert", 4), Map.entry("funft", 5),
            Map.entry("sechst", 6), Map.entry("siebt", 7), Map.entry("acht", 8), Map.entry("neunt", 9), Map.entry("zehnt", 10),
            Map.entry("elft", 11), Map.entry("zwolft", 12));

    private static final Map<String, Integer> ENGLISH_ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
            Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8));

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,3}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+([.,][0-9]+)?");

    private Words() {
    }

    /** @return the number a cardinal word or digits stand for, or null */
    static Integer cardinal(String folded) {
        if (DIGITS.matcher(folded).matches()) {
            return Integer.parseInt(folded);
        }
        return CARDINALS.get(folded);
    }

    /** @return the number of an ordinal ("fünften", "Zweiter", "Klassenfünfter", "2nd"), or null */
    static Integer ordinal(String folded) {
        String word = folded;
        for (String prefix : new String[]{"klassen", "gesamt"}) {
            if (word.startsWith(prefix) && word.length() > prefix.length() + 3) {
                word = word.substring(prefix.length());
            }
        }
        if (ENGLISH_ORDINALS.containsKey(word)) {
            return ENGLISH_ORDINALS.get(word);
        }
        if (word.matches("[0-9]{1,2}(st|nd|rd|th)")) {
            return Integer.parseInt(word.replaceAll("[a-z]", ""));
        }
        for (String ending : new String[]{"en", "er", "es", "em", "e"}) {
            if (word.endsWith(ending)) {
                Integer n = ORDINAL_STEMS.get(word.substring(0, word.length() - ending.length()));
                if (n != null) {
                    return n;
                }
            }
        }
        return null;
    }

    /** @return "0.923" for "0,923" or "0.923"; null when not a number */
    static String decimal(String folded) {
        if (!DECIMAL.matcher(folded).matches()) {
            return null;
        }
        return new BigDecimal(folded.replace(',', '.')).stripTrailingZeros().toPlainString();
    }
}
