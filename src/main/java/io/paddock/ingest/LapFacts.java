package io.paddock.ingest;

import io.paddock.ingest.Crews.Group;
import io.paddock.model.SessionType;

import java.util.List;

/** Laps: the race distance ("nach 394 Runden") and laps lost in the pits ("drei Runden an der Box"). */
final class LapFacts {

    private LapFacts() {
    }

    static void find(FactContext c) {
        for (int i = 0; i + 1 < c.tokens().size(); i++) {
            Integer n = Words.cardinal(c.w(i));
            if (n == null || !(c.w(i + 1).equals("runden") || c.w(i + 1).equals("laps"))) {
                continue;
            }
            if (c.w(i - 1).equals("nach") || c.w(i - 1).equals("after")) {
                c.add(new Fact.Laps(n), List.of(), SessionType.RACE, i - 1, i + 1, 0.7, true, "race distance in laps");
            } else if (c.has("box") || c.has("pits")) {
                Group g = c.nearest(i, true);
                if (g != null) {
                    c.add(new Fact.LapsLost(n), g.subjectsWithEntry(), SessionType.RACE, i, i + 1, 0.7, true, "laps lost in the pits");
                }
            }
        }
    }
}
