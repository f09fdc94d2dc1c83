package io.paddock.ingest;

import io.paddock.ingest.KnowledgeBase.Entity;
import io.paddock.ingest.Text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the names a report prints and links each to an entity of the knowledge base: full names and aliases
 * (longest match, folded), German genitive and plural -s, a surname or first name alone once the full name occurs
 * in the same text, a car maker's name used for its only car, and unknown capitalised names beside racing
 * vocabulary as new entities.
 */
final class Linker {

    private static final int MAX_NAME_TOKENS = 7;

    /** Words before a maker's name that make it a car ("der Audi", "im Ferrari"). */
    private static final Set<String> CAR_DETERMINERS = Set.of("der", "den", "dem", "des", "einem", "einen", "ein",
            "eines", "im", "vom", "zum", "beim", "seinem", "ihrem", "dieser");

    /** Words next to an unknown name that say it is a racing person or team. */
    private static final Set<String> RACING_WORDS = Set.of("pilot", "piloten", "fahrer", "werksfahrer", "teamkollege",
            "teamkollegen", "schlussfahrer", "startfahrer", "team", "teams", "rennstall", "driver", "drivers", "teammate");

    /** Words that join the names of a crew ("Bernhard und Dumas"). */
    private static final Set<String> CONNECTORS = Set.of("und", "and", "mit", "with", "sowie");

    private record NameRef(Entity entity, boolean weak) {
    }

    private final KnowledgeBase kb;
    private final Map<String, List<NameRef>> names = new HashMap<>();
    private final Map<String, List<Entity>> surnames = new HashMap<>();
    private final Map<String, List<Entity>> firstNames = new HashMap<>();
    private final Map<String, List<Entity>> carsOfMaker = new HashMap<>();
    private final Set<String> knownWords = new HashSet<>();

    /** Looks a name up in the graph (full-text index); null without a graph. */
    private final Function<String, List<Entity>> graph;

    Linker(KnowledgeBase kb) {
        this(kb, null);
    }

    Linker(KnowledgeBase kb, Function<String, List<Entity>> graph) {
        this.kb = kb;
        this.graph = graph;
        for (Entity entity : kb.entities()) {
            entity.names().forEach(n -> index(n, entity, false));
            entity.weakNames().forEach(n -> index(n, entity, true));
            indexPerson(entity);
            if ("car".equals(entity.kind()) && entity.manufacturer() != null) {
                carsOfMaker.computeIfAbsent(entity.manufacturer(), k -> new ArrayList<>()).add(entity);
            }
        }
    }

    private void indexPerson(Entity entity) {
        if ("driver".equals(entity.kind()) || "person".equals(entity.kind())) {
            for (String name : entity.names()) {
                List<Token> tokens = Text.fold(name);
                if (tokens.size() >= 2) {
                    String surname = String.join(" ", tokens.subList(1, tokens.size()).stream().map(Token::folded).toList());
                    addOnce(surnames, surname, entity);
                    addOnce(surnames, tokens.get(tokens.size() - 1).folded(), entity);
                    addOnce(firstNames, tokens.get(0).folded(), entity);
                }
            }
        }
    }

    private void index(String name, Entity entity, boolean weak) {
        String key = Text.key(name);
        if (key.isEmpty()) {
            return;
        }
        List<NameRef> refs = names.computeIfAbsent(key, k -> new ArrayList<>());
        if (refs.stream().noneMatch(r -> r.entity().equals(entity))) {
            refs.add(new NameRef(entity, weak));
        }
        knownWords.addAll(List.of(key.split(" ")));
    }

    private static void addOnce(Map<String, List<Entity>> index, String key, Entity entity) {
        List<Entity> list = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (!list.contains(entity)) {
            list.add(entity);
        }
    }

