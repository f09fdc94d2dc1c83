package io.paddock.ingest;

import io.paddock.ingest.Crews.Group;

import java.math.BigDecimal;

/** Margins: "0,923 Sekunden Rückstand", "zwei Zehntelsekunden geschlagen", for the sentence's first crew. */
final class MarginFacts {

    private MarginFacts() {
    }

    static void find(FactContext c) {
        // An improved time or a lead is not a margin behind.
        if (c.has("verbessert") || c.has("verbesserte") || c.has("vorsprung") || c.has("rundenrekord") || c.has("schneller")) {
            return;
        }
        if (!(c.has("ruckstand") || c.has("geschlagen") || c.has("behind") || c.hasPrefix("ruckstand"))) {
            return;
        }
        for (int i = 0; i + 1 < c.tokens().size(); i++) {
            String value = Words.decimal(c.w(i));
            if (value == null) {
                continue;
            }
            String unit = c.w(i + 1);
            String seconds = null;
            if (Words.SECONDS.contains(unit)) {
                seconds = value;
            } else if (unit.equals("hundertstelsekunden")) {
                seconds = new BigDecimal(value).movePointLeft(2).stripTrailingZeros().toPlainString();
            } else if (unit.equals("zehntelsekunden")) {
                seconds = new BigDecimal(value).movePointLeft(1).stripTrailingZeros().toPlainString();
            }
            Group first = c.crews().firstEligible();
            if (seconds != null && first != null) {
                c.add(new Fact.Gap(new BigDecimal(seconds)), first.subjectsWithEntry(), c.session(), i, i + 1, 0.8, true,
                        "seconds behind");
            }
        }
    }
}
