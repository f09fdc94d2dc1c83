package io.paddock.internal.resolve;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Nationalities as ISO 3166 two-letter codes, the form the seed uses, from the forms the datasets print: Ergast's
 * English demonyms ("British", "Argentinian ") and Le Mans' three-letter codes, including the non-ISO ones it
 * uses (LUD for Luxembourg, SCO, RAF and WFS for neutral-flag Russians, and codes of former states).
 */
public final class Nationalities {

    private static final Map<String, String> ALPHA3 = new HashMap<>();
    private static final Map<String, String> DEMONYMS = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            ALPHA3.put(new Locale("", alpha2).getISO3Country(), alpha2);
        }
        // Codes Le Mans uses that are not current ISO alpha-3.
        ALPHA3.put("LUD", "LU");
        ALPHA3.put("SCO", "GB");
        ALPHA3.put("RAF", "RU");
        ALPHA3.put("WFS", "RU");
        ALPHA3.put("CSHH", "CS");
        ALPHA3.put("DDDE", "DD");
        ALPHA3.put("RHZW", "RH");
        ALPHA3.put("QAR", "QA");
        String[][] demonyms = {
                {"american", "US"}, {"american-italian", "US"}, {"argentine", "AR"}, {"argentinian", "AR"},
                {"argentine-italian", "AR"}, {"australian", "AU"}, {"austrian", "AT"}, {"belgian", "BE"},
                {"brazilian", "BR"}, {"british", "GB"}, {"canadian", "CA"}, {"chilean", "CL"}, {"chinese", "CN"},
                {"colombian", "CO"}, {"czech", "CZ"}, {"danish", "DK"}, {"dutch", "NL"}, {"east german", "DD"},
                {"finnish", "FI"}, {"french", "FR"}, {"german", "DE"}, {"hungarian", "HU"}, {"indian", "IN"},
                {"indonesian", "ID"}, {"irish", "IE"}, {"italian", "IT"}, {"japanese", "JP"},
                {"liechtensteiner", "LI"}, {"malaysian", "MY"}, {"mexican", "MX"}, {"monegasque", "MC"},
                {"new zealander", "NZ"}, {"polish", "PL"}, {"portuguese", "PT"}, {"rhodesian", "RH"},
                {"russian", "RU"}, {"south african", "ZA"}, {"spanish", "ES"}, {"swedish", "SE"}, {"swiss", "CH"},
                {"thai", "TH"}, {"uruguayan", "UY"}, {"venezuelan", "VE"}, {"moroccan", "MA"}};
        for (String[] demonym : demonyms) {
            DEMONYMS.put(demonym[0], demonym[1]);
        }
    }

    private static final Map<String, String> COUNTRY_NAMES = new HashMap<>();

    static {
        for (String alpha2 : Locale.getISOCountries()) {
            COUNTRY_NAMES.put(new Locale("", alpha2).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), alpha2);
        }
        COUNTRY_NAMES.put("uk", "GB");
        COUNTRY_NAMES.put("usa", "US");
        COUNTRY_NAMES.put("uae", "AE");
        COUNTRY_NAMES.put("korea", "KR");
        COUNTRY_NAMES.put("russia", "RU");
    }

    private Nationalities() {
    }

    /**
     * @param country an English country name as Ergast prints it, e.g. {@code UK}, {@code United States}
     * @return the ISO two-letter code, or null when unknown
     */
    public static String ofCountryName(String country) {
        return country == null ? null : COUNTRY_NAMES.get(country.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * @param demonym an English demonym as Ergast prints it, e.g. {@code British}
     * @return the ISO two-letter code, or null when unknown or blank
     */
    public static String ofDemonym(String demonym) {
        return demonym == null ? null : DEMONYMS.get(demonym.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * @param code a three-letter code as Le Mans prints it, e.g. {@code GBR} or {@code LUD}
     * @return the ISO two-letter code, or null when unknown or blank
     */
    public static String ofAlpha3(String code) {
        return code == null ? null : ALPHA3.get(code.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether two codes can name one person's nationality: equal, or one of them unknown. East and West Germany
     * and Germany are treated as compatible, as are the Soviet successor codes.
     *
     * @param a a two-letter code or null
     * @param b another
     * @return false only when both are known and disagree
     */
    public static boolean compatible(String a, String b) {
        if (a == null || b == null) {
            return true;
        }
        return canonical(a).equals(canonical(b));
    }

    private static String canonical(String code) {
        return switch (code) {
            case "DD" -> "DE";
            case "RH" -> "ZW";
            case "CS" -> "CZ";
            default -> code;
        };
    }
}
