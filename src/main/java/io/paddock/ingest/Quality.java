package io.paddock.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Scores proposals against the curated seed. Linking: a proposal is the pair (entity, paragraph); the curated pairs
 * are the registry's {@code src} paragraphs of the article. Facts: the curated article file is cut into the same
 * atomic facts the patterns propose, and a proposal matches a curated fact when the kind, the session, the value and
 * at least one subject agree (docs/ingest.md defines it exactly). Only the scoring reads the curated article — the
 * proposals were made before, from a knowledge base without it.
 */
final class Quality {

    /** One curated fact in the proposals' terms. */
    record GoldFact(Fact fact, List<String> subjects, String session, boolean inferred) {

        String kind() {
            return fact.kind();
        }

        @Override
        public String toString() {
            return kind() + " " + subjects + (session == null ? "" : " " + session) + " = " + fact.text() + (inferred ? " (inferred)" : "");
        }
    }

    private Quality() {
    }

    static QualityRow score(String sourceId, JsonNode registry, JsonNode curatedArticle, IngestResult result) {
        Set<String> goldLinks = goldLinks(sourceId, registry);
        Set<String> proposedLinks = new TreeSet<>();
        for (Mention m : result.mentions()) {
            if ((m.linked() || "NEW".equals(m.status())) && KnowledgeBase.isRegistryKind(m.kind())) {
                proposedLinks.add(m.kind() + ":" + m.id() + "#p" + m.paragraph());
            }
        }
        List<String> missedLinks = goldLinks.stream().filter(l -> !proposedLinks.contains(l)).toList();
        List<String> wrongLinks = proposedLinks.stream().filter(l -> !goldLinks.contains(l)).toList();

        List<GoldFact> gold = goldFacts(curatedArticle);
        List<FactProposal> proposals = distinct(result.facts());
        int correct = 0;
        List<String> wrongFacts = new ArrayList<>();
        for (FactProposal p : proposals) {
            if (gold.stream().anyMatch(g -> matches(p, g))) {
                correct++;
            } else {
                wrongFacts.add(describe(p));
            }
        }
        int found = 0;
        int statedGold = 0;
        int statedFound = 0;
        List<String> missedFacts = new ArrayList<>();
        for (GoldFact g : gold) {
            boolean hit = proposals.stream().anyMatch(p -> matches(p, g));
            if (!g.inferred()) {
                statedGold++;
            }
            if (hit) {
                found++;
                if (!g.inferred()) {
                    statedFound++;
                }
            } else {
                missedFacts.add(g.toString());
            }
        }
        return new QualityRow(sourceId, goldLinks.size(), proposedLinks.size(), proposedLinks.size() - wrongLinks.size(),
                gold.size(), statedGold, proposals.size(), correct, found, statedFound, missedLinks, wrongLinks,
                missedFacts, wrongFacts);
    }

