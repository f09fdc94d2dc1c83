package io.paddock.resolve;

import java.util.List;

/**
 * One person as one source knows them, before resolution decides which graph node they are.
 *
 * @param source      the dataset or seed that names them, e.g. {@code lemans24}
 * @param name        the display name the source prints most often
 * @param spellings   every spelling the source uses for them (the name included)
 * @param nationality ISO two-letter code, or null
 * @param birthYear   year of birth, or null where the source does not give it
 * @param firstYear   first season the source has them racing, or null
 * @param lastYear    last such season, or null
 * @param evidence    what the source itself already decided (e.g. "flags FR 1950–1952, ES 1953")
 */
public record PersonClaim(String source, String name, List<String> spellings, String nationality, Integer birthYear,
                          Integer firstYear, Integer lastYear, List<String> evidence) {

    /**
     * Defensive copies.
     *
     * @param source      the dataset or seed that names them, e.g. {@code lemans24}
     * @param name        the display name the source prints most often
     * @param spellings   every spelling the source uses for them (the name included)
     * @param nationality ISO two-letter code, or null
     * @param birthYear   year of birth, or null where the source does not give it
     * @param firstYear   first season the source has them racing, or null
     * @param lastYear    last such season, or null
     * @param evidence    what the source itself already decided (e.g. "flags FR 1950–1952, ES 1953")
     */
    public PersonClaim {
        spellings = List.copyOf(spellings);
        evidence = List.copyOf(evidence);
    }

    /**
     * @return the normalised key of the display name
     */
    public String key() {
        return Names.key(name);
    }
}
