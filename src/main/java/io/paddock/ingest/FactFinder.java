package io.paddock.ingest;

import io.paddock.ingest.KnowledgeBase.Entity;
import io.paddock.ingest.Text.Sentence;
import io.paddock.ingest.Text.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * Rule-based fact patterns over sentences whose names are linked: crews in a car of a team, positions overall and in
 * class, margins, poles, laps, titles and standings, lap records, stated season totals, roles. German first (the
 * corpus), with the English words of the same patterns where they are one word.
 */
final class FactFinder {

    private static final Set<String> QUALIFYING_WORDS = Set.of("zeittraining", "qualifying", "startreihe", "qualifikation",
            "startplatz", "klassenbestzeit", "pole");
    private static final Set<String> BIND_WORDS = Set.of("im", "in", "mit", "von", "vom", "des", "ihrem", "ihren", "seinem",
            "seinen", "eingesetzten", "teams", "team", "fur", "for", "with", "of", "by");
    private static final Set<String> CREW_CUES = Set.of("steuer", "fuhren", "fuhr", "teilen", "teilten", "abwechseln", "wechseln");
    private static final Set<String> PRONOUNS = Set.of("er", "sie", "ihr", "he", "they");
    private static final Set<String> CONNECTOR_TEXT = Set.of("und", "and", "sowie", "zusammen", "mit", "with");
    private static final Set<String> NOT_A_SUBJECT_AFTER = Set.of("vor", "gegen", "hinter", "ahead", "behind");
    private static final Set<String> SECONDS = Set.of("sekunden", "sekunde", "seconds", "second", "s");

    /** Drivers printed together as one crew ("Bernhard und Dumas", "Hand/Müller"), and what they are bound to. */
    private static final class Group {
        final List<Mention> drivers = new ArrayList<>();
        int firstToken;
        int lastToken;
        Mention team;
        Mention car;
        Entity carEntity;
        boolean shared;

        List<String> subjects() {
            List<String> out = new ArrayList<>(drivers.stream().map(m -> "driver:" + m.id()).distinct().toList());
            return out;
        }

        List<String> subjectsWithEntry() {
            List<String> out = subjects();
            if (team != null) {
                out.add("team:" + team.id());
            }
            if (car != null) {
                out.add("car:" + car.id());
            }
            return out;
        }
    }

    private final KnowledgeBase kb;
    private final Text text;
    private final List<Mention> mentions;
    private final List<FactProposal> facts = new ArrayList<>();
    private final String defaultSession;
    private String lastClass;
    private String paragraphClass;
    private final Map<String, String> driverClass = new HashMap<>();

    FactFinder(KnowledgeBase kb, Text text, List<Mention> mentions) {
        this.kb = kb;
        this.text = text;
        // New names take part under the id proposed for them, so a crew of new drivers still gets its facts.
        this.mentions = mentions.stream().filter(m -> m.linked() || "NEW".equals(m.status())).toList();
        boolean qualifying = false;
        for (Token t : text.tokens) {
            if (t.paragraph() == 1 && QUALIFYING_WORDS.contains(t.folded())) {
                qualifying = true;
            }
        }
        this.defaultSession = qualifying ? "QUALIFYING" : "RACE";
    }