    static QualityRow total(List<QualityRow> rows) {
        int[] sums = new int[9];
        List<String> ml = new ArrayList<>();
        List<String> wl = new ArrayList<>();
        List<String> mf = new ArrayList<>();
        List<String> wf = new ArrayList<>();
        for (QualityRow r : rows) {
            sums[0] += r.linksGold();
            sums[1] += r.linksProposed();
            sums[2] += r.linksCorrect();
            sums[3] += r.factsGold();
            sums[4] += r.factsStatedGold();
            sums[5] += r.factsProposed();
            sums[6] += r.factsCorrect();
            sums[7] += r.factsFound();
            sums[8] += r.statedFound();
            r.missedLinks().forEach(x -> ml.add(r.article().substring(0, 3) + " " + x));
            r.wrongLinks().forEach(x -> wl.add(r.article().substring(0, 3) + " " + x));
            r.missedFacts().forEach(x -> mf.add(r.article().substring(0, 3) + " " + x));
            r.wrongFacts().forEach(x -> wf.add(r.article().substring(0, 3) + " " + x));
        }
        return new QualityRow("total", sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6], sums[7], sums[8],
                ml, wl, mf, wf);
    }

    static String describe(FactProposal p) {
        return p.kind() + " " + p.subjects() + (p.session() == null ? "" : " " + p.session()) + " = " + p.value()
                + " (p" + p.paragraph() + " " + p.start() + "-" + p.end() + ")";
    }

    /** The registry's provenance for this article: which entity each paragraph names. */
    static Set<String> goldLinks(String sourceId, JsonNode registry) {
        Set<String> out = new TreeSet<>();
        KnowledgeBase.REGISTRY_KINDS.forEach(k -> registry.path(k.registrySection().orElseThrow()).forEach(item -> item.path("src").forEach(src -> {
            String kind = k.key();
            String ref = src.asText();
            if (ref.startsWith(sourceId + "#p")) {
                out.add(kind + ":" + item.path("id").asText() + "#p" + ref.substring(ref.indexOf("#p") + 2));
            }
        })));
        return out;
    }

    /** Same kind, session and value and a shared subject count once. */
    static List<FactProposal> distinct(List<FactProposal> facts) {
        Map<String, FactProposal> out = new LinkedHashMap<>();
        for (FactProposal f : facts) {
            String key = f.kind() + "|" + new TreeSet<>(f.subjects()) + "|" + f.session() + "|" + f.value();
            out.merge(key, f, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        return List.copyOf(out.values());
    }

    static List<GoldFact> goldFacts(JsonNode article) {
        List<GoldFact> out = new ArrayList<>();
        Map<String, String> sessionType = new HashMap<>();
        article.path("sessions").forEach(s -> {
            sessionType.put(s.path("id").asText(), s.path("type").asText());
            if (s.has("laps")) {
                out.add(new GoldFact(new Fact.Laps(s.path("laps").asInt()), List.of(), s.path("type").asText(), s.has("inferred")));
            }
        });
        Map<String, List<String>> identity = new HashMap<>();
        for (JsonNode e : article.path("entries")) {
            List<String> drivers = new ArrayList<>();
            e.path("crew").forEach(c -> drivers.add("driver:" + c.asText()));
            List<String> id = new ArrayList<>(drivers);
            if (e.has("team")) {
                id.add("team:" + e.path("team").asText());
            }
            if (e.has("car")) {
                id.add("car:" + e.path("car").asText());
            }
            identity.put(e.path("id").asText(), id);
            boolean inferred = e.has("inferred");
            if (!drivers.isEmpty()) {
                if (e.has("team")) {
                    out.add(new GoldFact(new Fact.Crew(e.path("team").asText()), drivers, null, inferred));
                }
                if (e.has("car")) {
                    out.add(new GoldFact(new Fact.Car(e.path("car").asText()), drivers, null, inferred));
                }
                if (e.has("class")) {
                    out.add(new GoldFact(new Fact.CarClass(e.path("class").asText()), drivers, null, inferred));
                }
                if (e.has("number")) {
                    out.add(new GoldFact(new Fact.CarNumber(e.path("number").asText()), drivers, null, inferred));
                }
            }
        }
        for (JsonNode r : article.path("results")) {
            List<String> subjects = identity.getOrDefault(r.path("entry").asText(), List.of());
            String session = sessionType.get(r.path("session").asText());
            boolean inferred = r.has("inferred");
            if (r.has("position")) {
                out.add(new GoldFact(new Fact.Position(r.path("position").asInt()), subjects, session, inferred));
            }
            if (r.has("classPosition")) {
                out.add(new GoldFact(new Fact.ClassPosition(r.path("classPosition").asInt()), subjects, session, inferred));
            }
            if (r.has("gapSeconds")) {
                out.add(new GoldFact(new Fact.Gap(number(r.path("gapSeconds").asText())), subjects, session, inferred));
            }
            if (r.has("lapsLostInPits")) {
                out.add(new GoldFact(new Fact.LapsLost(r.path("lapsLostInPits").asInt()), subjects, session, inferred));
            }
        }
        for (JsonNode c : article.path("championships")) {
            String cls = c.has("class") ? c.path("class").asText() : null;
            for (JsonNode s : c.path("standings")) {
                String holder = s.path("holder").path("kind").asText() + ":" + s.path("holder").path("id").asText();
                out.add(new GoldFact(new Fact.Standing(cls, s.path("position").asInt(), s.path("final").asBoolean()),
                        List.of(holder), null, s.has("inferred")));
            }
        }
        for (JsonNode l : article.path("lapRecords")) {
            out.add(new GoldFact(new Fact.LapRecord(l.path("kind").asText(),
                    l.has("improvementSeconds") ? number(l.path("improvementSeconds").asText()) : null),
                    List.of("driver:" + l.path("driver").asText()), null, l.has("inferred")));
        }
        for (JsonNode t : article.path("statedTotals")) {
            List<String> subjects = new ArrayList<>();
            t.path("subject").forEach(s -> subjects.add(s.path("kind").asText() + ":" + s.path("id").asText()));
            out.add(new GoldFact(new Fact.Total(t.path("metric").asText(), t.path("value").asInt()), subjects, null, t.has("inferred")));
        }
        for (JsonNode r : article.path("roles")) {
            out.add(new GoldFact(new Fact.Role(r.path("organisation").path("id").asText()),
                    List.of("person:" + r.path("person").asText()), null, r.has("inferred")));
        }
        return out;
    }

    static boolean matches(FactProposal p, GoldFact g) {
        if (!p.kind().equals(g.kind())) {
            return false;
        }
        if (p.session() != null && g.session() != null && !p.session().equals(g.session())) {
            return false;
        }
        if (!sameValue(p.fact(), g.fact())) {
            return false;
        }
        return shareSubject(p.subjects(), g.subjects());
    }

    /** Called with facts of one kind: a standing of an unknown class matches any class; numbers by value. */
    private static boolean sameValue(Fact proposed, Fact curated) {
        if (proposed instanceof Fact.Standing a && curated instanceof Fact.Standing b) {
            return a.position() == b.position() && a.finalPlace() == b.finalPlace()
                    && (a.carClass() == null || b.carClass() == null || a.carClass().equals(b.carClass()));
        }
        if (proposed instanceof Fact.LapRecord a && curated instanceof Fact.LapRecord b) {
            return a.recordKind().equals(b.recordKind()) && (a.improvement() == null || b.improvement() == null
                    ? a.improvement() == b.improvement() : a.improvement().compareTo(b.improvement()) == 0);
        }
        if (proposed instanceof Fact.Total a && curated instanceof Fact.Total b) {
            return a.metric().equals(b.metric()) && a.value() == b.value();
        }
        return sameNumberOrText(proposed.text(), curated.text());
    }

    private static boolean sameNumberOrText(String proposed, String curated) {
        try {
            return new BigDecimal(proposed).compareTo(new BigDecimal(curated)) == 0;
        } catch (NumberFormatException e) {
            return proposed.equals(curated);
        }
    }

    /** Drivers decide when both name drivers; otherwise any shared team, car or other subject. */
    static boolean shareSubject(List<String> proposed, List<String> curated) {
        if (proposed.isEmpty() || curated.isEmpty()) {
            return proposed.isEmpty() && curated.isEmpty();
        }
        Set<String> pd = drivers(proposed);
        Set<String> cd = drivers(curated);
        if (!pd.isEmpty() && !cd.isEmpty()) {
            pd.retainAll(cd);
            return !pd.isEmpty();
        }
        Set<String> shared = new LinkedHashSet<>(proposed);
        shared.retainAll(curated);
        return !shared.isEmpty();
    }

    private static Set<String> drivers(List<String> subjects) {
        Set<String> out = new LinkedHashSet<>();
        subjects.stream().filter(s -> s.startsWith("driver:")).forEach(out::add);
        return out;
    }

    private static BigDecimal number(String text) {
        return new BigDecimal(new BigDecimal(text).stripTrailingZeros().toPlainString());
    }
}
