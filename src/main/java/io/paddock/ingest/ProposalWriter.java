package io.paddock.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paddock.ingest.KnowledgeBase.Entity;
import io.paddock.internal.text.Folding;
import io.paddock.model.ChampionshipKind;
import io.paddock.model.EntityKind;
import io.paddock.model.SessionType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes proposals in the seed format: one article file (seasons, event, sessions, entries, results, championships,
 * lap records, stated totals, roles) and a registry holding just the entities it refers to, with this report's
 * paragraphs as their provenance, plus new entities. Loading the pair adds to a graph; it never removes, since the
 * loader merges provenance and keeps properties a file leaves out.
 */
final class ProposalWriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9][0-9]|20[0-4][0-9])\\b");
    private static final String REVIEW = "Proposed by paddock ingest; review: ";

    private final KnowledgeBase kb;
    private final JsonNode seedRegistry;
    private final String sourceId;
    private final String file;
    private final Text text;
    private final List<Mention> mentions;
    private final List<FactProposal> facts;
    private final Map<String, Set<Integer>> used = new LinkedHashMap<>();

    ProposalWriter(KnowledgeBase kb, JsonNode seedRegistry, String sourceId, String file, Text text, List<Mention> mentions,
                   List<FactProposal> facts) {
        this.kb = kb;
        this.seedRegistry = seedRegistry;
        this.sourceId = sourceId;
        this.file = file;
        this.text = text;
        this.mentions = mentions;
        this.facts = facts;
    }

    private ArrayNode src(Set<Integer> paragraphs) {
        ArrayNode out = JSON.createArrayNode();
        new TreeSet<>(paragraphs).forEach(p -> out.add(sourceId + "#p" + p));
        return out;
    }

    private ArrayNode src(int paragraph) {
        return src(Set.of(paragraph));
    }

    private void use(String kind, String id, int paragraph) {
        used.computeIfAbsent(kind + ":" + id, k -> new TreeSet<>()).add(paragraph);
    }

    private static void inferred(ObjectNode node, List<FactProposal> from) {
        List<String> reasons = from.stream().filter(f -> !f.stated()).map(FactProposal::evidence).distinct().toList();
        if (!reasons.isEmpty()) {
            node.put("inferred", REVIEW + String.join("; ", reasons));
        }
    }

    /**
     * The two files of a proposal.
     *
     * @param article  the article file ({@code articles/<sourceId>.json})
     * @param registry the registry entries the article refers to, plus new entities
     */
    record Written(ObjectNode article, ObjectNode registry) {
    }

    /**
     * Where the report's race sits: the series, the season (year printed or a placeholder), the circuit (a new one
     * when no known circuit is named) and the event of that season at that circuit.
     */
    private record Frame(String series, int year, boolean yearGuessed, String season, String circuit,
                         ObjectNode newCircuit, String event) {
    }

    /** The entries' results and how sure each overall place is, for {@link #oneCarPerPlace}. */
    private record Results(ArrayNode entries, ArrayNode results, Map<ObjectNode, Double> positionConfidence) {
    }

    Written write() {
        useMentions();
        ObjectNode source = source();
        Frame frame = frame();
        ArrayNode seasons = seasons(frame);
        ArrayNode events = events(frame);
        Map<String, ObjectNode> sessions = new LinkedHashMap<>();
        Results results = entriesAndResults(frame, sessions);
        raceLaps(frame, sessions);
        ArrayNode championships = championships(frame, seasons);
        ArrayNode lapRecords = lapRecords(frame, sessions);
        ArrayNode totals = totals(frame);
        ArrayNode roles = roles(frame);
        oneCarPerPlace(results.results(), results.positionConfidence());

        ObjectNode article = JSON.createObjectNode();
        article.set("source", source);
        article.set("seasons", seasons);
        article.set("events", events);
        article.set("entries", results.entries());
        article.set("results", results.results());
        ArrayNode sessionArray = article.putArray("sessions");
        sessions.values().forEach(sessionArray::add);
        if (!championships.isEmpty()) {
            article.set("championships", championships);
        }
        if (!lapRecords.isEmpty()) {
            article.set("lapRecords", lapRecords);
        }
        if (!totals.isEmpty()) {
            article.set("statedTotals", totals);
        }
        if (!roles.isEmpty()) {
            article.set("roles", roles);
        }
        return new Written(article, registry(frame.newCircuit()));
    }

    /** Every linked or new name of a registry kind is provenance for its entity. */
    private void useMentions() {
        for (Mention m : mentions) {
            if ((m.linked() || "NEW".equals(m.status())) && KnowledgeBase.isRegistryKind(m.kind())) {
                use(m.kind(), m.id(), m.paragraph());
            }
        }
    }

    private ObjectNode source() {
        ObjectNode source = JSON.createObjectNode();
        source.put("id", sourceId);
        source.put("file", file);
        source.put("language", german() ? "de" : "en");
        source.put("title", "Proposed by paddock ingest from " + file + " (replace with a one-line description)");
        source.put("paragraphs", text.paragraphs);
        return source;
    }

    /** The series, season, circuit and event: the most mentioned, else the seed's first series and a new circuit. */
    private Frame frame() {
        String series = mostMentioned("series", 0);
        if (series == null) {
            series = seedRegistry.path("series").path(0).path("id").asText("alms");
        }
        use("series", series, firstParagraphOf("series", series));
        Integer printed = year();
        boolean yearGuessed = printed == null;
        int year = yearGuessed ? 2000 : printed;
        String season = series + "-" + year;
        String circuit = mostMentioned("circuit", 1);
        if (circuit == null) {
            circuit = mostMentioned("circuit", 0);
        }
        ObjectNode newCircuit = null;
        if (circuit == null) {
            circuit = "circuit-" + sourceId.substring(4, 12);
            newCircuit = JSON.createObjectNode().put("id", circuit).put("name", "Unknown circuit of " + file);
            newCircuit.set("src", src(1));
            newCircuit.put("inferred", REVIEW + "no known circuit is named; name the circuit or reuse an id from the registry.");
        } else {
            use("circuit", circuit, firstParagraphOf("circuit", circuit));
        }
        return new Frame(series, year, yearGuessed, season, circuit, newCircuit, season + "-" + circuit);
    }

    private ArrayNode seasons(Frame frame) {
        ArrayNode seasons = JSON.createArrayNode();
        ObjectNode seasonNode = seasons.addObject().put("id", frame.season()).put("series", frame.series()).put("year", frame.year());
        seasonNode.set("src", src(1));
        seasonNode.put("inferred", frame.yearGuessed() ? REVIEW + "the report prints no year; 2000 is a placeholder."
                : REVIEW + "the season is worked out from the years the report prints.");
        return seasons;
    }

    private ArrayNode events(Frame frame) {
        ArrayNode events = JSON.createArrayNode();
        ObjectNode eventNode = events.addObject().put("id", frame.event()).put("name", eventName(frame.circuit()))
                .put("season", frame.season()).put("circuit", frame.circuit());
        eventNode.set("src", src(1));
        eventNode.put("inferred", REVIEW + "event of the report: the season above at the circuit named first.");
        return events;
    }

    private static boolean aboutAnEntry(Fact fact) {
        return fact instanceof Fact.Crew || fact instanceof Fact.Car || fact instanceof Fact.CarClass
                || fact instanceof Fact.CarNumber || fact instanceof Fact.Position || fact instanceof Fact.ClassPosition
                || fact instanceof Fact.Gap || fact instanceof Fact.LapsLost;
    }

    /** Proposals about the same drivers (or, without drivers, the same team or car) are one car. */
    private Map<Set<String>, List<FactProposal>> byEntry() {
        List<FactProposal> entryFacts = facts.stream().filter(f -> aboutAnEntry(f.fact())).toList();
        List<Set<String>> keys = new ArrayList<>();
        Map<FactProposal, Set<String>> keyOf = new HashMap<>();
        for (FactProposal f : entryFacts) {
            Set<String> key = new LinkedHashSet<>(f.drivers().isEmpty() ? f.subjects() : f.subjects().stream()
                    .filter(s -> s.startsWith("driver:")).toList());
            Set<String> merged = null;
            for (Set<String> k : keys) {
                if (k.stream().anyMatch(key::contains) && (merged == null)) {
                    k.addAll(key);
                    merged = k;
                }
            }
            if (merged == null) {
                merged = key;
                keys.add(key);
            }
            keyOf.put(f, merged);
        }
        Map<Set<String>, List<FactProposal>> byEntry = new LinkedHashMap<>();
        for (FactProposal f : entryFacts) {
            Set<String> k = keys.stream().filter(x -> x.containsAll(keyOf.get(f))).findFirst().orElse(keyOf.get(f));
            byEntry.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
        }
        return byEntry;
    }

    /** One entry per car, and its results per session (the sessions are created as results need them). */
    private Results entriesAndResults(Frame frame, Map<String, ObjectNode> sessions) {
        Results out = new Results(JSON.createArrayNode(), JSON.createArrayNode(), new IdentityHashMap<>());
        Set<String> entryIds = new LinkedHashSet<>();
        for (Map.Entry<Set<String>, List<FactProposal>> e : byEntry().entrySet()) {
            String id = entry(frame, e.getKey(), e.getValue(), entryIds, out.entries());
            results(frame, id, e.getValue(), sessions, out);
        }
        return out;
    }

    /** @return the entry's id */
    private String entry(Frame frame, Set<String> key, List<FactProposal> fs, Set<String> entryIds, ArrayNode entries) {
        List<String> crew = key.stream().filter(s -> s.startsWith("driver:")).map(s -> s.substring(7)).limit(4).toList();
        String team = text(best(fs, Fact.Crew.class));
        String car = text(best(fs, Fact.Car.class));
        String cls = text(best(fs, Fact.CarClass.class));
        String number = text(best(fs, Fact.CarNumber.class));
        for (String s : key) {
            if (team == null && s.startsWith("team:")) {
                team = s.substring(5);
            }
            if (car == null && s.startsWith("car:")) {
                car = s.substring(4);
            }
        }
        String id = unique(entryIds, frame.event() + "-" + (team != null ? team : car != null ? car : "car")
                + (crew.isEmpty() ? "" : "-" + surname(crew.get(0))));
        ObjectNode entry = entries.addObject().put("id", id).put("event", frame.event());
        if (number != null && number.matches("[0-9A-Za-z]+")) {
            entry.put("number", number);
        }
        Set<Integer> paragraphs = new TreeSet<>();
        fs.forEach(f -> paragraphs.add(f.paragraph()));
        int first = paragraphs.iterator().next();
        if (cls != null) {
            entry.put("class", cls);
            use("class", cls, first);
        }
        if (team != null) {
            entry.put("team", team);
            use("team", team, first);
        }
        if (car != null) {
            entry.put("car", car);
            use("car", car, first);
        }
        ArrayNode crewNode = entry.putArray("crew");
        crew.forEach(d -> {
            crewNode.add(d);
            use("driver", d, first);
        });
        entry.put("crewComplete", false);
        entry.set("src", src(paragraphs));
        inferred(entry, fs.stream().filter(f -> f.fact() instanceof Fact.Crew || f.fact() instanceof Fact.Car
                || f.fact() instanceof Fact.CarClass || f.fact() instanceof Fact.CarNumber).toList());
        return id;
    }

    private void results(Frame frame, String entryId, List<FactProposal> fs, Map<String, ObjectNode> sessions, Results out) {
        Map<String, List<FactProposal>> bySession = new TreeMap<>();
        fs.stream().filter(f -> f.session() != null).forEach(f -> bySession.computeIfAbsent(f.session(), x -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<FactProposal>> s : bySession.entrySet()) {
            ObjectNode session = session(frame, sessions, s.getKey());
            List<FactProposal> inSession = s.getValue();
            ObjectNode result = out.results().addObject().put("entry", entryId).put("session", session.path("id").asText())
                    .put("status", "CLASSIFIED");
            Fact.Position position = best(inSession, Fact.Position.class);
            if (position != null) {
                result.put("position", position.position());
            }
            out.positionConfidence().put(result, inSession.stream().filter(f -> f.fact() instanceof Fact.Position)
                    .mapToDouble(FactProposal::confidence).max().orElse(0));
            Fact.ClassPosition classPosition = best(inSession, Fact.ClassPosition.class);
            if (classPosition != null) {
                result.put("classPosition", classPosition.position());
            }
            Fact.Gap gap = best(inSession, Fact.Gap.class);
            if (gap != null) {
                result.put("gapSeconds", gap.seconds());
            }
            Fact.LapsLost lapsLost = best(inSession, Fact.LapsLost.class);
            if (lapsLost != null) {
                result.put("lapsLostInPits", lapsLost.laps());
            }
            Set<Integer> rp = new TreeSet<>();
            inSession.forEach(f -> rp.add(f.paragraph()));
            result.set("src", src(rp));
            inferred(result, inSession);
            addSessionParagraphs(session, rp);
        }
    }

    /** The session of a type (RACE, QUALIFYING) of the event, created on first use. */
    private ObjectNode session(Frame frame, Map<String, ObjectNode> sessions, String type) {
        return sessions.computeIfAbsent(type, k -> newSession(frame.event() + "-" + k.toLowerCase(Locale.ROOT), frame.event(), k));
    }

    private void raceLaps(Frame frame, Map<String, ObjectNode> sessions) {
        for (FactProposal f : facts) {
            if (f.fact() instanceof Fact.Laps laps) {
                ObjectNode s = session(frame, sessions, f.session());
                s.put("laps", laps.laps());
                addSessionParagraphs(s, Set.of(f.paragraph()));
            }
        }
    }

    /** Championships with their standings; a defending champion's title adds the season before to {@code seasons}. */
    private ArrayNode championships(Frame frame, ArrayNode seasons) {
        ArrayNode championships = JSON.createArrayNode();
        Map<String, ObjectNode> championshipById = new LinkedHashMap<>();
        Map<Integer, String> extraSeasons = new TreeMap<>();
        for (FactProposal f : facts) {
            if (!(f.fact() instanceof Fact.Standing v)) {
                continue;
            }
            boolean previous = f.evidence().startsWith("defending champion");
            String standingSeason = frame.season();
            if (previous) {
                standingSeason = frame.series() + "-" + (frame.year() - 1);
                extraSeasons.put(frame.year() - 1, standingSeason);
            }
            boolean teams = f.subjects().get(0).startsWith("team:");
            String cls = v.carClass();
            String id = standingSeason + (cls == null ? "" : "-" + cls) + (teams ? "-teams" : "-drivers");
            ObjectNode championship = championshipById.computeIfAbsent(id, k -> {
                ObjectNode c = championships.addObject().put("id", k)
                        .put("name", "Proposed: " + k).put("season", k.substring(0, k.indexOf('-', k.indexOf('-') + 1)));
                if (cls != null) {
                    c.put("class", cls);
                }
                c.put("kind", (teams ? ChampionshipKind.TEAMS : ChampionshipKind.DRIVERS).graphValue());
                c.putArray("standings");
                return c;
            });
            championship.put("season", standingSeason);
            if (cls != null) {
                use("class", cls, f.paragraph());
            }
            for (String subject : f.subjects()) {
                ObjectNode standing = ((ArrayNode) championship.path("standings")).addObject();
                String kind = subject.substring(0, subject.indexOf(':'));
                String holder = subject.substring(subject.indexOf(':') + 1);
                standing.putObject("holder").put("kind", kind).put("id", holder);
                use(kind, holder, f.paragraph());
                standing.put("position", v.position());
                standing.put("final", v.finalPlace());
                if (!v.finalPlace()) {
                    standing.put("asOfEvent", frame.event());
                }
                standing.set("src", src(f.paragraph()));
                inferred(standing, List.of(f));
            }
        }
        extraSeasons.forEach((y, id) -> {
            if (!id.equals(frame.season())) {
                ObjectNode s = seasons.addObject().put("id", id).put("series", seasonNodeSeries(id)).put("year", y);
                s.set("src", src(1));
                s.put("inferred", REVIEW + "the season before the report's, for a defending champion's title.");
            }
        });
        return championships;
    }

    /** Lap records, set in qualifying unless the report has only another session. */
    private ArrayNode lapRecords(Frame frame, Map<String, ObjectNode> sessions) {
        ArrayNode lapRecords = JSON.createArrayNode();
        for (FactProposal f : facts) {
            if (!(f.fact() instanceof Fact.LapRecord v)) {
                continue;
            }
            String driver = f.drivers().get(0);
            String qualifying = SessionType.QUALIFYING.graphValue();
            String sessionType = sessions.containsKey(qualifying) || sessions.isEmpty() ? qualifying
                    : sessions.keySet().iterator().next();
            ObjectNode s = session(frame, sessions, sessionType);
            addSessionParagraphs(s, Set.of(f.paragraph()));
            ObjectNode record = lapRecords.addObject()
                    .put("id", frame.event() + "-" + v.recordKind().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + surname(driver))
                    .put("circuit", frame.circuit()).put("driver", driver).put("session", s.path("id").asText())
                    .put("kind", v.recordKind());
            use("driver", driver, f.paragraph());
            if (v.improvement() != null) {
                record.put("improvementSeconds", v.improvement());
            }
            record.set("src", src(f.paragraph()));
            inferred(record, List.of(f));
        }
        return lapRecords;
    }

    private ArrayNode totals(Frame frame) {
        ArrayNode totals = JSON.createArrayNode();
        Set<String> totalIds = new LinkedHashSet<>();
        for (FactProposal f : facts) {
            if (!(f.fact() instanceof Fact.Total v)) {
                continue;
            }
            ObjectNode total = JSON.createObjectNode();
            String who = f.subjects().get(0).substring(f.subjects().get(0).indexOf(':') + 1);
            String id = unique(totalIds, frame.season() + "-" + who + "-" + v.metric().toLowerCase(Locale.ROOT).replace('_', '-'));
            total.put("id", id);
            ArrayNode subject = total.putArray("subject");
            for (String s : f.subjects()) {
                String kind = s.substring(0, s.indexOf(':'));
                subject.addObject().put("kind", kind).put("id", s.substring(s.indexOf(':') + 1));
                use(kind, s.substring(s.indexOf(':') + 1), f.paragraph());
            }
            total.put("metric", v.metric()).put("value", v.value());
            boolean career = "WINS_AT_CIRCUIT".equals(v.metric()) || "CLASS_POLES".equals(v.metric());
            total.put("scope", career ? "CAREER" : "SEASON");
            if (!career) {
                total.put("season", frame.season());
            }
            total.put("asOfEvent", frame.event());
            total.set("src", src(f.paragraph()));
            inferred(total, List.of(f));
            totals.add(total);
        }
        return totals;
    }

    private ArrayNode roles(Frame frame) {
        ArrayNode roles = JSON.createArrayNode();
        for (FactProposal f : facts) {
            if (!(f.fact() instanceof Fact.Role v)) {
                continue;
            }
            String person = f.subjects().get(0).substring(7);
            Entity maker = kb.get("manufacturer", v.organisation());
            ObjectNode role = roles.addObject().put("person", person)
                    .put("role", "Motorsport manager at " + (maker == null ? v.organisation() : maker.name()) + " (translate the printed title)");
            role.putObject("organisation").put("kind", "manufacturer").put("id", v.organisation());
            use("person", person, f.paragraph());
            use("manufacturer", v.organisation(), f.paragraph());
            role.put("season", frame.season());
            role.set("src", src(f.paragraph()));
        }
        return roles;
    }

    private String seasonNodeSeries(String seasonId) {
        return seasonId.substring(0, seasonId.lastIndexOf('-'));
    }

    private static void addSessionParagraphs(ObjectNode session, Set<Integer> paragraphs) {
        Set<String> all = new TreeSet<>();
        session.path("src").forEach(s -> all.add(s.asText()));
        String prefix = session.path("src").path(0).asText();
        String source = prefix.substring(0, prefix.indexOf("#p"));
        paragraphs.forEach(p -> all.add(source + "#p" + p));
        ArrayNode src = session.putArray("src");
        all.stream().sorted(Comparator.comparingInt(s -> Integer.parseInt(s.substring(s.indexOf("#p") + 2)))).forEach(src::add);
    }

    private ObjectNode newSession(String id, String event, String type) {
        ObjectNode s = JSON.createObjectNode().put("id", id).put("event", event).put("type", type);
        s.set("src", src(1));
        return s;
    }

    /**
     * A report can read as if two cars took one overall place (a class pole worded like an overall one); the validator
     * rightly refuses that, so the surer claim keeps the place and the other result loses only its overall position,
     * with a note saying why, for the reviewer to decide.
     */
    private static void oneCarPerPlace(ArrayNode results, Map<ObjectNode, Double> positionConfidence) {
        Map<String, List<ObjectNode>> byPlace = new LinkedHashMap<>();
        results.forEach(r -> {
            if (r.hasNonNull("position")) {
                byPlace.computeIfAbsent(r.path("session").asText() + "#" + r.path("position").asInt(), k -> new ArrayList<>())
                        .add((ObjectNode) r);
            }
        });
        for (List<ObjectNode> claims : byPlace.values()) {
            if (claims.size() < 2) {
                continue;
            }
            List<ObjectNode> surestFirst = new ArrayList<>(claims);
            surestFirst.sort(Comparator.comparingDouble((ObjectNode r) -> positionConfidence.getOrDefault(r, 0.0)).reversed());
            ObjectNode kept = surestFirst.get(0);
            for (ObjectNode other : surestFirst.subList(1, surestFirst.size())) {
                String note = "the report also puts " + kept.path("entry").asText() + " " + other.path("position").asInt()
                        + " overall in this session, so this car's overall place is left out (a class place?)";
                other.remove("position");
                other.put("inferred", other.hasNonNull("inferred") ? other.path("inferred").asText() + "; " + note : REVIEW + note);
            }
        }
    }

    /** The surest proposal's fact of a type, or null. */
    private static <T extends Fact> T best(List<FactProposal> fs, Class<T> type) {
        return fs.stream().filter(f -> type.isInstance(f.fact()))
                .max(Comparator.comparingDouble(FactProposal::confidence)).map(f -> type.cast(f.fact())).orElse(null);
    }

    private static String text(Fact fact) {
        return fact == null ? null : fact.text();
    }

    private static String unique(Set<String> taken, String id) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    private String surname(String driverId) {
        Entity d = kb.get("driver", driverId);
        String name = d == null ? driverId : d.name();
        return slug(name.substring(name.lastIndexOf(' ') + 1));
    }

    /**
     * An id part for a proposal, spelt as the hand-written registry spells ids: German transliteration first ("Jörg" is
     * {@code joerg}, "Müller" {@code mueller}), then any other accent dropped and anything but a-z and 0-9 a hyphen.
     * Not {@code Names.slug} ("jorg"), the rule of imported ids: ADR 0033 says why both stay.
     */
    static String slug(String name) {
        String german = name.replace("ß", "ss").replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue");
        String ascii = Folding.withoutMarks(german);
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "x" : slug;
    }

    private boolean german() {
        String lower = " " + text.content.toLowerCase(Locale.ROOT) + " ";
        int de = count(lower, " der ") + count(lower, " und ") + count(lower, " die ");
        int en = count(lower, " the ") + count(lower, " and ") + count(lower, " of ");
        return de >= en;
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * The report's season: a year printed after "Saison"/"season"; else the year printed most often (the latest of
     * equals); a year the report compares with ("gegenüber 2007") while it speaks of the previous year ("Vorjahr") is
     * that year plus one; the years of a span ("zwischen … und …") do not count. Null when no year is printed.
     */
    private Integer year() {
        Matcher m = YEAR.matcher(text.content);
        Map<Integer, Integer> counts = new TreeMap<>();
        String lower = text.content.toLowerCase(Locale.ROOT);
        boolean inSpan = false;
        while (m.find()) {
            int y = Integer.parseInt(m.group(1));
            String before = lower.substring(Math.max(0, m.start() - 12), m.start());
            if (before.matches(".*(saison|season) $")) {
                return y;
            }
            // "zwischen 2003 und 2005": a span of earlier years, not the season reported on.
            boolean spanEnd = inSpan && before.matches(".*(und|and|bis|to) $");
            inSpan = before.matches(".*(zwischen|between) $");
            if (inSpan || spanEnd) {
                continue;
            }
            if (before.matches(".*(gegenüber|gegenuber|than) $") && lower.contains("vorjahr")) {
                y++;
            }
            counts.merge(y, 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
    }

    private String mostMentioned(String kind, int paragraph) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.linked() && kind.equals(m.kind()) && (paragraph == 0 || m.paragraph() == paragraph)) {
                counts.merge(m.id(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private int firstParagraphOf(String kind, String id) {
        return mentions.stream().filter(m -> m.linked() && kind.equals(m.kind()) && id.equals(m.id()))
                .mapToInt(Mention::paragraph).min().orElse(1);
    }

    private String eventName(String circuit) {
        for (Mention m : mentions) {
            if (m.linked() && "event".equals(m.kind())) {
                Entity e = kb.get("event", m.id());
                if (e != null && circuit.equals(e.circuit())) {
                    return e.name();
                }
            }
        }
        Entity c = kb.get("circuit", circuit);
        return c == null ? circuit : c.name();
    }

    /** The registry entries the article uses, with this report's paragraphs as provenance, and new entities. */
    private ObjectNode registry(ObjectNode newCircuit) {
        ObjectNode registry = JSON.createObjectNode();
        Map<String, String> arrayOf = new HashMap<>();
        KnowledgeBase.REGISTRY_KINDS.forEach(kind -> arrayOf.put(kind.key(), kind.registrySection().orElseThrow()));
        // A car needs its maker: printed in the car's name or not, the maker is named where the car is.
        for (String key : List.copyOf(used.keySet())) {
            if (key.startsWith("car:")) {
                Entity car = kb.get("car", key.substring(4));
                if (car != null && car.manufacturer() != null) {
                    used.computeIfAbsent("manufacturer:" + car.manufacturer(), k -> new TreeSet<>()).addAll(used.get(key));
                }
            }
        }
        for (EntityKind registryKind : EntityKind.registryKinds()) {
            String array = registryKind.registrySection().orElseThrow();
            ArrayNode out = registry.putArray(array);
            String kind = registryKind.key();
            for (JsonNode item : seedRegistry.path(array)) {
                Set<Integer> paragraphs = used.get(kind + ":" + item.path("id").asText());
                if (paragraphs == null) {
                    continue;
                }
                ObjectNode copy = ((ObjectNode) item).deepCopy();
                copy.remove(List.of("src", "inferred", "note"));
                for (String[] ref : new String[][]{{"series", "series"}, {"class", "class"}, {"engineManufacturer", "manufacturer"},
                        {"supportedBy", "manufacturer"}, {"factoryDriverOf", "manufacturer"}}) {
                    if (copy.has(ref[0]) && !used.containsKey(ref[1] + ":" + copy.path(ref[0]).asText())) {
                        copy.remove(ref[0]);
                    }
                }
                copy.set("src", src(paragraphs));
                out.add(copy);
            }
        }
        if (newCircuit != null) {
            ((ArrayNode) registry.path("circuits")).add(newCircuit);
        }
        Set<String> added = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if ("NEW".equals(m.status()) && arrayOf.containsKey(m.kind())) {
                String id = m.id();
                if (kb.get(m.kind(), id) != null || !seedRegistryLacks(arrayOf.get(m.kind()), id) || !added.add(m.kind() + ":" + id)) {
                    continue;
                }
                ObjectNode node = ((ArrayNode) registry.path(arrayOf.get(m.kind()))).addObject().put("id", id).put("name", m.name());
                node.set("src", src(m.paragraph()));
                node.put("inferred", REVIEW + "a name the graph does not know, printed beside racing words; check it is new.");
            } else if (m.linked() && KnowledgeBase.isRegistryKind(m.kind())
                    && seedRegistryLacks(arrayOf.get(m.kind()), m.id()) && added.add(m.kind() + ":" + m.id())
                    && !"car".equals(m.kind())) {
                // Known only to the graph (imported data): listed so the article's references resolve.
                ObjectNode node = ((ArrayNode) registry.path(arrayOf.get(m.kind()))).addObject().put("id", m.id()).put("name", m.name());
                node.set("src", src(used.getOrDefault(m.kind() + ":" + m.id(), Set.of(m.paragraph()))));
            }
        }
        return registry;
    }

    private boolean seedRegistryLacks(String array, String id) {
        for (JsonNode item : seedRegistry.path(array)) {
            if (id.equals(item.path("id").asText())) {
                return false;
            }
        }
        return true;
    }
}
