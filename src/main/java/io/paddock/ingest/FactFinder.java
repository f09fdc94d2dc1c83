package io.paddock.ingest;

import io.paddock.ingest.Text.Sentence;
import io.paddock.ingest.Text.Token;
import io.paddock.model.SessionType;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Rule-based fact patterns over sentences whose names are linked: crews in a car of a team, positions overall and in
 * class, margins, poles, laps, titles and standings, lap records, stated season totals, roles. German first (the
 * corpus), with the English words of the same patterns where they are one word ({@link Words}). This class walks the
 * sentences and keeps what carries from one to the next; each pattern is a class of its own that reads one sentence
 * ({@link FactContext}), its crews grouped by {@link Crews}.
 */
final class FactFinder {

    /** The patterns, in the order their proposals are listed (the writer keeps that order). */
    private static final List<Consumer<FactContext>> PATTERNS = List.of(CrewFacts::find, NumberFacts::find,
            PositionFacts::find, MarginFacts::find, LapFacts::find, StandingFacts::find, LapRecordFacts::find,
            TotalFacts::find, RoleFacts::find);

    private final KnowledgeBase kb;
    private final Text text;
    private final List<Mention> mentions;
    private final SessionType defaultSession;

    FactFinder(KnowledgeBase kb, Text text, List<Mention> mentions) {
        this.kb = kb;
        this.text = text;
        // New names take part under the id proposed for them, so a crew of new drivers still gets its facts.
        this.mentions = mentions.stream().filter(m -> m.linked() || "NEW".equals(m.status())).toList();
        boolean qualifying = false;
        for (Token t : text.tokens) {
            if (t.paragraph() == 1 && Words.QUALIFYING.contains(t.folded())) {
                qualifying = true;
            }
        }
        this.defaultSession = qualifying ? SessionType.QUALIFYING : SessionType.RACE;
    }

    List<FactProposal> find() {
        List<FactProposal> facts = new ArrayList<>();
        ClassMemory classes = new ClassMemory();
        int paragraph = 0;
        boolean classScope = false;
        List<String> previousSubjects = List.of();
        for (Sentence sentence : text.sentences) {
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                classScope = false;
                classes.newParagraph();
                previousSubjects = List.of();
            }
            List<Token> tokens = text.tokensOf(sentence);
            List<Mention> inSentence = mentions.stream()
                    .filter(m -> m.start() >= sentence.start() && m.end() <= sentence.end()).toList();
            for (Token t : tokens) {
                if (t.folded().contains("klasse")) {
                    classScope = true;
                }
            }
            if (inSentence.stream().anyMatch(m -> "class".equals(m.kind()))) {
                classScope = true;
            }
            Clause clause = new Clause(sentence, tokens, inSentence);
            FactContext context = new FactContext(clause, Crews.of(clause, kb, text.content), session(tokens), classScope,
                    previousSubjects, classes, kb, facts);
            PATTERNS.forEach(pattern -> pattern.accept(context));
            List<String> subjects = subjectsOf(inSentence.stream()
                    .filter(m -> !clause.rivalBefore(clause.tokenOf(m.start()), 14)).toList());
            if (!subjects.isEmpty()) {
                previousSubjects = subjects;
            }
            inSentence.stream().filter(m -> "class".equals(m.kind())).reduce((a, b) -> b).ifPresent(m -> classes.named(m.id()));
        }
        return facts;
    }

    /** QUALIFYING when the sentence speaks of it, else the report's session (its first paragraph's). */
    private SessionType session(List<Token> tokens) {
        boolean qualifying = tokens.stream().anyMatch(t -> Words.QUALIFYING.contains(t.folded())
                || t.folded().endsWith("schnellste") || t.folded().equals("polesitter"));
        return qualifying ? SessionType.QUALIFYING : defaultSession;
    }

    private static List<String> subjectsOf(List<Mention> inSentence) {
        Set<String> out = new LinkedHashSet<>();
        for (String kind : List.of("driver", "team", "car", "manufacturer")) {
            inSentence.stream().filter(m -> kind.equals(m.kind())).forEach(m -> out.add(kind + ":" + m.id()));
        }
        return List.copyOf(out);
    }
}
