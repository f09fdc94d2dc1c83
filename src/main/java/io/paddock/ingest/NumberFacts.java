package io.paddock.ingest;

import io.paddock.ingest.Crews.Group;

/** Car numbers: "Startnummer 7", "number 7", for the crew nearest the word. */
final class NumberFacts {

    private NumberFacts() {
    }

    static void find(FactContext c) {
        for (int i = 0; i + 1 < c.tokens().size(); i++) {
            if (c.w(i).equals("startnummer") || c.w(i).equals("number") || c.w(i).equals("nummer")) {
                Integer n = Words.cardinal(c.w(i + 1));
                Group g = c.nearest(i, false);
                if (n != null && g != null) {
                    c.add(new Fact.CarNumber(String.valueOf(n)), g.subjects(), null, i, i + 1, 0.8, true, "car number printed");
                }
            }
        }
    }
}