    List<FactProposal> find() {
        int paragraph = 0;
        boolean classScope = false;
        List<String> previousSubjects = List.of();
        for (Sentence sentence : text.sentences) {
            if (sentence.paragraph() != paragraph) {
                paragraph = sentence.paragraph();
                classScope = false;
                paragraphClass = null;
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
            SentenceFacts sentenceFacts = new SentenceFacts(sentence, tokens, inSentence, classScope, previousSubjects);
            sentenceFacts.find();
            List<String> subjects = subjectsOf(inSentence.stream().filter(m -> !sentenceFacts.rivalBefore(sentenceFacts.tokenOf(m.start()), 14)).toList());
            if (!subjects.isEmpty()) {
                previousSubjects = subjects;
            }
            inSentence.stream().filter(m -> "class".equals(m.kind())).reduce((a, b) -> b).ifPresent(m -> {
                lastClass = m.id();
                paragraphClass = m.id();
            });
        }
        return facts;
    }

    private static List<String> subjectsOf(List<Mention> inSentence) {
        Set<String> out = new LinkedHashSet<>();
        for (String kind : List.of("driver", "team", "car", "manufacturer")) {
            inSentence.stream().filter(m -> kind.equals(m.kind())).forEach(m -> out.add(kind + ":" + m.id()));
        }
        return List.copyOf(out);
    }

    private final class SentenceFacts {
        final Sentence sentence;
        final List<Token> tokens;
        final List<Mention> inSentence;
        final boolean classScope;
        final List<String> previousSubjects;
        final List<Group> groups = new ArrayList<>();
        final String session;
        final String words;

        SentenceFacts(Sentence sentence, List<Token> tokens, List<Mention> inSentence, boolean classScope,
                      List<String> previousSubjects) {
            this.sentence = sentence;
            this.tokens = tokens;
            this.inSentence = inSentence;
            this.classScope = classScope;
            this.previousSubjects = previousSubjects;
            this.words = " " + String.join(" ", tokens.stream().map(Token::folded).toList()) + " ";
            boolean qualifying = tokens.stream().anyMatch(t -> QUALIFYING_WORDS.contains(t.folded())
                    || t.folded().endsWith("schnellste") || t.folded().equals("polesitter"));
            this.session = qualifying ? "QUALIFYING" : defaultSession;
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

        String w(int i) {
            return i >= 0 && i < tokens.size() ? tokens.get(i).folded() : "";
        }

        void find() {
            buildGroups();
            bind();
            crewFacts();
            positions();
            margins();
            laps();
            standings();
            lapRecords();
            totals();
            roles();
        }

        private void buildGroups() {
            Group current = null;
            Mention previous = null;
            for (Mention m : inSentence) {
                if (!"driver".equals(m.kind())) {
                    continue;
                }
                if (current != null && previous != null && joined(previous, m)) {
                    if (current.drivers.stream().noneMatch(d -> d.id().equals(m.id()))) {
                        current.drivers.add(m);
                    }
                    current.lastToken = lastTokenOf(m);
                } else {
                    current = new Group();
                    current.drivers.add(m);
                    current.firstToken = tokenOf(m.start());
                    current.lastToken = lastTokenOf(m);
                    groups.add(current);
                }
                previous = m;
            }
        }

        /** Only commas, slashes, "und"/"zusammen mit" and bracketed home towns between two names. */
        private boolean joined(Mention a, Mention b) {
            if (b.start() < a.end()) {
                return true;
            }
            String between = text.content.substring(a.end(), b.start()).replaceAll("\\([^)]*\\)", " ");
            for (String word : between.split("[\\s,/&]+")) {
                if (!word.isEmpty() && !CONNECTOR_TEXT.contains(word.toLowerCase())) {
                    return false;
                }
            }
            return true;
        }

        private boolean eligible(Group g) {
            return !NOT_A_SUBJECT_AFTER.contains(w(g.firstToken - 1));
        }

        private Group nearest(int token, boolean preferBefore) {
            Group best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Group g : groups) {
                if (!eligible(g)) {
                    continue;
                }
                int distance = token > g.lastToken ? token - g.lastToken : g.firstToken - token;
                if (preferBefore && token < g.firstToken) {
                    distance += 1000;
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = g;
                }
            }
            return best;
        }

        private void bind() {
            Map<Group, int[]> teamDistance = new HashMap<>();
            Map<Group, int[]> carDistance = new HashMap<>();
            List<Mention> teams = inSentence.stream().filter(m -> "team".equals(m.kind())).toList();
            List<Mention> cars = inSentence.stream().filter(m -> "car".equals(m.kind())).toList();
            for (Mention m : inSentence) {
                if (!"team".equals(m.kind()) && !"car".equals(m.kind())) {
                    continue;
                }
                int at = tokenOf(m.start());
                int after = lastTokenOf(m) + 1;
                boolean ownerAfter = "von".equals(w(after)) && groups.stream().anyMatch(g -> g.firstToken == after + 1);
                boolean single = cars.size() <= 1 && teams.size() <= 1 && groups.size() == 1
                        && tokens.stream().anyMatch(t -> CREW_CUES.contains(t.folded()));
                if (!ownerAfter && !single && (!boundByWords(at) || rivalBefore(at))) {
                    continue;
                }
                Group g = null;
                int distance = Integer.MAX_VALUE;
                for (Group candidate : groups) {
                    if (!eligible(candidate)) {
                        continue;
                    }
                    int d = at > candidate.lastToken ? at - candidate.lastToken : candidate.firstToken - at + 5;
                    if (ownerAfter && candidate.firstToken == after + 1) {
                        d = 0;
                    }
                    if (d < distance) {
                        distance = d;
                        g = candidate;
                    }
                }
                if (g == null) {
                    continue;
                }
                Map<Group, int[]> best = "team".equals(m.kind()) ? teamDistance : carDistance;
                if (best.containsKey(g) && best.get(g)[0] <= distance) {
                    continue;
                }
                best.put(g, new int[]{distance});
                if ("team".equals(m.kind())) {
                    g.team = m;
                } else {
                    g.car = m;
                    g.carEntity = kb.get("car", m.id());
                }
            }
            // "Die zwei Wagen des Teams X …: A und B …, C und D …": the one team (and car) printed before every crew of
            // the sentence is theirs.
            if (teams.size() == 1 && groups.size() > 1 && groups.stream().anyMatch(g -> g.team == teams.get(0))
                    && groups.stream().allMatch(g -> g.firstToken > tokenOf(teams.get(0).start()))) {
                for (Group g : groups) {
                    if (g.team == null) {
                        g.team = teams.get(0);
                        g.shared = true;
                    }
                    if (g.car == null && cars.size() == 1 && tokenOf(cars.get(0).start()) < g.firstToken) {
                        g.car = cars.get(0);
                        g.carEntity = kb.get("car", cars.get(0).id());
                    }
                }
            }
        }

        /** A binding word ("im", "von", "des Teams") among the few words before the name, within its phrase. */
        private boolean boundByWords(int at) {
            for (int back = 1; back <= 4 && at - back >= 0; back++) {
                int k = at - back;
                Mention inside = mentionAt(k);
                if (inside != null) {
                    if ("team".equals(inside.kind()) || "manufacturer".equals(inside.kind())) {
                        continue;
                    }
                    return false;
                }
                if (BIND_WORDS.contains(w(k)) || w(k).endsWith("teams") || w(k).endsWith("team")) {
                    return true;
                }
                String original = tokens.get(k).original();
                if (original.length() > 2 && Character.isUpperCase(original.charAt(0)) && original.chars().anyMatch(Character::isLowerCase)) {
                    return false;
                }
            }
            return false;
        }

        /** "hinter den … <car>", "gegen den <car>": a rival's car, not the crew's. */
        private boolean rivalBefore(int at) {
            return rivalBefore(at, 8);
        }

        private boolean rivalBefore(int at, int window) {
            for (int back = 1; back <= window && at - back >= 0; back++) {
                if (Set.of("hinter", "gegen", "behind", "against").contains(w(at - back))) {
                    return true;
                }
            }
            return false;
        }

        private boolean afterVor(int at) {
            for (int back = 1; back <= 4 && at - back >= 0; back++) {
                if (Set.of("vor", "hinter", "gegen", "ahead").contains(w(at - back))) {
                    return true;
                }
            }
            return false;
        }

        private Mention mentionAt(int k) {
            Token t = tokens.get(k);
            return inSentence.stream().filter(m -> m.start() <= t.start() && t.end() <= m.end()).findFirst().orElse(null);
        }

        private boolean insideMention(int k) {
            Token t = tokens.get(k);
            return inSentence.stream().anyMatch(m -> m.start() <= t.start() && t.end() <= m.end());
        }

        private String classOf(Group g) {
            if (g != null && g.carEntity != null && g.carEntity.carClass() != null) {
                return g.carEntity.carClass();
            }
            Mention bound = boundClass();
            if (bound != null) {
                return bound.id();
            }
            if (g != null) {
                for (Mention d : g.drivers) {
                    if (driverClass.containsKey(d.id())) {
                        return driverClass.get(d.id());
                    }
                }
            }
            return null;
        }

        /**
         * The sentence's one class, when printed as a class ("in der Klasse X", "der X-Klasse", "der einzige X") and
         * no other car of the sentence could own it; else null.
         */
        private Mention boundClass() {
            // A class after "vor" ("vor den X-Fahrzeugen") is the rivals' class.
            List<Mention> classes = inSentence.stream().filter(m -> "class".equals(m.kind()) && !afterVor(tokenOf(m.start()))).toList();
            if (classes.size() != 1) {
                return null;
            }
            Mention c = classes.get(0);
            int at = tokenOf(c.start());
            boolean printedAsClass = Set.of("klasse", "kategorie", "class").contains(w(lastTokenOf(c) + 1));
            for (int back = 1; back <= 2; back++) {
                if (Set.of("klasse", "der", "in", "im", "des", "class").contains(w(at - back))) {
                    printedAsClass = true;
                }
            }
            boolean otherCar = inSentence.stream().anyMatch(m -> "car".equals(m.kind())
                    && groups.stream().noneMatch(g -> g.car == m));
            return printedAsClass && !otherCar ? c : null;
        }

        private void add(Fact fact, List<String> subjects, String session, int fromToken, int toToken,
                         double confidence, boolean stated, String evidence) {
            if (subjects.isEmpty() && !(fact instanceof Fact.Laps)) {
                return;
            }
            Token from = tokens.get(Math.max(0, Math.min(fromToken, toToken)));
            Token to = tokens.get(Math.min(tokens.size() - 1, Math.max(fromToken, toToken)));
            facts.add(new FactProposal(fact, subjects, session, sentence.paragraph(), from.start(), to.end(),
                    confidence, stated, evidence));
        }

        private void crewFacts() {
            for (Group g : groups) {
                int from = g.firstToken;
                int to = g.lastToken;
                if (g.team != null) {
                    add(new Fact.Crew(g.team.id()), g.subjects(), null, from, tokenOf(g.team.start()), g.shared ? 0.6 : 0.75, true,
                            g.shared ? "the team printed before the crews of the sentence" : "drivers and team in one sentence");
                }
                if (g.car != null) {
                    add(new Fact.Car(g.car.id()), g.subjects(), null, from, tokenOf(g.car.start()), 0.75, true,
                            "drivers and car in one sentence");
                }
                Mention boundClass = boundClass();
                Mention pilotOf = g.firstToken >= 2 && Set.of("pilot", "piloten", "fahrer").contains(w(g.firstToken - 1))
                        ? mentionAt(g.firstToken - 2) : null;
                if (pilotOf != null && "class".equals(pilotOf.kind())) {
                    // "<class>-Piloten <name>": the class printed as the driver's title.
                    add(new Fact.CarClass(pilotOf.id()), g.subjects(), null, g.firstToken - 2, to, 0.7, true, "class printed before the driver");
                    g.drivers.forEach(d -> driverClass.put(d.id(), pilotOf.id()));
                } else if (g.carEntity != null && g.carEntity.carClass() != null) {
                    add(new Fact.CarClass(g.carEntity.carClass()), g.subjects(), null, from, to, 0.6, false,
                            "class the registry gives the car");
                    g.drivers.forEach(d -> driverClass.put(d.id(), g.carEntity.carClass()));
                } else if (boundClass != null) {
                    add(new Fact.CarClass(boundClass.id()), g.subjects(), null, from, tokenOf(boundClass.start()), 0.6, true,
                            "the one class the sentence names");
                    g.drivers.forEach(d -> driverClass.put(d.id(), boundClass.id()));
                }
            }
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (w(i).equals("startnummer") || w(i).equals("number") || w(i).equals("nummer")) {
                    Integer n = Words.cardinal(w(i + 1));
                    Group g = nearest(i, false);
                    if (n != null && g != null) {
                        add(new Fact.CarNumber(String.valueOf(n)), g.subjects(), null, i, i + 1, 0.8, true, "car number printed");
                    }
                }
            }
        }

        private List<String> resultSubjects(int token) {
            Group g = nearest(token, true);
            if (g != null) {
                return g.subjectsWithEntry();
            }
            List<String> out = new ArrayList<>();
            Mention best = null;
            for (Mention m : inSentence) {
                if (("team".equals(m.kind()) || "car".equals(m.kind()))
                        && (best == null || Math.abs(tokenOf(m.start()) - token) < Math.abs(tokenOf(best.start()) - token))) {
                    best = m;
                }
            }
            if (best != null) {
                out.add(best.kind() + ":" + best.id());
            }
            return out;
        }

        private void position(int token, int n, String scope, String sessionOverride, double confidence, boolean stated,
                              String evidence) {
            String s = sessionOverride != null ? sessionOverride : session;
            boolean inClass;
            if ("OVERALL".equals(scope)) {
                inClass = false;
            } else if ("CLASS".equals(scope)) {
                inClass = true;
            } else {
                inClass = classScope || w(token - 1).equals("gesamt") ? !w(token - 1).equals("gesamt") : false;
            }
            List<String> subjects = resultSubjects(token);
            add(inClass ? new Fact.ClassPosition(n) : new Fact.Position(n), subjects, s, token, token, confidence, stated, evidence);
            Group g = nearest(token, true);
            String paragraphOrSentence = boundClass() != null ? boundClass().id() : paragraphClass;
            if (inClass && g != null && g.carEntity == null && paragraphOrSentence != null
                    && g.drivers.stream().noneMatch(d -> driverClass.containsKey(d.id()))) {
                add(new Fact.CarClass(paragraphOrSentence), g.subjects(), null, token, token, 0.5, false,
                        "placed in class; the class the paragraph names");
                g.drivers.forEach(d -> driverClass.put(d.id(), paragraphOrSentence));
            }
            if (!inClass && n == 1) {
                add(new Fact.ClassPosition(1), subjects, s, token, token, confidence * 0.8, false, "first overall, so first in class");
            }
        }

        private void positions() {
            for (int i = 0; i < tokens.size(); i++) {
                String word = w(i);
                Token t = tokens.get(i);
                if ((word.equals("platz") || word.equals("rang") || word.equals("startplatz")) && Words.cardinal(w(i + 1)) != null) {
                    position(i, Words.cardinal(w(i + 1)), scopeAround(i), word.equals("startplatz") ? "QUALIFYING" : null,
                            0.8, true, "'Platz N'");
                } else if ((word.equals("platz") || word.equals("rang") || word.equals("place")) && Words.ordinal(w(i - 1)) != null
                        && !tokens.get(i - 1).capitalised()) {
                    position(i - 1, Words.ordinal(w(i - 1)), scopeAround(i), null, 0.8, true, "ordinal place");
                } else if (t.capitalised() && Character.isLetter(t.original().charAt(0)) && Words.ordinal(word) != null
                        && (word.endsWith("er") || word.endsWith("e")) && !word.startsWith("erst")
                        && !(i + 1 < tokens.size() && tokens.get(i + 1).capitalised() && !insideMention(i + 1))) {
                    String scope = word.startsWith("klassen") ? "CLASS" : w(i - 1).equals("gesamt") || word.startsWith("gesamt") ? "OVERALL" : "AUTO";
                    position(i, Words.ordinal(word), scope, null, 0.7, true, "ordinal as a noun ('Dritter')");
                } else if (Set.of("finished", "came", "took", "was", "were", "classified", "qualified").contains(w(i - 1))
                        && Words.ordinal(word) != null && !t.capitalised()) {
                    // English: "finished second overall", "qualified third in class".
                    String scope = w(i + 1).equals("overall") ? "OVERALL" : w(i + 1).equals("in") && w(i + 2).equals("class")
                            ? "CLASS" : "AUTO";
                    position(i, Words.ordinal(word), scope, w(i - 1).equals("qualified") ? "QUALIFYING" : null, 0.75, true,
                            "'finished N'");
                } else if (word.equals("win") && w(i - 1).equals("class") || word.equals("won") && has("class")) {
                    position(i, 1, "CLASS", "RACE", 0.6, true, "class win");
                } else if (word.endsWith("schnellste") && w(i + 1).equals("zeit")) {
                    int n = word.equals("schnellste") ? 1 : word.startsWith("zweit") ? 2 : word.startsWith("dritt") ? 3 : 0;
                    if (n > 0) {
                        position(i, n, classScope ? "CLASS" : "AUTO", "QUALIFYING", 0.75, true, "'schnellste Zeit'");
                    }
                } else if (word.equals("pole") && !has("titelrennens") || word.equals("polesitter")) {
                    position(i, 1, "OVERALL", "QUALIFYING", 0.6, true, "pole position");
                } else if (word.equals("spitzenreiter") && has("ziel")) {
                    position(i, 1, "CLASS", "RACE", 0.7, true, "'Spitzenreiter der Klasse … ins Ziel'");
                } else if (word.equals("klassensieg") && !negated(i)) {
                    position(i, 1, "CLASS", "RACE", 0.65, true, "class win");
                } else if ((word.equals("sieg") || word.equals("gesamtsieg")) && !negated(i) && !w(i - 1).equals("dreifach")) {
                    position(i, 1, word.equals("gesamtsieg") ? "OVERALL" : "AUTO", "RACE", 0.6, true, "win");
                } else if (word.equals("geschlagen") && (has("gesamtwertung") || has("gesamtsieg"))
                        && (has("lediglich") || has("nur"))) {
                    Group first = groups.stream().filter(this::eligible).findFirst().orElse(null);
                    if (first != null) {
                        add(new Fact.Position(2), first.subjectsWithEntry(), "RACE", first.firstToken, i, 0.6, true,
                                "beaten only by one car overall");
                    }
                    for (Mention car : inSentence) {
                        int at = tokenOf(car.start());
                        if ("car".equals(car.kind()) && at > 0 && w(at - 1).equals("einem") && w(at - 2).equals("lediglich")) {
                            add(new Fact.Position(1), List.of("car:" + car.id()), "RACE", at, i, 0.5, false,
                                    "the one car that beat them overall won");
                            add(new Fact.ClassPosition(1), List.of("car:" + car.id()), "RACE", at, i, 0.4, false,
                                    "won overall, so won its class");
                        }
                    }
                }
            }
        }

        private boolean negated(int i) {
            for (int back = 1; back <= 3; back++) {
                if (Set.of("um", "moglichen", "ohne", "kein", "keinen", "dreifach").contains(w(i - back))) {
                    return true;
                }
            }
            return Set.of("knapp", "verpasst").contains(w(i + 1)) || w(i + 1).equals("der") && w(i + 2).endsWith("wertung");
        }

        private String scopeAround(int i) {
            for (int k = Math.max(0, i - 3); k <= Math.min(tokens.size() - 1, i + 4); k++) {
                if (w(k).startsWith("gesamt") || w(k).equals("overall")) {
                    return "OVERALL";
                }
                if (w(k).contains("klasse") || w(k).equals("class")) {
                    return "CLASS";
                }
            }
            return "AUTO";
        }

        private void margins() {
            if (has("verbessert") || has("verbesserte") || has("vorsprung") || has("rundenrekord") || has("schneller")) {
                return;
            }
            if (!(has("ruckstand") || has("geschlagen") || has("behind") || hasPrefix("ruckstand"))) {
                return;
            }
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String value = Words.decimal(w(i));
                if (value == null) {
                    continue;
                }
                String unit = w(i + 1);
                String seconds = null;
                if (SECONDS.contains(unit)) {
                    seconds = value;
                } else if (unit.equals("hundertstelsekunden")) {
                    seconds = new BigDecimal(value).movePointLeft(2).stripTrailingZeros().toPlainString();
                } else if (unit.equals("zehntelsekunden")) {
                    seconds = new BigDecimal(value).movePointLeft(1).stripTrailingZeros().toPlainString();
                }
                Group first = groups.stream().filter(this::eligible).findFirst().orElse(null);
                if (seconds != null && first != null) {
                    add(new Fact.Gap(new BigDecimal(seconds)), first.subjectsWithEntry(), session, i, i + 1, 0.8, true, "seconds behind");
                }
            }
        }