    List<Mention> link(Text text) {
        List<Token> tokens = text.tokens;
        boolean[] covered = new boolean[tokens.size()];
        List<Mention> mentions = new ArrayList<>();
        // Pass 1: full names and aliases, longest first.
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).capitalised()) {
                continue;
            }
            Match match = longest(tokens, i);
            if (match == null) {
                continue;
            }
            mentions.addAll(resolveFull(text, tokens, i, match));
            for (int k = i; k < i + match.length; k++) {
                covered[k] = true;
            }
            i += match.length - 1;
        }
        if (graph != null) {
            mentions.addAll(graphNames(text, tokens, covered));
        }
        Set<Entity> peopleInText = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if (m.linked() && ("driver".equals(m.kind()) || "person".equals(m.kind()))) {
                peopleInText.add(kb.get(m.kind(), m.id()));
            }
        }
        // Pass 2: surnames and first names of people the text names in full.
        for (int i = 0; i < tokens.size(); i++) {
            if (covered[i] || !tokens.get(i).capitalised()) {
                continue;
            }
            Mention short_ = shortName(text, tokens, i, peopleInText, covered);
            if (short_ != null) {
                mentions.add(short_);
            }
        }
        // Pass 3: unknown capitalised names next to racing vocabulary.
        List<Mention> fresh = newEntities(text, tokens, covered, mentions);
        mentions.addAll(fresh);
        // Pass 4: the surname of a new driver alone, anywhere in the text ("Mustermann" after "Max Mustermann").
        Map<String, Mention> newSurnames = new HashMap<>();
        for (Mention m : fresh) {
            List<Token> words = Text.fold(m.surface());
            if ("driver".equals(m.kind()) && words.size() >= 2) {
                newSurnames.putIfAbsent(words.get(words.size() - 1).folded(), m);
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Mention m = covered[i] || !tokens.get(i).capitalised() ? null : newSurnames.get(tokens.get(i).folded());
            if (m != null) {
                Token t = tokens.get(i);
                mentions.add(new Mention(t.original(), m.kind(), m.id(), m.name(), t.paragraph(), t.start(), t.end(), 0.45, "NEW",
                        List.of(), "surname of a new name in the same text"));
                covered[i] = true;
            }
        }
        mentions.sort(Comparator.comparingInt(Mention::start).thenComparing(Mention::kind));
        return mentions;
    }

    private record Match(int length, List<NameRef> refs) {
    }

    private Match longest(List<Token> tokens, int from) {
        int sentence = tokens.get(from).sentence();
        for (int length = MAX_NAME_TOKENS; length >= 1; length--) {
            if (from + length > tokens.size() || tokens.get(from + length - 1).sentence() != sentence) {
                continue;
            }
            StringBuilder key = new StringBuilder();
            for (int k = from; k < from + length; k++) {
                key.append(k > from ? " " : "").append(tokens.get(k).folded());
            }
            List<NameRef> refs = names.get(key.toString());
            if (refs == null) {
                refs = names.get(stripInflection(key.toString()));
            }
            if (refs != null) {
                return new Match(length, refs);
            }
        }
        return null;
    }

    /** German genitive and plural: "Hands", "Porsches", "Corvettes", "LMPCs". */
    private static String stripInflection(String key) {
        if (key.endsWith("s") && key.length() > 2) {
            return key.substring(0, key.length() - 1);
        }
        return key;
    }

    private List<Mention> resolveFull(Text text, List<Token> tokens, int i, Match match) {
        Token first = tokens.get(i);
        Token last = tokens.get(i + match.length - 1);
        String surface = text.content.substring(first.start(), last.end());
        List<Mention> out = new ArrayList<>();
        List<NameRef> refs = match.refs();
        List<Entity> strong = refs.stream().filter(r -> !r.weak()).map(NameRef::entity).toList();
        List<Entity> candidates = strong.isEmpty() ? refs.stream().map(NameRef::entity).toList() : strong;
        double confidence = strong.isEmpty() ? 0.6 : 0.95;
        String how = strong.isEmpty() ? "locality of the circuit" : "name or alias";
        Map<String, List<Entity>> byKind = new LinkedHashMap<>();
        candidates.forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e));
        boolean carContext = carContext(text, tokens, i);
        List<Entity> makers = byKind.getOrDefault("manufacturer", List.of());
        if (makers.size() == 1 && byKind.containsKey("car")) {
            // A maker's name that is also a car's printed name: the maker, and the car where the words make it one.
            if (!carContext) {
                byKind.remove("car");
            }
        }
        for (Map.Entry<String, List<Entity>> kind : byKind.entrySet()) {
            List<Entity> ofKind = choose(kind.getValue(), text, tokens, i);
            if (ofKind.size() == 1) {
                Entity e = ofKind.get(0);
                out.add(mention(surface, first, last, e, confidence, how));
            } else {
                out.add(new Mention(surface, kind.getKey(), null, null, first.paragraph(), first.start(), last.end(), 0.3,
                        "AMBIGUOUS", ofKind.stream().map(Entity::id).toList(), "several " + kind.getKey() + "s have this name"));
            }
        }
        for (Mention m : List.copyOf(out)) {
            if (!m.linked()) {
                continue;
            }
            Entity e = kb.get(m.kind(), m.id());
            if ("car".equals(e.kind())) {
                // The maker printed inside a car's name ("Porsche RS Spyder", "Lola-Mazda") is a mention of the maker.
                String key = Text.key(surface);
                for (String maker : new String[]{e.manufacturer(), e.engineManufacturer()}) {
                    Entity makerEntity = maker == null ? null : kb.get("manufacturer", maker);
                    if (makerEntity != null && containsWords(key, Text.key(makerEntity.name()))
                            && out.stream().noneMatch(o -> maker.equals(o.id()) && "manufacturer".equals(o.kind()))) {
                        out.add(mention(surface, first, last, makerEntity, 0.9, "maker named in the car's name"));
                    }
                }
            } else if ("manufacturer".equals(e.kind()) && carContext && !byKind.containsKey("car")) {
                List<Entity> cars = carsOfMaker.getOrDefault(e.id(), List.of());
                if (cars.size() == 1) {
                    out.add(mention(surface, first, last, cars.get(0), 0.6, "maker's name used for its only car"));
                }
            }
        }
        return out;
    }

    private static boolean containsWords(String key, String words) {
        return (" " + key + " ").contains(" " + words + " ");
    }

    /**
     * Context decides between same-named entities: the one whose maker, class or circuit the sentence also names, or
     * for drivers, a team, car or class they are known to have raced with.
     */
    private List<Entity> choose(List<Entity> candidates, Text text, List<Token> tokens, int i) {
        if (candidates.size() < 2) {
            return candidates;
        }
        Text.Sentence sentence = text.sentences.get(tokens.get(i).sentence());
        String words = " " + String.join(" ", text.tokensOf(sentence).stream().map(Token::folded).toList()) + " ";
        List<Entity> fitting = candidates.stream().filter(c -> {
            List<Entity> related = new ArrayList<>();
            for (String id : new String[]{c.manufacturer(), c.carClass(), c.circuit()}) {
                Entity r = id == null ? null : firstWithId(id);
                if (r != null) {
                    related.add(r);
                }
            }
            for (String association : kb.associations(c.id())) {
                Entity r = kb.get(association.substring(0, association.indexOf(':')), association.substring(association.indexOf(':') + 1));
                if (r != null && "driver".equals(c.kind())) {
                    related.add(r);
                }
            }
            return related.stream().anyMatch(r -> r.names().stream().anyMatch(n -> words.contains(" " + Text.key(n) + " ")));
        }).toList();
        return fitting.size() == 1 ? fitting : candidates;
    }

    private Entity firstWithId(String id) {
        for (String kind : List.of("manufacturer", "class", "circuit", "team", "series")) {
            Entity e = kb.get(kind, id);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static boolean carContext(Text text, List<Token> tokens, int i) {
        Token first = tokens.get(i);
        if (first.start() > 0 && text.content.charAt(first.start() - 1) == '-' && i > 0
                && tokens.get(i - 1).end() == first.start() - 1 && tokens.get(i - 1).capitalised()) {
            return true;
        }
        for (int back = 1; back <= 3 && i - back >= 0; back++) {
            Token t = tokens.get(i - back);
            if (t.sentence() != first.sentence()) {
                return false;
            }
            if (CAR_DETERMINERS.contains(t.folded())) {
                return true;
            }
            if (t.capitalised()) {
                return false;
            }
        }
        return false;
    }

    private static Mention mention(String surface, Token first, Token last, Entity e, double confidence, String how) {
        return new Mention(surface, e.kind(), e.id(), e.name(), first.paragraph(), first.start(), last.end(), confidence,
                "LINKED", List.of(), how);
    }

    private Mention shortName(Text text, List<Token> tokens, int i, Set<Entity> peopleInText, boolean[] covered) {
        Token first = tokens.get(i);
        // Two-token surnames first ("van Overbeek"), then one token, each also without a genitive -s.
        for (int length = 2; length >= 1; length--) {
            if (i + length > tokens.size() || tokens.get(i + length - 1).sentence() != first.sentence()) {
                continue;
            }
            String key = String.join(" ", tokens.subList(i, i + length).stream().map(Token::folded).toList());
            for (String variant : List.of(key, stripInflection(key))) {
                List<Entity> bySurname = inText(surnames.get(variant), peopleInText);
                String how = "surname after the full name in the same text";
                if (bySurname.isEmpty() && length == 1) {
                    bySurname = inText(firstNames.get(variant), peopleInText);
                    how = "first name of someone the text names in full";
                    if (!bySurname.isEmpty() && i + 1 < tokens.size() && tokens.get(i + 1).capitalised()
                            && !covered[i + 1] && tokens.get(i + 1).sentence() == first.sentence()
                            && Character.isLetter(tokens.get(i + 1).original().charAt(0))) {
                        // "Patrick Smith" is somebody else, not Patrick Long.
                        return null;
                    }
                }
                if (bySurname.isEmpty()) {
                    continue;
                }
                Token last = tokens.get(i + length - 1);
                String surface = text.content.substring(first.start(), last.end());
                for (int k = i; k < i + length; k++) {
                    covered[k] = true;
                }
                if (bySurname.size() == 1) {
                    return mention(surface, first, last, bySurname.get(0), 0.9, how);
                }
                return new Mention(surface, bySurname.get(0).kind(), null, null, first.paragraph(), first.start(), last.end(),
                        0.3, "AMBIGUOUS", bySurname.stream().map(Entity::id).toList(), "several people in the text have this name");
            }
        }
        return null;
    }

    private static List<Entity> inText(List<Entity> candidates, Set<Entity> peopleInText) {
        return candidates == null ? List.of() : candidates.stream().filter(peopleInText::contains).toList();
    }

    /** Pass 1b: capitalised names of two or three words the registry lacks, looked up in the graph's full-text index. */
    private List<Mention> graphNames(Text text, List<Token> tokens, boolean[] covered) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            int length = nameRun(text, tokens, covered, i);
            for (int len = length; len >= 2; len--) {
                Token first = tokens.get(i);
                Token last = tokens.get(i + len - 1);
                String surface = text.content.substring(first.start(), last.end());
                List<Entity> found = graph.apply(surface);
                if (found.isEmpty()) {
                    continue;
                }
                found = choose(found, text, tokens, i);
                if (found.size() == 1) {
                    indexPerson(found.get(0));
                    out.add(mention(surface, first, last, found.get(0), 0.85, "graph full-text index (name_search)"));
                } else {
                    out.add(new Mention(surface, found.get(0).kind(), null, null, first.paragraph(), first.start(), last.end(),
                            0.3, "AMBIGUOUS", found.stream().map(Entity::id).toList(), "several graph nodes have this name"));
                }
                for (int k = i; k < i + len; k++) {
                    covered[k] = true;
                }
                i += len - 1;
                break;
            }
        }
        return out;
    }

    /** How many name-like, uncovered, space-separated tokens start at i (at most 3). */
    private int nameRun(Text text, List<Token> tokens, boolean[] covered, int i) {
        int length = 0;
        while (i + length < tokens.size() && length < 3 && !covered[i + length] && nameLike(tokens.get(i + length))
                && tokens.get(i + length).sentence() == tokens.get(i).sentence()
                && (length == 0 || text.content.substring(tokens.get(i + length - 1).end(), tokens.get(i + length).start()).equals(" "))) {
            length++;
        }
        // Words the registry's names all use ("Timo Bernhard" split by a line end …) are no new name.
        boolean allKnown = true;
        for (int k = i; k < i + length; k++) {
            allKnown &= knownWords.contains(tokens.get(k).folded());
        }
        return allKnown ? 0 : length;
    }

    /**
     * Pass 3: two or three capitalised words that name nothing known, beside a driver ("A und B") or after a racing
     * word, are a new driver or team; repeated so that a crew of new names ("A, B und C") is found from one known or
     * racing word.
     */
    private List<Mention> newEntities(Text text, List<Token> tokens, boolean[] covered, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        Set<Integer> driverTokens = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (Mention m : mentions) {
                if ("driver".equals(m.kind()) && tokens.get(i).start() >= m.start() && tokens.get(i).end() <= m.end()) {
                    driverTokens.add(i);
                }
            }
        }
        boolean found = true;
        while (found) {
            found = false;
            for (int i = 1; i + 1 < tokens.size(); i++) {
                int length = nameRun(text, tokens, covered, i);
                if (length < 2 || i == text.sentences.get(tokens.get(i).sentence()).firstToken()) {
                    continue;
                }
                String kind = "driver";
                int before = i - 1;
                int after = i + length;
                int sentence = tokens.get(i).sentence();
                boolean racing = RACING_WORDS.contains(tokens.get(before).folded());
                if (racing && Set.of("team", "teams", "rennstall").contains(tokens.get(before).folded())) {
                    kind = "team";
                }
                if (driverTokens.contains(before)
                        || before >= 1 && CONNECTORS.contains(tokens.get(before).folded()) && driverTokens.contains(before - 1)
                        || after < tokens.size() && tokens.get(after).sentence() == sentence && driverTokens.contains(after)
                        || after + 1 < tokens.size() && tokens.get(after + 1).sentence() == sentence
                        && CONNECTORS.contains(tokens.get(after).folded()) && driverTokens.contains(after + 1)) {
                    racing = true;
                }
                if (!racing) {
                    continue;
                }
                Token first = tokens.get(i);
                Token last = tokens.get(i + length - 1);
                String surface = text.content.substring(first.start(), last.end());
                out.add(new Mention(surface, kind, ProposalWriter.slug(surface), surface, first.paragraph(), first.start(),
                        last.end(), 0.5, "NEW", List.of(), "unknown name beside racing words: review and add to the registry"));
                for (int k = i; k < i + length; k++) {
                    covered[k] = true;
                    if ("driver".equals(kind)) {
                        driverTokens.add(k);
                    }
                }
                found = true;
                i += length - 1;
            }
        }
        return out;
    }

    /** "Mustermann": a capital, then small letters. */
    private boolean nameLike(Token token) {
        String o = token.original();
        return o.length() > 1 && Character.isUpperCase(o.charAt(0)) && o.substring(1).chars().allMatch(Character::isLowerCase);
    }
}
