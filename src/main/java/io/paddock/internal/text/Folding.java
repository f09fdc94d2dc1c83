package io.paddock.internal.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words as the name index sees them, with the JDK alone. The {@code name_search} full-text index uses Neo4j's
 * {@code standard-folding} analyzer: Lucene's standard tokenizer (the word breaks of Unicode's UAX #29), ASCII
 * folding of Latin letters, lower case, and the English stop words left out. This class cuts and folds text the same
 * way, so a search asks for the tokens the index holds and ingest reads a report with the tokens a name has:
 * <ul>
 *   <li>words break at spaces, hyphens and most punctuation; an apostrophe, dot or colon between letters stays inside
 *   the word ("O'Brien" is {@code o'brien}, "U.S.A." is {@code u.s.a}), a dot or comma between digits too
 *   ({@code 3.5}); letters and digits together are one word ({@code r10});</li>
 *   <li>each Chinese or Japanese ideograph and each hiragana is a word of its own ("佐藤琢磨" is four words); katakana
 *   and Hangul runs are one word;</li>
 *   <li>Latin letters with accents and the letters that have none to drop (ł, ø, đ, ß, æ, œ, þ, ð, ħ, ı …) fold to
 *   ASCII ("Łukasz" is {@code lukasz}, "Jörg" {@code jorg}, "Ærø" {@code aero}), curly apostrophes to
 *   {@code '}; Greek, Cyrillic and other scripts keep their letters and accents, as the index keeps them;</li>
 *   <li>lower case is Unicode's per letter, without context: a final capital sigma is {@code σ}, as in the index.</li>
 * </ul>
 * Beyond the index's rules: {@link #tokens} and {@link #key} read the text in composed form (NFC) first, so a name
 * typed with separate combining accents finds the same words as its usual spelling. Not covered (no name has them):
 * emoji, which Lucene keeps as words, and the scripts written without spaces (Thai, Lao, Khmer, Myanmar).
 */
public final class Folding {

    /** The longest word the index keeps; a longer run is cut into pieces of this length, as Lucene cuts it. */
    static final int MAX_WORD = 255;

    /**
     * The English stop words of Lucene's standard analyzer, which the {@code standard-folding} index leaves out: a query
     * token "of" would find nothing in "24 Hours of Le Mans".
     */
    public static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be",
            "but", "by", "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the",
            "their", "then", "there", "these", "they", "this", "to", "was", "will", "with");

    /**
     * Latin letters (and the punctuation a word may hold) that fold to ASCII but have no accent to drop: Unicode does
     * not decompose them. The rest of the Latin letters fold by decomposition ({@link #foldCodePoint}).
     */
    private static final Map<Integer, String> LETTERS = letters(
            "Æ", "AE", "æ", "ae", "Ð", "D", "ð", "d", "Ø", "O", "ø", "o", "Þ", "TH", "þ", "th", "ß", "ss", "ẞ", "SS",
            "Đ", "D", "đ", "d", "Ħ", "H", "ħ", "h", "ı", "i", "ĸ", "q", "Ŀ", "L", "ŀ", "l", "Ł", "L", "ł", "l",
            "Ŋ", "N", "ŋ", "n", "Œ", "OE", "œ", "oe", "ſ", "s", "Ŧ", "T", "ŧ", "t", "ƀ", "b", "Ɓ", "B",
            "Ƃ", "B", "ƃ", "b", "Ƈ", "C", "ƈ", "c", "Ɖ", "D", "Ɗ", "D", "Ƌ", "D", "ƌ", "d", "Ƒ", "F", "ƒ", "f",
            "Ɠ", "G", "ƕ", "hv", "Ɩ", "I", "Ɨ", "I", "Ƙ", "K", "ƙ", "k", "ƚ", "l", "Ɲ", "N", "ƞ", "n", "Ƥ", "P",
            "ƥ", "p", "ƫ", "t", "Ƭ", "T", "ƭ", "t", "Ʈ", "T", "Ʋ", "V", "Ƴ", "Y", "ƴ", "y", "Ƶ", "Z", "ƶ", "z",
            "ȡ", "d", "Ȥ", "Z", "ȥ", "z", "ȴ", "l", "ȵ", "n", "ȶ", "t", "ȷ", "j", "ȸ", "db", "ȹ", "qp", "Ⱥ", "A",
            "Ȼ", "C", "ȼ", "c", "Ƚ", "L", "Ⱦ", "T", "ȿ", "s", "ɀ", "z", "Ƀ", "B", "Ʉ", "U", "Ʌ", "V", "Ɇ", "E",
            "ɇ", "e", "Ɉ", "J", "ɉ", "j", "Ɋ", "Q", "ɋ", "q", "Ɍ", "R", "ɍ", "r", "Ɏ", "Y", "ɏ", "y",
            "Ɔ", "O", "Ǝ", "E", "Ə", "A", "ə", "a", "Ɛ", "E", "ɛ", "e", "Ɯ", "M", "Ɵ", "O", "ɵ", "o", "ƿ", "w",
            "Ƿ", "W", "ǝ", "e", "Ǥ", "G", "ǥ", "g", "Ƕ", "HV", "Ȝ", "Z", "ȝ", "z", "Ƞ", "N", "Ȣ", "OU", "ȣ", "ou",
            "ɔ", "o", "ɓ", "b", "ɗ", "d", "ɖ", "d", "ɠ", "g", "ɨ", "i", "ŉ", "n",
            "ª", "ª", "º", "º",
            "‘", "'", "’", "'", "‛", "'", "′", "'", "‵", "'", "＇", "'", "．", ".", "：", ":", "＿", "_",
            "ẚ", "a", "ẛ", "f", "ẜ", "s", "ẝ", "s", "Ỻ", "LL", "ỻ", "ll", "Ỽ", "V", "Ỿ", "Y", "ỿ", "y");

    private Folding() {
    }

    /**
     * A word of a text: the folded form the index holds and where the word stands.
     *
     * @param folded the word folded and in lower case, as the index holds it
     * @param start  the index of its first character in the text
     * @param end    the index after its last character
     */
    public record Word(String folded, int start, int end) {
    }

    /**
     * The words of a text as the index analyzes it, stop words included, with their places in the text as given (no
     * normalisation, so the offsets are the text's own).
     *
     * @param text any text
     * @return its words in order
     */
    public static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return words;
        }
        List<int[]> units = units(text);
        int first = 0;
        for (int i = 0; i < units.size(); i++) {
            if (i + 1 == units.size() || breaksAfter(units, i)) {
                emit(text, units, first, i, words);
                first = i + 1;
            }
        }
        return words;
    }

    /**
     * The folded words of a text, stop words included: "Jean-Éric Vergne" is {@code [jean, eric, vergne]}.
     *
     * @param text any text, or null
     * @return its words folded, in order
     */
    public static List<String> tokens(String text) {
        if (text == null) {
            return List.of();
        }
        return words(Normalizer.normalize(text, Normalizer.Form.NFC)).stream().map(Word::folded).toList();
    }

    /**
     * The tokens the index holds for a text: {@link #tokens} without the stop words.
     *
     * @param text any text, or null
     * @return its indexed words, in order
     */
    public static List<String> indexTokens(String text) {
        return tokens(text).stream().filter(t -> !STOP_WORDS.contains(t)).toList();
    }

    /**
     * A text's folded words joined by single spaces: two spellings of one name that differ only in case, accents and
     * the punctuation between words share it ("Jean-Éric Vergne" and "jean eric vergne").
     *
     * @param text any text, or null
     * @return the key, empty for none
     */
    public static String key(String text) {
        return String.join(" ", tokens(text));
    }

    /**
     * The text with the combining marks its letters decompose into left out, in every script: "Yōjirō" is "Yojiro",
     * "Ρένος" is "Ρενος". Letters without a decomposition (ł, ø, ß) stay; no lower case.
     *
     * @param text any text
     * @return the text without accents
     */
    public static String withoutMarks(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isMark(cp)).forEach(out::appendCodePoint);
        return out.toString();
    }

    /**
     * One character as the index folds it: a Latin letter to ASCII ({@code ł} to {@code l}, {@code é} to
     * {@code e}, {@code æ} to {@code ae}) and then to lower case; a letter of another script only to lower case.
     *
     * @param codePoint a character
     * @return its folded form
     */
    public static String foldCodePoint(int codePoint) {
        String ascii = toAscii(codePoint);
        if (ascii != null) {
            return ascii.toLowerCase(java.util.Locale.ROOT);
        }
        return Character.toString(Character.toLowerCase(codePoint));
    }

    /** The ASCII a character folds to, or null when it keeps its own form. */
    private static String toAscii(int cp) {
        if (cp < 0x80) {
            return Character.toString(cp);
        }
        if (cp >= 0xFF10 && cp <= 0xFF19) {
            return Character.toString('0' + cp - 0xFF10); // fullwidth digits
        }
        String special = LETTERS.get(cp);
        if (special != null) {
            return special;
        }
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
            return null;
        }
        // Accents dropped, and compatibility forms (fullwidth letters, ligatures) read as their letters; a base letter
        // without a decomposition of its own ("ǽ" is "æ" with an acute) folds as that letter does.
        String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (isMark(c)) {
                continue;
            }
            String base = c < 0x80 ? null : LETTERS.get((int) c);
            if (c >= 0x80 && (base == null || base.charAt(0) >= 0x80)) {
                return null;
            }
            out.append(base == null ? String.valueOf(c) : base);
        }
        return out.isEmpty() ? null : out.toString();
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    // --- word breaks (UAX #29), for the kinds of character names and reports hold ---

    private static final int OTHER = 0;
    private static final int LETTER = 1;
    private static final int NUMERIC = 2;
    private static final int KATAKANA = 3;
    private static final int IDEOGRAPH = 4;
    private static final int MID_LETTER = 5;
    private static final int MID_NUM_LET = 6;
    private static final int MID_NUM = 7;
    private static final int EXTEND_NUM_LET = 8;
    private static final int EXTEND = 9;
    private static final int NEWLINE = 10;

    /**
     * The text as units: a character with the marks and format characters that follow it (rule WB4), each
     * {@code {start, end, kind}}.
     */
    private static List<int[]> units(String text) {
        List<int[]> units = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int kind = kind(cp);
            int end = i + Character.charCount(cp);
            if (kind != NEWLINE) {
                while (end < text.length() && kind(text.codePointAt(end)) == EXTEND) {
                    end += Character.charCount(text.codePointAt(end));
                }
            }
            units.add(new int[]{i, end, kind == EXTEND ? OTHER : kind});
            i = end;
        }
        return units;
    }

    private static int kindAt(List<int[]> units, int i) {
        return i < 0 || i >= units.size() ? OTHER : units.get(i)[2];
    }

    /** True when a word ends after unit {@code i} (rules WB5 to WB13b; everything else breaks, WB999). */
    private static boolean breaksAfter(List<int[]> units, int i) {
        int before = kindAt(units, i - 1);
        int left = kindAt(units, i);
        int right = kindAt(units, i + 1);
        int after = kindAt(units, i + 2);
        boolean midLetter = right == MID_LETTER || right == MID_NUM_LET;
        boolean midNum = right == MID_NUM || right == MID_NUM_LET;
        if (left == LETTER && (right == LETTER || right == NUMERIC)
                || left == NUMERIC && (right == NUMERIC || right == LETTER)
                || left == KATAKANA && right == KATAKANA) {
            return false; // WB5, WB8, WB9, WB10, WB13
        }
        if (left == LETTER && midLetter && after == LETTER || left == NUMERIC && midNum && after == NUMERIC) {
            return false; // WB6, WB12
        }
        if (before == LETTER && (left == MID_LETTER || left == MID_NUM_LET) && right == LETTER
                || before == NUMERIC && (left == MID_NUM || left == MID_NUM_LET) && right == NUMERIC) {
            return false; // WB7, WB11
        }
        if ((left == LETTER || left == NUMERIC || left == KATAKANA || left == EXTEND_NUM_LET) && right == EXTEND_NUM_LET
                || left == EXTEND_NUM_LET && (right == LETTER || right == NUMERIC || right == KATAKANA)) {
            return false; // WB13a, WB13b
        }
        return true;
    }

    private static void emit(String text, List<int[]> units, int first, int last, List<Word> words) {
        boolean word = false;
        for (int k = first; k <= last && !word; k++) {
            int kind = units.get(k)[2];
            word = kind == LETTER || kind == NUMERIC || kind == KATAKANA || kind == IDEOGRAPH;
        }
        if (!word) {
            return;
        }
        int start = units.get(first)[0];
        int end = units.get(last)[1];
        for (int from = start; from < end; ) {
            int to = Math.min(end, from + MAX_WORD);
            if (to < end && Character.isHighSurrogate(text.charAt(to - 1))) {
                to--;
            }
            words.add(new Word(fold(text, from, to), from, to));
            from = to;
        }
    }

    private static String fold(String text, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            out.append(foldCodePoint(cp));
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    private static int kind(int cp) {
        switch (cp) {
            case '\n', '\r', 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
                return NEWLINE;
            case ':', 0x00B7, 0x0387, 0x055F, 0x05F4, 0x2027, 0xFE13, 0xFE55, 0xFF1A:
                return MID_LETTER;
            case '.', '\'', 0x2018, 0x2019, 0x2024, 0xFE52, 0xFF07, 0xFF0E:
                return MID_NUM_LET;
            case ',', ';', 0x037E, 0x0589, 0x060C, 0x060D, 0x066C, 0x07F8, 0x2044, 0xFE10, 0xFE14, 0xFE50, 0xFE54,
                    0xFF0C, 0xFF1B:
                return MID_NUM;
            case 0x202F:
                return EXTEND_NUM_LET;
            case 0x200C, 0x200D, 0xFF9E, 0xFF9F:
                return EXTEND;
            case 0x200B, 0x3006:
                return OTHER;
            case 0x3031, 0x3032, 0x3033, 0x3034, 0x3035, 0x309B, 0x309C, 0x30A0, 0x30FC, 0xFF70:
                return KATAKANA;
            default:
                break;
        }
        int type = Character.getType(cp);
        if (isMark(cp) || type == Character.FORMAT) {
            return EXTEND;
        }
        if (type == Character.CONNECTOR_PUNCTUATION) {
            return EXTEND_NUM_LET;
        }
        if (type == Character.DECIMAL_DIGIT_NUMBER) {
            return NUMERIC;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.KATAKANA) {
            return Character.isLetter(cp) ? KATAKANA : OTHER;
        }
        if (script == Character.UnicodeScript.HAN) {
            return type == Character.MODIFIER_LETTER ? LETTER : IDEOGRAPH; // 々 repeats a letter, in "佐々木"
        }
        if (script == Character.UnicodeScript.HIRAGANA) {
            return Character.isLetter(cp) ? IDEOGRAPH : OTHER;
        }
        return Character.isAlphabetic(cp) ? LETTER : OTHER;
    }

    private static Map<Integer, String> letters(String... pairs) {
        Map<Integer, String> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i].codePointAt(0), pairs[i + 1]);
        }
        return Map.copyOf(map);
    }
}