        private void laps() {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Integer n = Words.cardinal(w(i));
                if (n == null || !(w(i + 1).equals("runden") || w(i + 1).equals("laps"))) {
                    continue;
                }
                if (w(i - 1).equals("nach") || w(i - 1).equals("after")) {
                    add(new Fact.Laps(n), List.of(), "RACE", i - 1, i + 1, 0.7, true, "race distance in laps");
                } else if (has("box") || has("pits")) {
                    Group g = nearest(i, true);
                    if (g != null) {
                        add(new Fact.LapsLost(n), g.subjectsWithEntry(), "RACE", i, i + 1, 0.7, true, "laps lost in the pits");
                    }
                }
            }
        }

        /** The class of the championship a crew's standing is in; null when no class is known. */
        private String standingClass(Group g) {
            String c = classOf(g);
            return c != null ? c : paragraphClass != null ? paragraphClass : lastClass;
        }

        private void standings() {
            boolean negative = has("nicht") || has("kein") || has("not");
            for (int index = 0; index < tokens.size(); index++) {
                final int i = index;
                String word = w(i);
                if ((word.equals("fahrertitel") || word.equals("titel") || word.equals("title")) && !negative
                        && (hasPrefix("gewonnen") || has("gewinnen") || has("won"))) {
                    // The crew nearest the title word won it; a speaker named earlier in the sentence did not.
                    Group g = nearest(i, false);
                    if (g != null) {
                        add(new Fact.Standing(standingClass(g), 1, true), g.subjects(), null, g.firstToken, i, 0.7, true, "title won");
                    }
                } else if (word.equals("titelgewinn") && !negative) {
                    Group g = nearest(i, false);
                    if (g != null) {
                        add(new Fact.Standing(standingClass(g), 1, true), g.subjects(), null, g.firstToken, i, 0.6, true, "title won");
                    }
                } else if (word.equals("titelverteidiger")) {
                    groups.stream().filter(g -> g.firstToken > i).findFirst().ifPresent(g -> add(new Fact.Standing(standingClass(g), 1, true),
                            List.of("driver:" + g.drivers.get(0).id()), null, i, g.firstToken,
                            0.6, true, "defending champion: title of the previous season"));
                } else if (word.equals("vizemeisterschaft") || word.equals("vizemeister")) {
                    Group g = nearest(i, true);
                    if (g != null) {
                        add(new Fact.Standing(standingClass(g), 2, true), g.subjects(), null, g.firstToken, i, 0.7, true, "runner-up");
                    }
                } else if (word.startsWith("tabellenfuhrer") || word.equals("meisterschaft") && (has("anfuhrt") || has("anfuhren"))) {
                    if (!groups.isEmpty()) {
                        for (Group g : groups) {
                            add(new Fact.Standing(standingClass(g), 1, false), g.subjects(), null, g.firstToken, i, 0.6, true,
                                    "leads the championship");
                        }
                    } else {
                        inSentence.stream().filter(m -> "team".equals(m.kind())).findFirst().ifPresent(m -> add(new Fact.Standing(standingClass(null), 1, false),
                                List.of("team:" + m.id()), null, i, tokenOf(m.start()), 0.5, true,
                                "leads the championship"));
                    }
                } else if (word.equals("sieger") && w(i + 1).equals("der") && w(i + 3).endsWith("wertung")
                        || word.equals("sieger") && w(i + 1).equals("der") && w(i + 2).endsWith("wertung")) {
                    Group g = nearest(i, true);
                    if (g != null) {
                        add(new Fact.Standing(standingClass(g), 1, true), g.subjects(), null, g.firstToken, i, 0.7, true,
                                "winner of the standings");
                    }
                } else if ((word.equals("gewinnt") || word.equals("gewann")) && inSentence.stream().anyMatch(m -> "series".equals(m.kind()))
                        && !negative) {
                    inSentence.stream().filter(m -> "team".equals(m.kind())).findFirst().ifPresent(m -> add(new Fact.Standing(null, 1, true),
                            List.of("team:" + m.id()), null, tokenOf(m.start()), i, 0.5, true, "wins the series"));
                }
            }
        }

        private void lapRecords() {
            if (!(hasPrefix("verbessert"))) {
                return;
            }
            String kind = has("rundenrekord") ? "CIRCUIT_RECORD" : has("bestzeit") && (has("vorjahr") || has("vorjahres"))
                    ? "PERSONAL_BEST" : null;
            if (kind == null) {
                return;
            }
            for (int i = 0; i + 1 < tokens.size(); i++) {
                String value = Words.decimal(w(i));
                if (value != null && SECONDS.contains(w(i + 1))) {
                    Group g = "PERSONAL_BEST".equals(kind) ? groups.stream().findFirst().orElse(null) : nearest(i, true);
                    if (g != null) {
                        add(new Fact.LapRecord(kind, new BigDecimal(value)), List.of("driver:" + g.drivers.get(0).id()), null,
                                g.firstToken, i + 1, 0.7, true, "lap time improved by");
                    }
                }
            }
        }

        private List<String> totalSubjects() {
            List<String> out = new ArrayList<>();
            groups.forEach(g -> out.addAll(g.subjects()));
            if (out.isEmpty() && tokens.stream().anyMatch(t -> PRONOUNS.contains(t.folded()))) {
                // "… feierte er … Siege", "… stellten sie …": the pronoun stands for the previous sentence's driver or team.
                previousSubjects.stream().filter(x -> x.startsWith("driver:") || x.startsWith("team:")).forEach(out::add);
            }
            if (out.isEmpty()) {
                for (List<String> kinds : List.of(List.of("team", "car"), List.of("manufacturer"))) {
                    inSentence.stream().filter(m -> kinds.contains(m.kind()) && !rivalBefore(tokenOf(m.start()), 14))
                            .forEach(m -> out.add(m.kind() + ":" + m.id()));
                    if (!out.isEmpty()) {
                        break;
                    }
                }
            }
            if (out.isEmpty()) {
                out.addAll(previousSubjects);
            }
            for (String s : List.copyOf(out)) {
                if (s.startsWith("car:")) {
                    Entity car = kb.get("car", s.substring(4));
                    if (car != null && car.manufacturer() != null && !out.contains("manufacturer:" + car.manufacturer())) {
                        out.add("manufacturer:" + car.manufacturer());
                    }
                }
            }
            return out.stream().distinct().toList();
        }

        private Integer numberBefore(int i) {
            Integer n = Words.cardinal(w(i - 1));
            if (n == null) {
                n = Words.ordinal(w(i - 1));
            }
            return n;
        }

        private void total(int i, String metric, Integer n, String evidence) {
            if (n == null) {
                return;
            }
            boolean carried = groups.isEmpty() && (inSentence.stream().noneMatch(m -> Set.of("team", "car", "manufacturer").contains(m.kind()))
                    || tokens.stream().anyMatch(t -> PRONOUNS.contains(t.folded())));
            add(new Fact.Total(metric, n), totalSubjects(), null, i - 1, i, carried ? 0.4 : 0.6, !carried,
                    carried ? evidence + "; whose total it is comes from the sentence before" : evidence);
        }

        private void totals() {
            for (int i = 1; i < tokens.size(); i++) {
                String word = w(i);
                boolean inARow = w(i + 1).equals("in") && w(i + 2).equals("folge");
                if (word.equals("gesamtsiege") || word.equals("gesamtsiegen")) {
                    total(i, "OVERALL_WINS", numberBefore(i), "overall wins counted");
                } else if (word.equals("klassensiege") || word.equals("klassensiegen")) {
                    total(i, "CLASS_WINS", numberBefore(i), "class wins counted");
                } else if (word.equals("klassensieg") && numberBefore(i) != null) {
                    total(i, inARow ? "CONSECUTIVE_CLASS_WINS" : "CLASS_WINS", numberBefore(i), "class wins counted");
                } else if ((word.equals("siege") || word.equals("siegen")) && numberBefore(i) != null) {
                    String metric = inARow ? "CONSECUTIVE_WINS" : has("zwischen") ? "WINS_AT_CIRCUIT"
                            : classScope ? "CLASS_WINS" : "OVERALL_WINS";
                    total(i, metric, numberBefore(i), "wins counted");
                } else if (word.startsWith("podiumsplatz") || word.startsWith("podestplatz")) {
                    total(i, "PODIUMS", numberBefore(i), "podiums counted");
                } else if (word.equals("siegerpodium")) {
                    for (int k = 0; k + 1 < tokens.size(); k++) {
                        if (w(k).equals("allen") && Words.cardinal(w(k + 1)) != null) {
                            total(i, "PODIUMS", Words.cardinal(w(k + 1)), "on the podium at every race");
                        }
                    }
                } else if (word.equals("klassenbestzeit")) {
                    total(i, "CLASS_POLES", numberBefore(i), "class best times counted");
                } else if ((word.equals("platze")) && w(i - 2).equals("ersten") && has("meisterschaft")) {
                    total(i, "CHAMPIONSHIP_TOP_POSITIONS", Words.cardinal(w(i - 1)), "top places of the championship");
                } else if (word.equals("meistertitel") && (hasPrefix("verteidig"))) {
                    for (int k = i - 1; k >= Math.max(0, i - 5); k--) {
                        if (Words.cardinal(w(k)) != null && !w(k).equals("einem")) {
                            total(k + 1, "TITLES_DEFENDED", Words.cardinal(w(k)), "titles defended");
                            break;
                        }
                    }
                } else if (word.equals("gesamtsieg") && w(i - 1).equals("dreifach")) {
                    total(i, "ONE_TWO_THREE_FINISHES", 1, "a one-two-three finish");
                }
            }
        }

        private void roles() {
            for (Mention person : inSentence) {
                if (!"person".equals(person.kind())) {
                    continue;
                }
                int at = tokenOf(person.start());
                int end = lastTokenOf(person);
                Mention maker = null;
                String role = null;
                if (at >= 2 && w(at - 1).endsWith("chef")) {
                    maker = makerAt(at - 2);
                    role = tokens.get(at - 1).original();
                } else if (w(end + 1).equals("leiter")) {
                    maker = makerAt(end + 2);
                    role = "Leiter " + (maker == null ? "" : tokens.get(end + 2).original()) + "-" + tokens.get(Math.min(tokens.size() - 1, end + 3)).original();
                }
                if (maker != null) {
                    add(new Fact.Role(maker.id()), List.of("person:" + person.id()), null, Math.min(at, end), Math.max(at, end + 3) , 0.7, true,
                            "role printed beside the name: " + role);
                }
            }
        }

        private Mention makerAt(int k) {
            if (k < 0 || k >= tokens.size()) {
                return null;
            }
            Token t = tokens.get(k);
            return inSentence.stream().filter(m -> "manufacturer".equals(m.kind()) && m.start() <= t.start() && t.end() <= m.end())
                    .findFirst().orElse(null);
        }
    }
}
