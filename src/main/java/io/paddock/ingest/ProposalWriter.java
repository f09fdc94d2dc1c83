package io.paddock.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.paddock.ingest.KnowledgeBase.Entity;
import io.paddock.ingest.ProposedArticle.Championship;
import io.paddock.ingest.ProposedArticle.EntityRef;
import io.paddock.ingest.ProposedArticle.Entry;
import io.paddock.ingest.ProposedArticle.Event;
import io.paddock.ingest.ProposedArticle.LapRecord;
import io.paddock.ingest.ProposedArticle.Result;
import io.paddock.ingest.ProposedArticle.Role;
import io.paddock.ingest.ProposedArticle.Season;
import io.paddock.ingest.ProposedArticle.Session;
import io.paddock.ingest.ProposedArticle.Source;
import io.paddock.ingest.ProposedArticle.Standing;
import io.paddock.ingest.ProposedArticle.StatedTotal;
import io.paddock.internal.text.Folding;
import io.paddock.model.ChampionshipKind;
import io.paddock.model.EntityKind;
import io.paddock.model.SessionType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * paragraphs as their provenance, plus new entities; both as typed records ({@link ProposedArticle},
 * {@link ProposedRegistry}), JSON only once written. Loading the pair adds to a graph; it never removes, since the
 * loader merges provenance and keeps properties a file leaves out.
 */
final class ProposalWriter {

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

    private List<String> src(Set<Integer> paragraphs) {
        return new TreeSet<>(paragraphs).stream().map(p -> sourceId + "#p" + p).toList();
    }

    private List<String> src(int paragraph) {
        return src(Set.of(paragraph));
    }

    private void use(String kind, String id, int paragraph) {
        used.computeIfAbsent(kind + ":" + id, k -> new TreeSet<>()).add(paragraph);
    }

    /** The reasons of the proposals that are worked out rather than printed, or null when all are printed. */
    private static String inferred(List<FactProposal> from) {
        List<String> reasons = from.stream().filter(f -> !f.stated()).map(FactProposal::evidence).distinct().toList();
        return reasons.isEmpty() ? null : REVIEW + String.join("; ", reasons);
    }

    /**
     * The two files of a proposal.
     *
     * @param article  the article file ({@code articles/<sourceId>.json})
     * @param registry the registry entries the article refers to, plus new entities
     */
    record Written(ProposedArticle article, ProposedRegistry registry) {
    }

    /**
     * Where the report's race sits: the series, the season (year printed or a placeholder), the circuit (a new one
     * when no known circuit is named) and the event of that season at that circuit.
     */
    private record Frame(String series, int year, boolean yearGuessed, String season, String circuit,
                         ProposedRegistry.Proposed newCircuit, String event) {
    }

    /** A result and how sure its overall place is, for {@link #oneCarPerPlace}. */
    private record Placed(Result result, double positionConfidence) {
    }

    /** The entries and their results per session. */
    private record EntriesAndResults(List<Entry> entries, List<Placed> results) {
    }

    /**
     * A session while facts add to it: created by the first result, lap count or lap record that needs it, it
     * gathers their paragraphs (the report's first always, as for the frame) and the stated laps.
     */
    private static final class SessionDraft {
        private final String id;
        private final String event;
        private final String type;
        private final Set<Integer> paragraphs = new TreeSet<>(Set.of(1));
        private Integer laps;

        SessionDraft(String id, String event, String type) {
            this.id = id;
            this.event = event;
            this.type = type;
        }
    }

    /** A championship while the standings of its season, class and kind are found. */
    private record ChampionshipDraft(String id, String season, String carClass, ChampionshipKind kind,
                                     List<Standing> standings) {
    }

