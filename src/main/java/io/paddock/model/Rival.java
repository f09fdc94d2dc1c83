package io.paddock.model;

import java.util.List;

/**
 * A driver met in the same class, or (overall rivals) in the fight for overall positions.
 *
 * @param driver   the rival
 * @param meetings events where both raced in one class (in different cars); overall: races where both cars have a
 *                 known overall position
 * @param ahead    races the asked-about driver finished ahead in class (overall: ahead overall)
 * @param behind   races the rival finished ahead in class (overall: ahead overall)
 * @param classes  the classes they met in (overall: the rival's classes in those races)
 * @param sources  provenance
 * @param series   the series they met in, in the order of their first meeting
 */
public record Rival(Ref driver, int meetings, int ahead, int behind, List<String> classes, List<String> sources,
                    List<Ref> series) {

    /**
     * Defensive copies.
     *
     * @param driver   the rival
     * @param meetings events where both raced in one class (in different cars)
     * @param ahead    races the asked-about driver finished ahead in class
     * @param behind   races the rival finished ahead in class
     * @param classes  the classes they met in
     * @param sources  provenance
     * @param series   the series they met in, in the order of their first meeting
     */
    public Rival {
        classes = List.copyOf(classes);
        sources = List.copyOf(sources);
        series = List.copyOf(series);
    }

    /**
     * @return the head-to-head as printed, e.g. {@code 2 – 0}
     */
    public String score() {
        return ahead + " – " + behind;
    }
}
