package io.paddock.ingest;

import io.paddock.ingest.Crews.Group;
import io.paddock.ingest.Text.Token;
import io.paddock.model.SessionType;

import java.util.ArrayList;
import java.util.List;

/**
 * Places overall and in class, in the race or qualifying: "Platz N", ordinals ("Dritter", "finished second"), wins,
 * poles, fastest times; a class place also gives the crew the paragraph's class, and a win overall a class win.
 */
final class PositionFacts {

    private PositionFacts() {
    }

    static void find(FactContext c) {
        List<Token> tokens = c.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            String word = c.w(i);
            Token t = tokens.get(i);
            if ((word.equals("platz") || word.equals("rang") || word.equals("startplatz")) && Words.cardinal(c.w(i + 1)) != null) {
                position(c, i, Words.cardinal(c.w(i + 1)), scopeAround(c, i), word.equals("startplatz") ? SessionType.QUALIFYING : null,
                        0.8, true, "'Platz N'");
            } else if ((word.equals("platz") || word.equals("rang") || word.equals("place")) && Words.ordinal(c.w(i - 1)) != null
                    && !tokens.get(i - 1).capitalised()) {
                position(c, i - 1, Words.ordinal(c.w(i - 1)), scopeAround(c, i), null, 0.8, true, "ordinal place");
            } else if (t.capitalised() && Character.isLetter(t.original().charAt(0)) && Words.ordinal(word) != null
                    && (word.endsWith("er") || word.endsWith("e")) && !word.startsWith("erst")
                    && !(i + 1 < tokens.size() && tokens.get(i + 1).capitalised() && !c.clause().insideMention(i + 1))) {
                String scope = word.startsWith("klassen") ? "CLASS" : c.w(i - 1).equals("gesamt") || word.startsWith("gesamt") ? "OVERALL" : "AUTO";
                position(c, i, Words.ordinal(word), scope, null, 0.7, true, "ordinal as a noun ('Dritter')");
            } else if (Words.FINISH_VERBS.contains(c.w(i - 1)) && Words.ordinal(word) != null && !t.capitalised()) {
                // English: "finished second overall", "qualified third in class".
                String scope = c.w(i + 1).equals("overall") ? "OVERALL" : c.w(i + 1).equals("in") && c.w(i + 2).equals("class")
                        ? "CLASS" : "AUTO";
                position(c, i, Words.ordinal(word), scope, c.w(i - 1).equals("qualified") ? SessionType.QUALIFYING : null, 0.75, true,
                        "'finished N'");
            } else if (word.equals("win") && c.w(i - 1).equals("class") || word.equals("won") && c.has("class")) {
                position(c, i, 1, "CLASS", SessionType.RACE, 0.6, true, "class win");
            } else if (word.endsWith("schnellste") && c.w(i + 1).equals("zeit")) {
                int n = word.equals("schnellste") ? 1 : word.startsWith("zweit") ? 2 : word.startsWith("dritt") ? 3 : 0;
                if (n > 0) {
                    position(c, i, n, c.classScope() ? "CLASS" : "AUTO", SessionType.QUALIFYING, 0.75, true, "'schnellste Zeit'");
                }
            } else if (word.equals("pole") && !c.has("titelrennens") || word.equals("polesitter")) {
                position(c, i, 1, "OVERALL", SessionType.QUALIFYING, 0.6, true, "pole position");
            } else if (word.equals("spitzenreiter") && c.has("ziel")) {
                position(c, i, 1, "CLASS", SessionType.RACE, 0.7, true, "'Spitzenreiter der Klasse … ins Ziel'");
            } else if (word.equals("klassensieg") && !negated(c, i)) {
                position(c, i, 1, "CLASS", SessionType.RACE, 0.65, true, "class win");
            } else if ((word.equals("sieg") || word.equals("gesamtsieg")) && !negated(c, i) && !c.w(i - 1).equals("dreifach")) {
                position(c, i, 1, word.equals("gesamtsieg") ? "OVERALL" : "AUTO", SessionType.RACE, 0.6, true, "win");
            } else if (word.equals("geschlagen") && (c.has("gesamtwertung") || c.has("gesamtsieg"))
                    && (c.has("lediglich") || c.has("nur"))) {
                beatenOnlyByOne(c, i);
            }
        }
    }

    /** "lediglich einem <car> geschlagen": the crew was second overall, and that car won. */
    private static void beatenOnlyByOne(FactContext c, int i) {
        Group first = c.crews().firstEligible();
        if (first != null) {
            c.add(new Fact.Position(2), first.subjectsWithEntry(), SessionType.RACE, first.firstToken, i, 0.6, true,
                    "beaten only by one car overall");
        }
        for (Mention car : c.inSentence()) {
            int at = c.tokenOf(car.start());
            if ("car".equals(car.kind()) && at > 0 && c.w(at - 1).equals("einem") && c.w(at - 2).equals("lediglich")) {
                c.add(new Fact.Position(1), List.of("car:" + car.id()), SessionType.RACE, at, i, 0.5, false,
                        "the one car that beat them overall won");
                c.add(new Fact.ClassPosition(1), List.of("car:" + car.id()), SessionType.RACE, at, i, 0.4, false,
                        "won overall, so won its class");
            }
        }
    }

    private static List<String> resultSubjects(FactContext c, int token) {
        Group g = c.nearest(token, true);
        if (g != null) {
            return g.subjectsWithEntry();
        }
        List<String> out = new ArrayList<>();
        Mention best = null;
        for (Mention m : c.inSentence()) {
            if (("team".equals(m.kind()) || "car".equals(m.kind()))
                    && (best == null || Math.abs(c.tokenOf(m.start()) - token) < Math.abs(c.tokenOf(best.start()) - token))) {
                best = m;
            }
        }
        if (best != null) {
            out.add(best.kind() + ":" + best.id());
        }
        return out;
    }

    private static void position(FactContext c, int token, int n, String scope, SessionType sessionOverride, double confidence,
                                 boolean stated, String evidence) {
        SessionType s = sessionOverride != null ? sessionOverride : c.session();
        boolean inClass;
        if ("OVERALL".equals(scope)) {
            inClass = false;
        } else if ("CLASS".equals(scope)) {
            inClass = true;
        } else {
            inClass = c.classScope() || c.w(token - 1).equals("gesamt") ? !c.w(token - 1).equals("gesamt") : false;
        }
        List<String> subjects = resultSubjects(c, token);
        c.add(inClass ? new Fact.ClassPosition(n) : new Fact.Position(n), subjects, s, token, token, confidence, stated, evidence);
        Group g = c.nearest(token, true);
        String paragraphOrSentence = c.boundClass() != null ? c.boundClass().id() : c.classes().paragraph();
        if (inClass && g != null && g.carEntity == null && paragraphOrSentence != null && !c.classes().knowsAny(g)) {
            c.add(new Fact.CarClass(paragraphOrSentence), g.subjects(), null, token, token, 0.5, false,
                    "placed in class; the class the paragraph names");
            c.classes().remember(g, paragraphOrSentence);
        }
        if (!inClass && n == 1) {
            c.add(new Fact.ClassPosition(1), subjects, s, token, token, confidence * 0.8, false, "first overall, so first in class");
        }
    }

    /** "um den Sieg", "ohne Sieg", "Sieg knapp verpasst", "Sieg der …wertung": no win of this race. */
    private static boolean negated(FactContext c, int i) {
        for (int back = 1; back <= 3; back++) {
            if (Words.NEGATIONS_BEFORE.contains(c.w(i - back))) {
                return true;
            }
        }
        return Words.NEAR_MISS_AFTER.contains(c.w(i + 1)) || c.w(i + 1).equals("der") && c.w(i + 2).endsWith("wertung");
    }

    private static String scopeAround(FactContext c, int i) {
        for (int k = Math.max(0, i - 3); k <= Math.min(c.tokens().size() - 1, i + 4); k++) {
            if (c.w(k).startsWith("gesamt") || c.w(k).equals("overall")) {
                return "OVERALL";
            }
            if (c.w(k).contains("klasse") || c.w(k).equals("class")) {
                return "CLASS";
            }
        }
        return "AUTO";
    }
}
