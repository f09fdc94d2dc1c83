package io.paddock.ingest;

import io.paddock.ingest.Crews.Group;

import java.math.BigDecimal;
import java.util.List;

/** Lap records: "verbesserte den Rundenrekord um 1,6 Sekunden", a personal best against last year's time. */
final class LapRecordFacts {

    private LapRecordFacts() {
    }

    static void find(FactContext c) {
        if (!(c.hasPrefix("verbessert"))) {
            return;
        }
        String kind = c.has("rundenrekord") ? "CIRCUIT_RECORD" : c.has("bestzeit") && (c.has("vorjahr") || c.has("vorjahres"))
                ? "PERSONAL_BEST" : null;
        if (kind == null) {
            return;
        }
        for (int i = 0; i + 1 < c.tokens().size(); i++) {
            String value = Words.decimal(c.w(i));
            if (value != null && Words.SECONDS.contains(c.w(i + 1))) {
                Group g = "PERSONAL_BEST".equals(kind) ? c.crews().all().stream().findFirst().orElse(null) : c.nearest(i, true);
                if (g != null) {
                    c.add(new Fact.LapRecord(kind, new BigDecimal(value)), List.of("driver:" + g.drivers.get(0).id()), null,
                            g.firstToken, i + 1, 0.7, true, "lap time improved by");
                }
            }
        }
    }
}
