package io.paddock.ingest;

import io.paddock.ingest.Text.Sentence;
import io.paddock.ingest.Text.Token;

import java.util.List;

/**
 * One sentence as the fact patterns read it: its tokens, the names found in it, and its folded words.
 *
 * @param sentence   the sentence
 * @param tokens     its tokens
 * @param inSentence the linked or new names inside it
 * @param words      its folded tokens joined by spaces, with a space before and after
 */
record Clause(Sentence sentence, List<Token> tokens, List<Mention> inSentence, String words) {

    Clause(Sentence sentence, List<Token> tokens, List<Mention> inSentence) {
        this(sentence, tokens, inSentence, " " + String.join(" ", tokens.stream().map(Token::folded).toList()) + " ");
    }

    int tokenOf(int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() <= offset && offset < tokens.get(i).end()) {
                return i;
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).start() >= offset) {
                return i;
            }
        }
        return tokens.size() - 1;
    }

    int lastTokenOf(Mention m) {
        return tokenOf(m.end() - 1);
    }

    boolean has(String word) {
        return words.contains(" " + word + " ");
    }

    boolean hasPrefix(String prefix) {
        return words.contains(" " + prefix);
    }

    /** @return the folded token at i, or "" outside the sentence */
    String w(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i).folded() : "";
    }

    Mention mentionAt(int k) {
        Token t = tokens.get(k);
        return inSentence.stream().filter(m -> m.start() <= t.start() && t.end() <= m.end()).findFirst().orElse(null);
    }

    boolean insideMention(int k) {
        Token t = tokens.get(k);
        return inSentence.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end());
    }

    /** "hinter den … <car>", "gegen den <car>": a rival's car, not the crew's. */
    boolean rivalBefore(int at) {
        return rivalBefore(at, 8);
    }

    boolean rivalBefore(int at, int window) {
        for (int back = 1; back <= window && at - back >= 0; back++) {
            if (Words.RIVAL_BEFORE.contains(w(at - back))) {
                return true;
            }
        }
        return false;
    }

    boolean afterVor(int at) {
        for (int back = 1; back <= 4 && at - back >= 0; back++) {
            if (Words.AHEAD_OR_AGAINST.contains(w(at - back))) {
                return true;
            }
        }
        return false;
    }
}
