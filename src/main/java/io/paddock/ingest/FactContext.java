package io.paddock.ingest;

import io.paddock.ingest.Text.Token;
import io.paddock.model.SessionType;

import java.util.List;

/**
 * What every fact pattern reads about one sentence, and where its proposals go.
 *
 * @param clause           the sentence, its tokens and names
 * @param crews            its crews, bound to teams and cars
 * @param session          {@link SessionType#QUALIFYING} when the sentence (or the report's first paragraph) speaks
 *                         of it, else {@link SessionType#RACE}
 * @param classScope       the paragraph has spoken of a class so far, so a bare place is a class place
 * @param previousSubjects who the previous sentence of the paragraph was about (for "er", "sie")
 * @param classes          the classes named so far in the report
 * @param kb               what the linker knows
 * @param out              the proposals, in the order found
 */
record FactContext(Clause clause, Crews crews, SessionType session, boolean classScope, List<String> previousSubjects,
                   ClassMemory classes, KnowledgeBase kb, List<FactProposal> out) {

    List<Token> tokens() {
        return clause.tokens();
    }

    List<Mention> inSentence() {
        return clause.inSentence();
    }

    String w(int i) {
        return clause.w(i);
    }

    boolean has(String word) {
        return clause.has(word);
    }

    boolean hasPrefix(String prefix) {
        return clause.hasPrefix(prefix);
    }

    int tokenOf(int offset) {
        return clause.tokenOf(offset);
    }

    Crews.Group nearest(int token, boolean preferBefore) {
        return crews.nearest(token, preferBefore);
    }

    /** Proposes a fact whose evidence runs over the tokens between the two given; one about nobody is dropped. */
    void add(Fact fact, List<String> subjects, SessionType factSession, int fromToken, int toToken, double confidence,
             boolean stated, String evidence) {
        if (subjects.isEmpty() && !(fact instanceof Fact.Laps)) {
            return;
        }
        List<Token> tokens = tokens();
        Token from = tokens.get(Math.max(0, Math.min(fromToken, toToken)));
        Token to = tokens.get(Math.min(tokens.size() - 1, Math.max(fromToken, toToken)));
        String graphValue = factSession == null ? null : factSession.graphValue();
        out.add(new FactProposal(fact, subjects, graphValue, clause.sentence().paragraph(), from.start(), to.end(),
                confidence, stated, evidence));
    }

    /**
     * The sentence's one class, when printed as a class ("in der Klasse X", "der X-Klasse", "der einzige X") and
     * no other car of the sentence could own it; else null.
     */
    Mention boundClass() {
        // A class after "vor" ("vor den X-Fahrzeugen") is the rivals' class.
        List<Mention> named = inSentence().stream()
                .filter(m -> "class".equals(m.kind()) && !clause.afterVor(tokenOf(m.start()))).toList();
        if (named.size() != 1) {
            return null;
        }
        Mention c = named.get(0);
        int at = tokenOf(c.start());
        boolean printedAsClass = Words.CLASS_AFTER.contains(w(clause.lastTokenOf(c) + 1));
        for (int back = 1; back <= 2; back++) {
            if (Words.CLASS_BEFORE.contains(w(at - back))) {
                printedAsClass = true;
            }
        }
        boolean otherCar = inSentence().stream().anyMatch(m -> "car".equals(m.kind())
                && crews.all().stream().noneMatch(g -> g.car == m));
        return printedAsClass && !otherCar ? c : null;
    }

    /** A crew's class: its car's, else the sentence's one class, else one given its drivers before; or null. */
    String classOf(Crews.Group g) {
        if (g != null && g.carEntity != null && g.carEntity.carClass() != null) {
            return g.carEntity.carClass();
        }
        Mention bound = boundClass();
        if (bound != null) {
            return bound.id();
        }
        return g == null ? null : classes.of(g);
    }

    /** The class of the championship a crew's standing is in; null when no class is known. */
    String standingClass(Crews.Group g) {
        return classes.orRecent(classOf(g));
    }
}
