package io.paddock.internal.resolve;

import io.paddock.internal.text.Folding;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Name normalisation shared by every source: the key two spellings of one name have in common, and the slug that
 * becomes an id. "Yōjirō Terada", "Yojiro Terada" and "YOJIRO  TERADA" share the key {@code yojiro terada};
 * "Jean-Pierre Jaussaud" and "Jean Pierre Jaussaud" share {@code jean pierre jaussaud}.
 * <p>
 * These keys and slugs are ids stored in graphs and seed files, so their rule stays as it is (ADR 0033): it is not the
 * name index's folding ({@link Folding#key}), which keeps Greek and Cyrillic accents, keeps an apostrophe inside a
 * word and folds more Latin letters (ð, ħ, ŋ …). Where the two agree they share code: the letters below fold as the
 * index folds them, and accents are dropped by {@link Folding#withoutMarks}.
 */
public final class Names {

    /** The Latin letters without an accent to drop that ids fold (and only these: more would change ids). */
    private static final String ID_LETTERS = "ßÆæŒœØøŁłĐđıÞþ";
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
        StringBuilder letters = new StringBuilder(name.length());
        name.strip().codePoints().forEach(c -> {
            if (ID_LETTERS.indexOf(c) >= 0) {
                letters.append(Folding.foldCodePoint(c));
            } else {
                letters.appendCodePoint(c);
            }
        });
        String folded = Folding.withoutMarks(letters.toString());
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
