package io.paddock.model;

import java.util.List;

/**
 * The scores of a head-to-head without its duels: the summary line a notebook or a dashboard asks for, read without
 * the event-by-event table ({@code PaddockQueries.headToHeadScore}). Equal to {@link HeadToHead#score()} of the same
 * question.
 *
 * @param a                 first side
 * @param b                 second side
 * @param overall           races: who finished ahead overall
 * @param inClass           races: who finished ahead inside a class both ran in; null when no session is in a series
 *                          with classes
 * @param qualifying        qualifying: who was ahead overall
 * @param qualifyingInClass qualifying: who was ahead inside a class both ran in; null as {@code inClass}
 * @param winsA             overall race wins of A in these events
 * @param winsB             overall race wins of B in these events
 * @param classWinsA        class race wins of A in these events; null as {@code inClass}
 * @param classWinsB        class race wins of B in these events; null as {@code inClass}
 * @param sources           provenance: the sources of every result compared
 * @param seriesHasClasses  whether any session compared is in a series with classes (Formula 1 has none)
 */
public record HeadToHeadScore(Ref a, Ref b, Score overall, Score inClass, Score qualifying, Score qualifyingInClass,
                              int winsA, int winsB, Integer classWinsA, Integer classWinsB, List<String> sources,
                              boolean seriesHasClasses) {

    /**
     * Defensive copy.
     *
     * @param a                 first side
     * @param b                 second side
     * @param overall           races: who finished ahead overall
     * @param inClass           races: who finished ahead inside a class both ran in
     * @param qualifying        qualifying: who was ahead overall
     * @param qualifyingInClass qualifying: who was ahead inside a class both ran in
     * @param winsA             overall race wins of A in these events
     * @param winsB             overall race wins of B in these events
     * @param classWinsA        class race wins of A in these events
     * @param classWinsB        class race wins of B in these events
     * @param sources           provenance
     * @param seriesHasClasses  whether any session compared is in a series with classes
     */
    public HeadToHeadScore {
        sources = List.copyOf(sources);
    }

    /**
     * @return the comparison the headline reports: races overall where both have overall race positions, else races
     *         in class, else qualifying overall, else qualifying in class, else {@link HeadToHead.Comparison#NONE}
     */
    public HeadToHead.Comparison headline() {
        if (overall.played() > 0) {
            return HeadToHead.Comparison.RACES_OVERALL;
        }
        if (inClass != null && inClass.played() > 0) {
            return HeadToHead.Comparison.RACES_IN_CLASS;
        }
        if (qualifying.played() > 0) {
            return HeadToHead.Comparison.QUALIFYING_OVERALL;
        }
        return qualifyingInClass != null && qualifyingInClass.played() > 0
                ? HeadToHead.Comparison.QUALIFYING_IN_CLASS : HeadToHead.Comparison.NONE;
    }

    /**
     * @return one line, leader first, saying which comparison it reports, e.g. {@code Rinaldo Capello 2 – 0 Romain
     *         Dumas (races overall)}; where the races do not compare, the qualifying result, and why
     */
    public String summary() {
        HeadToHead.Comparison headline = headline();
        Score score = switch (headline) {
            case RACES_OVERALL -> overall;
            case RACES_IN_CLASS -> inClass;
            case QUALIFYING_OVERALL -> qualifying;
            case QUALIFYING_IN_CLASS -> qualifyingInClass;
            case NONE -> null;
        };
        if (score == null) {
            return a.name() + " – " + b.name() + ": no session both finished with a known position";
        }
        String why = headline == HeadToHead.Comparison.QUALIFYING_OVERALL || headline == HeadToHead.Comparison.QUALIFYING_IN_CLASS
                ? "; no race both finished with a known position" : "";
        String what = " (" + headline.words() + why + ")";
        return score.b() > score.a()
                ? b.name() + " " + score.b() + " – " + score.a() + " " + a.name() + what
                : a.name() + " " + score.a() + " – " + score.b() + " " + b.name() + what;
    }
}
