package io.paddock.model;

import java.util.List;

/**
 * Two drivers, teams or manufacturers compared over every session both took part in.
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
 */
public record HeadToHead(Ref a, Ref b, List<Duel> duels, Score overall, Score inClass, Score qualifying,
                         int winsA, int winsB, int classWinsA, int classWinsB, List<String> sources) {

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
     */
    public HeadToHead {
        duels = List.copyOf(duels);
        sources = List.copyOf(sources);
    }

    /**
     * @return one line, leader first, e.g. {@code Rinaldo Capello 2 – 0 Romain Dumas (overall, races)}
     */
    public String summary() {
        Score score = overall.a() + overall.b() > 0 ? overall : inClass;
        String what = overall.a() + overall.b() > 0 ? "overall" : "in class";
        if (score.a() + score.b() == 0) {
            return a.name() + " – " + b.name() + ": no race both finished with a known position";
        }
        return score.b() > score.a()
                ? b.name() + " " + score.b() + " – " + score.a() + " " + a.name() + " (" + what + ", races)"
                : a.name() + " " + score.a() + " – " + score.b() + " " + b.name() + " (" + what + ", races)";
    }
}
