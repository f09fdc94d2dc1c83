package io.paddock.ingest;

import io.paddock.ingest.Crews.Group;

import java.util.List;

/** Championship places: titles won, runners-up, defending champions, leaders of the standings, series winners. */
final class StandingFacts {

    private StandingFacts() {
    }

    static void find(FactContext c) {
        boolean negative = c.has("nicht") || c.has("kein") || c.has("not");
        for (int index = 0; index < c.tokens().size(); index++) {
            final int i = index;
            String word = c.w(i);
            if ((word.equals("fahrertitel") || word.equals("titel") || word.equals("title")) && !negative
                    && (c.hasPrefix("gewonnen") || c.has("gewinnen") || c.has("won"))) {
                // The crew nearest the title word won it; a speaker named earlier in the sentence did not.
                Group g = c.nearest(i, false);
                if (g != null) {
                    c.add(new Fact.Standing(c.standingClass(g), 1, true), g.subjects(), null, g.firstToken, i, 0.7, true, "title won");
                }
            } else if (word.equals("titelgewinn") && !negative) {
                Group g = c.nearest(i, false);
                if (g != null) {
                    c.add(new Fact.Standing(c.standingClass(g), 1, true), g.subjects(), null, g.firstToken, i, 0.6, true, "title won");
                }
            } else if (word.equals("titelverteidiger")) {
                c.crews().all().stream().filter(g -> g.firstToken > i).findFirst().ifPresent(g -> c.add(
                        new Fact.Standing(c.standingClass(g), 1, true), List.of("driver:" + g.drivers.get(0).id()), null,
                        i, g.firstToken, 0.6, true, "defending champion: title of the previous season"));
            } else if (word.equals("vizemeisterschaft") || word.equals("vizemeister")) {
                Group g = c.nearest(i, true);
                if (g != null) {
                    c.add(new Fact.Standing(c.standingClass(g), 2, true), g.subjects(), null, g.firstToken, i, 0.7, true, "runner-up");
                }
            } else if (word.startsWith("tabellenfuhrer") || word.equals("meisterschaft") && (c.has("anfuhrt") || c.has("anfuhren"))) {
                leader(c, i);
            } else if (word.equals("sieger") && c.w(i + 1).equals("der") && c.w(i + 3).endsWith("wertung")
                    || word.equals("sieger") && c.w(i + 1).equals("der") && c.w(i + 2).endsWith("wertung")) {
                Group g = c.nearest(i, true);
                if (g != null) {
                    c.add(new Fact.Standing(c.standingClass(g), 1, true), g.subjects(), null, g.firstToken, i, 0.7, true,
                            "winner of the standings");
                }
            } else if ((word.equals("gewinnt") || word.equals("gewann")) && c.inSentence().stream().anyMatch(m -> "series".equals(m.kind()))
                    && !negative) {
                c.inSentence().stream().filter(m -> "team".equals(m.kind())).findFirst().ifPresent(m -> c.add(
                        new Fact.Standing(null, 1, true), List.of("team:" + m.id()), null, c.tokenOf(m.start()), i, 0.5, true,
                        "wins the series"));
            }
        }
    }

    /** "Tabellenführer", "führt die Meisterschaft an": every crew of the sentence, else its team, leads. */
    private static void leader(FactContext c, int i) {
        if (!c.crews().isEmpty()) {
            for (Group g : c.crews().all()) {
                c.add(new Fact.Standing(c.standingClass(g), 1, false), g.subjects(), null, g.firstToken, i, 0.6, true,
                        "leads the championship");
            }
        } else {
            c.inSentence().stream().filter(m -> "team".equals(m.kind())).findFirst().ifPresent(m -> c.add(
                    new Fact.Standing(c.standingClass(null), 1, false), List.of("team:" + m.id()), null, i,
                    c.tokenOf(m.start()), 0.5, true, "leads the championship"));
        }
    }
}
