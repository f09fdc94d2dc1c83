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
                          Integer firstYear, Integer lastYear, List<String> evidence, String partnerSource) {

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
     * @param partnerSource a source that describes the same people (F1DB for Ergast and back), or null: where
     *                      several known people fit the claim and exactly one of them is that source's, it is that one
     */
    public PersonClaim {
        spellings = List.copyOf(spellings);
        evidence = List.copyOf(evidence);
    }

    /**
     * A claim without a partner source.
     *
     * @param source      the dataset or seed that names them
     * @param name        the display name
     * @param spellings   every spelling the source uses
     * @param nationality ISO two-letter code, or null
     * @param birthYear   year of birth, or null
     * @param firstYear   first season, or null
     * @param lastYear    last season, or null
     * @param evidence    what the source itself already decided
     */
    public PersonClaim(String source, String name, List<String> spellings, String nationality, Integer birthYear,
                       Integer firstYear, Integer lastYear, List<String> evidence) {
        this(source, name, spellings, nationality, birthYear, firstYear, lastYear, evidence, null);
    }
}
