package io.paddock.ingest;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language-specific words the fact patterns read, as folded tokens ("fünften" folds to "funften"): German first
 * (the corpus), with the English word of the same pattern where it is one word. Number words and ordinals, and the
 * word lists the patterns share; a word a single pattern matches on stays beside that pattern.
 */
final class Words {

    /** A sentence with one of these speaks of qualifying, not the race. */
    static final Set<String> QUALIFYING = Set.of("zeittraining", "qualifying", "startreihe", "qualifikation",
            "startplatz", "klassenbestzeit", "pole");
    /** Before a team or car, they bind it to the crew ("im Porsche", "des Teams Penske"). */
    static final Set<String> BINDING = Set.of("im", "in", "mit", "von", "vom", "des", "ihrem", "ihren", "seinem",
            "seinen", "eingesetzten", "teams", "team", "fur", "for", "with", "of", "by");
    /** Verbs of sharing a car ("teilten sich das Steuer"). */
    static final Set<String> CREW_CUES = Set.of("steuer", "fuhren", "fuhr", "teilen", "teilten", "abwechseln", "wechseln");
    static final Set<String> PRONOUNS = Set.of("er", "sie", "ihr", "he", "they");
    /** The only words allowed between two names of one crew. */
    static final Set<String> CONNECTORS = Set.of("und", "and", "sowie", "zusammen", "mit", "with");
    /** A crew printed right after one of these is the rival ("vor X", "hinter X"), not the subject. */
    static final Set<String> NOT_A_SUBJECT_AFTER = Set.of("vor", "gegen", "hinter", "ahead", "behind");
    /** Within a few words before a name, these make it a rival's ("hinter den … Audi"). */
    static final Set<String> RIVAL_BEFORE = Set.of("hinter", "gegen", "behind", "against");
    /** Within a few words before a class, these make it the other cars' class ("vor den GT2-Fahrzeugen"). */
    static final Set<String> AHEAD_OR_AGAINST = Set.of("vor", "hinter", "gegen", "ahead");
    static final Set<String> SECONDS = Set.of("sekunden", "sekunde", "seconds", "second", "s");
    /** After a class name, these print it as a class ("LMP2-Klasse"). */
    static final Set<String> CLASS_AFTER = Set.of("klasse", "kategorie", "class");
    /** Just before a class name, these print it as a class ("in der LMP2"). */
    static final Set<String> CLASS_BEFORE = Set.of("klasse", "der", "in", "im", "des", "class");
    /** "<class>-Piloten <name>": a driver's title after a class. */
    static final Set<String> DRIVER_TITLES = Set.of("pilot", "piloten", "fahrer");
    /** English verbs before a place ("finished second"). */
    static final Set<String> FINISH_VERBS = Set.of("finished", "came", "took", "was", "were", "classified", "qualified");
    /** A win word after one of these was not won ("um den Sieg", "ohne Sieg"). */
    static final Set<String> NEGATIONS_BEFORE = Set.of("um", "moglichen", "ohne", "kein", "keinen", "dreifach");
    /** A win word before one of these was missed ("Sieg knapp verpasst"). */
    static final Set<String> NEAR_MISS_AFTER = Set.of("knapp", "verpasst");

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
