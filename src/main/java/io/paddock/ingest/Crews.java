package io.paddock.ingest;

import io.paddock.ingest.KnowledgeBase.Entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The crews of one sentence: drivers printed together ("Bernhard und Dumas", "Hand/Müller"), each bound to the team
 * and car the words give it. The fact patterns ask which crew is nearest a word.
 */
final class Crews {

    /** Drivers printed together as one crew ("Bernhard und Dumas", "Hand/Müller"), and what they are bound to. */
    static final class Group {
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

    private final Clause clause;
    private final List<Group> all = new ArrayList<>();

    private Crews(Clause clause) {
        this.clause = clause;
    }

    /**
     * @param clause  the sentence
     * @param kb      what the linker knows (a bound car's class and maker)
     * @param content the report's text, to read what stands between two names
     * @return the sentence's crews, bound to their teams and cars
     */
    static Crews of(Clause clause, KnowledgeBase kb, String content) {
        Crews crews = new Crews(clause);
        crews.group(content);
        crews.bind(kb);
        return crews;
    }

    List<Group> all() {
        return all;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /** Not printed right after "vor", "hinter" …: such a crew is the rival. */
    boolean eligible(Group g) {
        return !Words.NOT_A_SUBJECT_AFTER.contains(clause.w(g.firstToken - 1));
    }

    /** @return the first crew that can be a subject, or null */
    Group firstEligible() {
        return all.stream().filter(this::eligible).findFirst().orElse(null);
    }

    /** @return the eligible crew nearest a token (with preferBefore, one before it wins), or null */
    Group nearest(int token, boolean preferBefore) {
        Group best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Group g : all) {
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

    private void group(String content) {
        Group current = null;
        Mention previous = null;
        for (Mention m : clause.inSentence()) {
            if (!"driver".equals(m.kind())) {
                continue;
            }
            if (current != null && previous != null && joined(content, previous, m)) {
                if (current.drivers.stream().noneMatch(d -> d.id().equals(m.id()))) {
                    current.drivers.add(m);
                }
                current.lastToken = clause.lastTokenOf(m);
            } else {
                current = new Group();
                current.drivers.add(m);
                current.firstToken = clause.tokenOf(m.start());
                current.lastToken = clause.lastTokenOf(m);
                all.add(current);
            }
            previous = m;
        }
    }

    /** Only commas, slashes, "und"/"zusammen mit" and bracketed home towns between two names. */
    private static boolean joined(String content, Mention a, Mention b) {
        if (b.start() < a.end()) {
            return true;
        }
        String between = content.substring(a.end(), b.start()).replaceAll("\\([^)]*\\)", " ");
        for (String word : between.split("[\\s,/&]+")) {
            if (!word.isEmpty() && !Words.CONNECTORS.contains(word.toLowerCase())) {
                return false;
            }
        }
        return true;
    }

    private void bind(KnowledgeBase kb) {
        Map<Group, int[]> teamDistance = new HashMap<>();
        Map<Group, int[]> carDistance = new HashMap<>();
        List<Mention> inSentence = clause.inSentence();
        List<Mention> teams = inSentence.stream().filter(m -> "team".equals(m.kind())).toList();
        List<Mention> cars = inSentence.stream().filter(m -> "car".equals(m.kind())).toList();
        for (Mention m : inSentence) {
            if (!"team".equals(m.kind()) && !"car".equals(m.kind())) {
                continue;
            }
            int at = clause.tokenOf(m.start());
            int after = clause.lastTokenOf(m) + 1;
            boolean ownerAfter = "von".equals(clause.w(after)) && all.stream().anyMatch(g -> g.firstToken == after + 1);
            boolean single = cars.size() <= 1 && teams.size() <= 1 && all.size() == 1
                    && clause.tokens().stream().anyMatch(t -> Words.CREW_CUES.contains(t.folded()));
            if (!ownerAfter && !single && (!boundByWords(at) || clause.rivalBefore(at))) {
                continue;
            }
            Group g = null;
            int distance = Integer.MAX_VALUE;
            for (Group candidate : all) {
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
        if (teams.size() == 1 && all.size() > 1 && all.stream().anyMatch(g -> g.team == teams.get(0))
                && all.stream().allMatch(g -> g.firstToken > clause.tokenOf(teams.get(0).start()))) {
            for (Group g : all) {
                if (g.team == null) {
                    g.team = teams.get(0);
                    g.shared = true;
                }
                if (g.car == null && cars.size() == 1 && clause.tokenOf(cars.get(0).start()) < g.firstToken) {
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
            Mention inside = clause.mentionAt(k);
            if (inside != null) {
                if ("team".equals(inside.kind()) || "manufacturer".equals(inside.kind())) {
                    continue;
                }
                return false;
            }
            if (Words.BINDING.contains(clause.w(k)) || clause.w(k).endsWith("teams") || clause.w(k).endsWith("team")) {
                return true;
            }
            String original = clause.tokens().get(k).original();
            if (original.length() > 2 && Character.isUpperCase(original.charAt(0)) && original.chars().anyMatch(Character::isLowerCase)) {
                return false;
            }
        }
        return false;
    }
}
