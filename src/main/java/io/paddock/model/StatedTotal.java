package io.paddock.model;

import java.util.List;

/**
 * A total an article states ("six overall wins in 2007"), as stated: never mixed with what is counted from the
 * results in the graph (see {@link CountedResults}).
 *
 * @param id        total id
 * @param metric    what is counted, e.g. {@code OVERALL_WINS}, {@code CLASS_WINS}, {@code PODIUMS}
 * @param value     the stated number
 * @param outOf     of how many (races, titles), where stated; else null
 * @param scope     {@code SEASON}, {@code SEASON_SO_FAR}, {@code CAREER} or {@code SPAN}
 * @param season    season year for season scopes, else null
 * @param fromYear  first year of a span, else null
 * @param toYear    last year of a span, else null
 * @param carClass  the class it counts in, or null
 * @param circuit   the circuit it counts at, or null
 * @param asOf      the event it was stated after ("so far"), or null
 * @param subjects  whose total it is (two drivers for a pair sharing a car)
 * @param note      a short curated note, or null
 * @param inferred  why it was worked out rather than printed, or null
 * @param sources   provenance
 */
public record StatedTotal(String id, String metric, long value, Integer outOf, String scope, Integer season,
                          Integer fromYear, Integer toYear, Ref carClass, Ref circuit, EventRef asOf, List<Ref> subjects,
                          String note, String inferred, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param id        total id
     * @param metric    what is counted, e.g. {@code OVERALL_WINS}, {@code CLASS_WINS}, {@code PODIUMS}
     * @param value     the stated number
     * @param outOf     of how many (races, titles), where stated; else null
     * @param scope     {@code SEASON}, {@code SEASON_SO_FAR}, {@code CAREER} or {@code SPAN}
     * @param season    season year for season scopes, else null
     * @param fromYear  first year of a span, else null
     * @param toYear    last year of a span, else null
     * @param carClass  the class it counts in, or null
     * @param circuit   the circuit it counts at, or null
     * @param asOf      the event it was stated after ("so far"), or null
     * @param subjects  whose total it is (two drivers for a pair sharing a car)
     * @param note      a short curated note, or null
     * @param inferred  why it was worked out rather than printed, or null
     * @param sources   provenance
     */
    public StatedTotal {
        subjects = List.copyOf(subjects);
        sources = List.copyOf(sources);
    }
}
