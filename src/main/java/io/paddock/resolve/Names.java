package io.paddock.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name normalisation shared by every source: the key two spellings of one name have in common, and the slug that
 * becomes an id. "Yōjirō Terada", "Yojiro Terada" and "YOJIRO  TERADA" share the key {@code yojiro terada};
 * "Jean-Pierre Jaussaud" and "Jean Pierre Jaussaud" share {@code jean pierre jaussaud}.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /**
     * Anything but letters and digits, of any script: "محمد" and "佐藤琢磨" keep their letters (with only a-z they would
     * both fold to the empty key, one person). Latin letters are a-z here already (accents folded first).
     */
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Names() {
    }

    /**
     * @param name any spelling
     * @return lower case, accents and ligatures folded, punctuation and hyphens as single spaces
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = name.strip()
                .replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae").replace("Œ", "OE").replace("œ", "oe")
                .replace("Ø", "O").replace("ø", "o").replace("Ł", "L").replace("ł", "l").replace("Đ", "D")
                .replace("đ", "d").replace("ı", "i").replace("Þ", "Th").replace("þ", "th");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALNUM.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * @param name any spelling
     * @return the key with hyphens for spaces: {@code romain-dumas}
     */
    public static String slug(String name) {
        return key(name).replace(' ', '-');
    }

    /**
     * Collapses runs of white space and trims; keeps accents and case (for display names).
     *
     * @param name a name as a source prints it
     * @return the tidied name, or null for a blank one
     */
    public static String tidy(String name) {
        if (name == null) {
            return null;
        }
        String tidied = name.strip().replaceAll("\\s+", " ");
        return tidied.isEmpty() ? null : tidied;
    }
}
