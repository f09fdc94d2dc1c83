package io.paddock.ingest;

import io.paddock.internal.text.Folding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report cut into paragraphs (blank-line separated, counted from 1 as the seed's provenance counts them),
 * sentences and folded tokens. Folding is the name index's ({@link Folding}: Unicode word breaks, ASCII folding of
 * Latin letters, lower case, with the JDK alone, so ingest runs without Lucene on the class path), so "Mücke",
 * "MÜCKE" and "Mucke" are one token, and a name folds here as the index folds it.
 */
final class Text {

    /** A word as the index folds it, with its place in the document and its spelling there. */
    record Token(String folded, String original, int start, int end, int paragraph, int sentence) {

        boolean capitalised() {
            return !original.isEmpty() && (Character.isUpperCase(original.charAt(0)) || Character.isDigit(original.charAt(0)));
        }
    }

    /** A sentence: its paragraph, character span and tokens (indexes into {@link #tokens}). */
    record Sentence(int index, int paragraph, int start, int end, int firstToken, int endToken) {
    }

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    /** A sentence ends at . ! ? (optionally followed by a closing quote) before a capital or quote, or at a line end. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"“”]?)\\s+(?=[\"„“A-ZÄÖÜ])|\\n|(?<=[.!?][\"“”])(?=[A-ZÄÖÜ])");

    final String content;
    final List<Token> tokens = new ArrayList<>();
    final List<Sentence> sentences = new ArrayList<>();
    final int paragraphs;

    Text(String content) {
        this.content = content;
        int paragraph = 0;
        int at = 0;
        Matcher breaks = PARAGRAPH_BREAK.matcher(content);
        List<int[]> spans = new ArrayList<>();
        while (breaks.find()) {
            spans.add(new int[]{at, breaks.start()});
            at = breaks.end();
        }
        spans.add(new int[]{at, content.length()});
        for (int[] span : spans) {
            if (content.substring(span[0], span[1]).isBlank()) {
                continue;
            }
            paragraph++;
            cutSentences(paragraph, span[0], span[1]);
        }
        this.paragraphs = paragraph;
    }

    private void cutSentences(int paragraph, int from, int to) {
        Matcher ends = SENTENCE_END.matcher(content).region(from, to);
        int at = from;
        while (ends.find()) {
            if (ordinalDot(ends.start())) {
                // "seine 16. Bestzeit", "zum 8. Lauf": a German ordinal, not the end of a sentence.
                continue;
            }
            addSentence(paragraph, at, ends.start());
            at = ends.end();
        }
        addSentence(paragraph, at, to);
    }

    /** True when the text before {@code at} is a dot after a number standing alone ("16.", "8."), not "R10.". */
    private boolean ordinalDot(int at) {
        if (at < 2 || content.charAt(at - 1) != '.' || !Character.isDigit(content.charAt(at - 2))) {
            return false;
        }
        int k = at - 2;
        while (k >= 0 && Character.isDigit(content.charAt(k))) {
            k--;
        }
        return k < 0 || Character.isWhitespace(content.charAt(k));
    }

    private void addSentence(int paragraph, int from, int to) {
        String text = content.substring(from, to);
        if (text.isBlank()) {
            return;
        }
        int index = sentences.size();
        int first = tokens.size();
        for (Token token : fold(text)) {
            tokens.add(new Token(token.folded(), token.original(), from + token.start(), from + token.end(), paragraph, index));
        }
        sentences.add(new Sentence(index, paragraph, from, to, first, tokens.size()));
    }

    /** Folds a piece of text into tokens with offsets relative to it (paragraph and sentence 0). */
    static List<Token> fold(String text) {
        List<Token> out = new ArrayList<>();
        for (Folding.Word word : Folding.words(text)) {
            out.add(new Token(word.folded(), text.substring(word.start(), word.end()), word.start(), word.end(), 0, 0));
        }
        return out;
    }

    /** A name as the index keys it: its folded tokens joined by one space. */
    static String key(String name) {
        return String.join(" ", fold(name).stream().map(Token::folded).toList());
    }

    List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }
}
