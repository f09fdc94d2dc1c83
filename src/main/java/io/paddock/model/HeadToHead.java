package io.paddock.model;

import java.util.List;

/**
 * Two drivers, teams or manufacturers compared over every session both took part in.
 *
 * @param a                 first side
 * @param b                 second side
 * @param duels             the sessions, oldest first
 * @param overall           races: who finished ahead overall
 * @param inClass           races: who finished ahead inside a class both ran in; null when no session is in a series
 *                          with classes
 * @param qualifying        qualifying: who was ahead overall
 * @param qualifyingInClass qualifying: who was ahead inside a class both ran in; null as {@code inClass}
 * @param winsA             overall race wins of A in these events
 * @param winsB             overall race wins of B in these events
 * @param classWinsA        class race wins of A in these events; null as {@code inClass}
 * @param classWinsB        class race wins of B in these events; null as {@code inClass}
 * @param sources           provenance
 * @param seriesHasClasses  whether any session compared is in a series with classes (Formula 1 has none)
 */
public record HeadToHead(Ref a, Ref b, List<Duel> duels, Score overall, Score inClass, Score qualifying,
                         Score qualifyingInClass, int winsA, int winsB, Integer classWinsA, Integer classWinsB,
                         List<String> sources, boolean seriesHasClasses) {

    /**
     * Defensive copies.
     *
     * @param a             first side
     * @param b             second side
     * @param duels         the sessions, oldest first
     * @param overall       races: who finished ahead overall
     * @param inClass       races: who finished ahead inside a class both ran in
     * @param qualifying    qualifying: who was ahead (overall where known, else in class)
     * @param winsA         overall race wins of A in these events
     * @param winsB         overall race wins of B in these events
     * @param classWinsA    class race wins of A in these events
     * @param classWinsB    class race wins of B in these events
     * @param sources       provenance
     * @param qualifyingInClass qualifying: who was ahead inside a class both ran in
     * @param seriesHasClasses  whether any session compared is in a series with classes
     */
    public HeadToHead {
        duels = List.copyOf(duels);
        sources = List.copyOf(sources);
    }

    /**
     * The comparisons a head-to-head can lead with, in the order it prefers them.
     */
    public enum Comparison {
        /** Races, overall positions. */
        RACES_OVERALL("races overall"),
        /** Races, positions inside a class both ran in. */
        RACES_IN_CLASS("races in class"),
        /** Qualifying, overall positions. */
        QUALIFYING_OVERALL("qualifying overall"),
        /** Qualifying, positions inside a class both ran in. */
        QUALIFYING_IN_CLASS("qualifying in class"),
        /** No session in which both have a known position. */
        NONE("no comparison");

        private final String words;

        Comparison(String words) {
            this.words = words;
        }

        /**
         * @return the comparison in a few words, e.g. {@code qualifying in class}
         */
        public String words() {
            return words;
        }
    }

    /**
     * @return the scores without the duels, as {@code PaddockQueries.headToHeadScore} reads them
     */
    public HeadToHeadScore score() {
        return new HeadToHeadScore(a, b, overall, inClass, qualifying, qualifyingInClass, winsA, winsB, classWinsA,
                classWinsB, sources, seriesHasClasses);
    }

    /**
     * @return the comparison the headline reports (see {@link HeadToHeadScore#headline()})
     */
    public Comparison headline() {
        return score().headline();
    }

    /**
     * @return the rule that decides who was ahead in a session ({@link AheadRule#TEXT})
     */
    public String aheadRule() {
        return AheadRule.TEXT;
    }

    /**
     * @return one line, leader first, saying which comparison it reports (see {@link HeadToHeadScore#summary()})
     */
    public String summary() {
        return score().summary();
    }
}