    Written write() {
        useMentions();
        Source source = source();
        Frame frame = frame();
        List<Season> seasons = new ArrayList<>(List.of(season(frame)));
        List<Event> events = List.of(event(frame));
        Map<String, SessionDraft> sessions = new LinkedHashMap<>();
        EntriesAndResults entriesAndResults = entriesAndResults(frame, sessions);
        raceLaps(frame, sessions);
        List<Championship> championships = championships(frame, seasons);
        List<LapRecord> lapRecords = lapRecords(frame, sessions);
        List<StatedTotal> totals = totals(frame);
        List<Role> roles = roles(frame);
        List<Result> results = oneCarPerPlace(entriesAndResults.results());
        List<Session> sessionList = sessions.values().stream()
                .map(s -> new Session(s.id, s.event, s.type, src(s.paragraphs), s.laps)).toList();
        ProposedArticle article = new ProposedArticle(source, seasons, events, entriesAndResults.entries(), results,
                sessionList, championships, lapRecords, totals, roles);
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

    private Source source() {
        return new Source(sourceId, file, german() ? "de" : "en",
                "Proposed by paddock ingest from " + file + " (replace with a one-line description)", text.paragraphs);
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
        ProposedRegistry.Proposed newCircuit = null;
        if (circuit == null) {
            circuit = "circuit-" + sourceId.substring(4, 12);
            newCircuit = new ProposedRegistry.Proposed(circuit, "Unknown circuit of " + file, src(1),
                    REVIEW + "no known circuit is named; name the circuit or reuse an id from the registry.");
        } else {
            use("circuit", circuit, firstParagraphOf("circuit", circuit));
        }
        return new Frame(series, year, yearGuessed, season, circuit, newCircuit, season + "-" + circuit);
    }

    private Season season(Frame frame) {
        return new Season(frame.season(), frame.series(), frame.year(), src(1),
                frame.yearGuessed() ? REVIEW + "the report prints no year; 2000 is a placeholder."
                        : REVIEW + "the season is worked out from the years the report prints.");
    }

    private Event event(Frame frame) {
        return new Event(frame.event(), eventName(frame.circuit()), frame.season(), frame.circuit(), src(1),
                REVIEW + "event of the report: the season above at the circuit named first.");
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
    private EntriesAndResults entriesAndResults(Frame frame, Map<String, SessionDraft> sessions) {
        EntriesAndResults out = new EntriesAndResults(new ArrayList<>(), new ArrayList<>());
        Set<String> entryIds = new LinkedHashSet<>();
        for (Map.Entry<Set<String>, List<FactProposal>> e : byEntry().entrySet()) {
            Entry entry = entry(frame, e.getKey(), e.getValue(), entryIds);
            out.entries().add(entry);
            results(frame, entry.id(), e.getValue(), sessions, out.results());
        }
        return out;
    }

    private Entry entry(Frame frame, Set<String> key, List<FactProposal> fs, Set<String> entryIds) {
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
        Set<Integer> paragraphs = new TreeSet<>();
        fs.forEach(f -> paragraphs.add(f.paragraph()));
        int first = paragraphs.iterator().next();
        if (cls != null) {
            use("class", cls, first);
        }
        if (team != null) {
            use("team", team, first);
        }
        if (car != null) {
            use("car", car, first);
        }
        crew.forEach(d -> use("driver", d, first));
        String printedNumber = number != null && number.matches("[0-9A-Za-z]+") ? number : null;
        return new Entry(id, frame.event(), printedNumber, cls, team, car, crew, false, src(paragraphs),
                inferred(fs.stream().filter(f -> f.fact() instanceof Fact.Crew || f.fact() instanceof Fact.Car
                        || f.fact() instanceof Fact.CarClass || f.fact() instanceof Fact.CarNumber).toList()));
    }

    private void results(Frame frame, String entryId, List<FactProposal> fs, Map<String, SessionDraft> sessions,
                         List<Placed> out) {
        Map<String, List<FactProposal>> bySession = new TreeMap<>();
        fs.stream().filter(f -> f.session() != null).forEach(f -> bySession.computeIfAbsent(f.session(), x -> new ArrayList<>()).add(f));
        for (Map.Entry<String, List<FactProposal>> s : bySession.entrySet()) {
            SessionDraft session = session(frame, sessions, s.getKey());
            List<FactProposal> inSession = s.getValue();
            Fact.Position position = best(inSession, Fact.Position.class);
            Fact.ClassPosition classPosition = best(inSession, Fact.ClassPosition.class);
            Fact.Gap gap = best(inSession, Fact.Gap.class);
            Fact.LapsLost lapsLost = best(inSession, Fact.LapsLost.class);
            Set<Integer> paragraphs = new TreeSet<>();
            inSession.forEach(f -> paragraphs.add(f.paragraph()));
            Result result = new Result(entryId, session.id, "CLASSIFIED",
                    position == null ? null : position.position(),
                    classPosition == null ? null : classPosition.position(),
                    gap == null ? null : gap.seconds(),
                    lapsLost == null ? null : lapsLost.laps(),
                    src(paragraphs), inferred(inSession));
            out.add(new Placed(result, inSession.stream().filter(f -> f.fact() instanceof Fact.Position)
                    .mapToDouble(FactProposal::confidence).max().orElse(0)));
            session.paragraphs.addAll(paragraphs);
        }
    }

    /** The session of a type (RACE, QUALIFYING) of the event, created on first use. */
    private static SessionDraft session(Frame frame, Map<String, SessionDraft> sessions, String type) {
        return sessions.computeIfAbsent(type,
                k -> new SessionDraft(frame.event() + "-" + k.toLowerCase(Locale.ROOT), frame.event(), k));
    }

    private void raceLaps(Frame frame, Map<String, SessionDraft> sessions) {
        for (FactProposal f : facts) {
            if (f.fact() instanceof Fact.Laps laps) {
                SessionDraft s = session(frame, sessions, f.session());
                s.laps = laps.laps();
                s.paragraphs.add(f.paragraph());
            }
        }
    }

    /** Championships with their standings; a defending champion's title adds the season before to {@code seasons}. */
    private List<Championship> championships(Frame frame, List<Season> seasons) {
        Map<String, ChampionshipDraft> championshipById = new LinkedHashMap<>();
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
            String season = standingSeason;
            ChampionshipDraft championship = championshipById.computeIfAbsent(id, k -> new ChampionshipDraft(k, season,
                    cls, teams ? ChampionshipKind.TEAMS : ChampionshipKind.DRIVERS, new ArrayList<>()));
            if (cls != null) {
                use("class", cls, f.paragraph());
            }
            for (String subject : f.subjects()) {
                String kind = subject.substring(0, subject.indexOf(':'));
                String holder = subject.substring(subject.indexOf(':') + 1);
                use(kind, holder, f.paragraph());
                championship.standings().add(new Standing(new EntityRef(kind, holder), v.position(), v.finalPlace(),
                        v.finalPlace() ? null : frame.event(), src(f.paragraph()), inferred(List.of(f))));
            }
        }
        extraSeasons.forEach((y, id) -> {
            if (!id.equals(frame.season())) {
                seasons.add(new Season(id, seasonNodeSeries(id), y, src(1),
                        REVIEW + "the season before the report's, for a defending champion's title."));
            }
        });
        return championshipById.values().stream().map(c -> new Championship(c.id(), "Proposed: " + c.id(), c.season(),
                c.carClass(), c.kind().graphValue(), c.standings())).toList();
    }

    /** Lap records, set in qualifying unless the report has only another session. */
    private List<LapRecord> lapRecords(Frame frame, Map<String, SessionDraft> sessions) {
        List<LapRecord> lapRecords = new ArrayList<>();
        for (FactProposal f : facts) {
            if (!(f.fact() instanceof Fact.LapRecord v)) {
                continue;
            }
            String driver = f.drivers().get(0);
            String qualifying = SessionType.QUALIFYING.graphValue();
            String sessionType = sessions.containsKey(qualifying) || sessions.isEmpty() ? qualifying
                    : sessions.keySet().iterator().next();
            SessionDraft s = session(frame, sessions, sessionType);
            s.paragraphs.add(f.paragraph());
            use("driver", driver, f.paragraph());
            lapRecords.add(new LapRecord(
                    frame.event() + "-" + v.recordKind().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + surname(driver),
                    frame.circuit(), driver, s.id, v.recordKind(), v.improvement(), src(f.paragraph()),
                    inferred(List.of(f))));
        }
        return lapRecords;
    }

    private List<StatedTotal> totals(Frame frame) {
        List<StatedTotal> totals = new ArrayList<>();
        Set<String> totalIds = new LinkedHashSet<>();
        for (FactProposal f : facts) {
            if (!(f.fact() instanceof Fact.Total v)) {
                continue;
            }
            String who = f.subjects().get(0).substring(f.subjects().get(0).indexOf(':') + 1);
            String id = unique(totalIds, frame.season() + "-" + who + "-" + v.metric().toLowerCase(Locale.ROOT).replace('_', '-'));
            List<EntityRef> subject = new ArrayList<>();
            for (String s : f.subjects()) {
                String kind = s.substring(0, s.indexOf(':'));
                subject.add(new EntityRef(kind, s.substring(s.indexOf(':') + 1)));
                use(kind, s.substring(s.indexOf(':') + 1), f.paragraph());
            }
            boolean career = "WINS_AT_CIRCUIT".equals(v.metric()) || "CLASS_POLES".equals(v.metric());
            totals.add(new StatedTotal(id, subject, v.metric(), v.value(), career ? "CAREER" : "SEASON",
                    career ? null : frame.season(), frame.event(), src(f.paragraph()), inferred(List.of(f))));
        }
        return totals;
    }

    private List<Role> roles(Frame frame) {
        List<Role> roles = new ArrayList<>();
        for (FactProposal f : facts) {
            if (!(f.fact() instanceof Fact.Role v)) {
                continue;
            }
            String person = f.subjects().get(0).substring(7);
            Entity maker = kb.get("manufacturer", v.organisation());
            use("person", person, f.paragraph());
            use("manufacturer", v.organisation(), f.paragraph());
            roles.add(new Role(person,
                    "Motorsport manager at " + (maker == null ? v.organisation() : maker.name()) + " (translate the printed title)",
                    new EntityRef("manufacturer", v.organisation()), frame.season(), src(f.paragraph())));
        }
        return roles;
    }

    private String seasonNodeSeries(String seasonId) {
        return seasonId.substring(0, seasonId.lastIndexOf('-'));
    }

    /**
     * A report can read as if two cars took one overall place (a class pole worded like an overall one); the validator
     * rightly refuses that, so the surer claim keeps the place and the other result loses only its overall position,
     * with a note saying why, for the reviewer to decide.
     */
    private static List<Result> oneCarPerPlace(List<Placed> placed) {
        List<Result> results = new ArrayList<>(placed.stream().map(Placed::result).toList());
        Map<String, List<Integer>> byPlace = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            if (r.position() != null) {
                byPlace.computeIfAbsent(r.session() + "#" + r.position(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> claims : byPlace.values()) {
            if (claims.size() < 2) {
                continue;
            }
            List<Integer> surestFirst = new ArrayList<>(claims);
            surestFirst.sort(Comparator.comparingDouble((Integer i) -> placed.get(i).positionConfidence()).reversed());
            Result kept = results.get(surestFirst.get(0));
            for (int i : surestFirst.subList(1, surestFirst.size())) {
                Result other = results.get(i);
                String note = "the report also puts " + kept.entry() + " " + other.position()
                        + " overall in this session, so this car's overall place is left out (a class place?)";
                results.set(i, other.withoutPosition(other.inferred() != null ? other.inferred() + "; " + note : REVIEW + note));
            }
        }
        return results;
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
    private ProposedRegistry registry(ProposedRegistry.Proposed newCircuit) {
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
        Map<String, List<ProposedRegistry.Item>> sections = new LinkedHashMap<>();
        for (EntityKind registryKind : EntityKind.registryKinds()) {
            String array = registryKind.registrySection().orElseThrow();
            List<ProposedRegistry.Item> out = sections.computeIfAbsent(array, k -> new ArrayList<>());
            String kind = registryKind.key();
            for (JsonNode item : seedRegistry.path(array)) {
                Set<Integer> paragraphs = used.get(kind + ":" + item.path("id").asText());
                if (paragraphs == null) {
                    continue;
                }
                ObjectNode fields = ((ObjectNode) item).deepCopy();
                fields.remove(List.of("src", "inferred", "note"));
                for (String[] ref : new String[][]{{"series", "series"}, {"class", "class"}, {"engineManufacturer", "manufacturer"},
                        {"supportedBy", "manufacturer"}, {"factoryDriverOf", "manufacturer"}}) {
                    if (fields.has(ref[0]) && !used.containsKey(ref[1] + ":" + fields.path(ref[0]).asText())) {
                        fields.remove(ref[0]);
                    }
                }
                out.add(new ProposedRegistry.Curated(fields, src(paragraphs)));
            }
        }
        if (newCircuit != null) {
            sections.get("circuits").add(newCircuit);
        }
        Set<String> added = new LinkedHashSet<>();
        for (Mention m : mentions) {
            if ("NEW".equals(m.status()) && arrayOf.containsKey(m.kind())) {
                String id = m.id();
                if (kb.get(m.kind(), id) != null || !seedRegistryLacks(arrayOf.get(m.kind()), id) || !added.add(m.kind() + ":" + id)) {
                    continue;
                }
                sections.get(arrayOf.get(m.kind())).add(new ProposedRegistry.Proposed(id, m.name(), src(m.paragraph()),
                        REVIEW + "a name the graph does not know, printed beside racing words; check it is new."));
            } else if (m.linked() && KnowledgeBase.isRegistryKind(m.kind())
                    && seedRegistryLacks(arrayOf.get(m.kind()), m.id()) && added.add(m.kind() + ":" + m.id())
                    && !"car".equals(m.kind())) {
                // Known only to the graph (imported data): listed so the article's references resolve.
                sections.get(arrayOf.get(m.kind())).add(new ProposedRegistry.Proposed(m.id(), m.name(),
                        src(used.getOrDefault(m.kind() + ":" + m.id(), Set.of(m.paragraph()))), null));
            }
        }
        return new ProposedRegistry(sections);
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
