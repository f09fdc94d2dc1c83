package io.paddock.internal.resolve;

import io.paddock.resolve.Decision;
import io.paddock.resolve.PersonClaim;
import io.paddock.resolve.Verdict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one place that decides that two names are one person. A claim (a person as one source knows them) is
 * compared with every known person of the same normalised name — from the shipped registry, from the graph, and
 * from claims resolved before it — and merged only when nationality and career years agree; a same-named person
 * of another era is kept apart, and a pair whose evidence is mixed is kept apart and reported as doubtful.
 * <p>
 * Ids are deterministic: the registry's id for a registry person, a pinned id from {@code seed/people.json}, else
 * the slug of the name (of its curated canonical spelling where {@code seed/people.json} joins several), with the
 * birth year or first season appended when that slug belongs to someone else.
 */
public final class PeopleResolver {

    /** Youngest and oldest plausible age at a race. */
    static final int YOUNGEST = 14;
    static final int OLDEST = 75;
    /** Longest plausible career when no birth year is known. */
    static final int LONGEST_CAREER = 40;

    /**
     * A person already in the graph or the registry.
     *
     * @param id          graph id
     * @param name        display name
     * @param spellings   name and aliases
     * @param nationality ISO two-letter code or null
     * @param birthYear   or null
     * @param firstYear   first season raced, or null
     * @param lastYear    last season raced, or null
     * @param sources     the sources that name them (source ids)
     */
    public record Known(String id, String name, List<String> spellings, String nationality, Integer birthYear,
                        Integer firstYear, Integer lastYear, Set<String> sources) {
    }

    private final Curated curated;
    private final Map<String, List<Known>> byKey = new HashMap<>();
    private final Map<String, Known> byId = new HashMap<>();

    /**
     * @param curated the curated spellings and pins
     */
    public PeopleResolver(Curated curated) {
        this.curated = curated;
    }

    /**
     * Makes a person known, under every spelling.
     *
     * @param known a registry or graph person
     */
    public void know(Known known) {
        Known merged = byId.containsKey(known.id()) ? combine(byId.get(known.id()), known) : known;
        byId.put(known.id(), merged);
        Set<String> keys = new HashSet<>();
        keys.add(curated.personKey(merged.name()));
        merged.spellings().forEach(s -> keys.add(curated.personKey(s)));
        for (String key : keys) {
            List<Known> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
            list.removeIf(k -> k.id().equals(merged.id()));
            list.add(merged);
        }
    }

    /**
     * Decides who a claim is, and remembers the answer for the claims after it.
     *
     * @param claim a person as one source knows them
     * @return the decision with its evidence
     */
    public Decision resolve(PersonClaim claim) {
        Set<String> keys = new HashSet<>();
        keys.add(curated.personKey(claim.name()));
        claim.spellings().forEach(s -> keys.add(curated.personKey(s)));
        String key = curated.personKey(claim.name());
        List<String> evidence = new ArrayList<>(claim.evidence());
        Curated.Pin pin = curated.pin(claim.source(), key, claim.firstYear(), claim.lastYear());
        if (pin != null) {
            evidence.add("pinned in seed/people.json: " + pin.reason());
            return remember(claim, new Decision(claim, Verdict.KEPT_APART, pin.id(), null, evidence));
        }
        List<Known> candidates = new ArrayList<>();
        for (String k : keys) {
            for (Known known : byKey.getOrDefault(k, List.of())) {
                if (candidates.stream().noneMatch(c -> c.id().equals(known.id()))) {
                    candidates.add(known);
                }
            }
        }
        candidates.sort(java.util.Comparator.comparing(Known::id));
        List<Known> compatible = new ArrayList<>();
        Known doubtful = null;
        Known apart = null;
        List<String> doubts = new ArrayList<>();
        for (Known known : candidates) {
            String curatedSame = curated.sameDespiteNationality(key);
            boolean nationalityFits = curatedSame != null || Nationalities.compatible(claim.nationality(), known.nationality());
            String years = yearsConflict(claim, known);
            if (nationalityFits && years == null) {
                compatible.add(known);
            } else if (!nationalityFits && years == null) {
                doubtful = doubtful == null ? known : doubtful;
                doubts.add("same name as " + known.id() + ", years fit, but nationality " + claim.nationality()
                        + " ≠ " + known.nationality());
            } else {
                apart = apart == null ? known : apart;
                doubts.add("same name as " + known.id() + " but " + years);
            }
        }
        if (compatible.size() == 1) {
            Known match = compatible.get(0);
            evidence.add("name '" + key + "' = " + match.id() + " (" + match.name() + ")");
            String spellingReason = curated.personReason(claim.name());
            if (spellingReason != null && !Names.key(claim.name()).equals(key)) {
                evidence.add("'" + claim.name() + "' is a spelling of that name per seed/people.json: " + spellingReason);
            }
            String curatedSame = curated.sameDespiteNationality(key);
            evidence.add(curatedSame != null && !Nationalities.compatible(claim.nationality(), match.nationality())
                    ? "nationality " + claim.nationality() + " ≠ " + match.nationality() + ", one person per seed/people.json: " + curatedSame
                    : nationalityEvidence(claim.nationality(), match.nationality()));
            evidence.add(yearsEvidence(claim, match));
            return remember(claim, new Decision(claim, Verdict.MERGED, match.id(), null, evidence));
        }
        List<Known> partners = claim.partnerSource() == null ? List.of()
                : compatible.stream().filter(k -> k.sources().contains(claim.partnerSource())).toList();
        if (compatible.size() > 1 && partners.size() == 1) {
            Known match = partners.get(0);
            evidence.add("name '" + key + "' fits " + compatible.size() + " people; " + claim.partnerSource()
                    + ", which describes the same races, names only " + match.id() + " (" + match.name() + ")");
            evidence.add(yearsEvidence(claim, match));
            return remember(claim, new Decision(claim, Verdict.MERGED, match.id(), null, evidence));
        }
        if (compatible.size() > 1) {
            evidence.add("name '" + key + "' fits " + compatible.size() + " people: "
                    + compatible.stream().map(Known::id).toList());
            return remember(claim, new Decision(claim, Verdict.DOUBTFUL, freshId(claim), compatible.get(0).id(), evidence));
        }
        evidence.addAll(doubts);
        if (doubtful != null) {
            return remember(claim, new Decision(claim, Verdict.DOUBTFUL, freshId(claim), doubtful.id(), evidence));
        }
        if (apart != null) {
            return remember(claim, new Decision(claim, Verdict.KEPT_APART, freshId(claim), apart.id(), evidence));
        }
        return remember(claim, new Decision(claim, Verdict.NEW, freshId(claim), null, evidence));
    }

    private Decision remember(PersonClaim claim, Decision decision) {
        Set<String> sources = new HashSet<>();
        sources.add(claim.source());
        List<String> spellings = new ArrayList<>(claim.spellings());
        spellings.add(claim.name());
        know(new Known(decision.id(), claim.name(), spellings, claim.nationality(), claim.birthYear(),
                claim.firstYear(), claim.lastYear(), sources));
        return decision;
    }

    /** Null when the years allow one person; else what rules it out. */
    static String yearsConflict(PersonClaim claim, Known known) {
        Integer birth = claim.birthYear() != null ? claim.birthYear() : known.birthYear();
        List<Integer> years = new ArrayList<>();
        for (Integer y : new Integer[]{claim.firstYear(), claim.lastYear(), known.firstYear(), known.lastYear()}) {
            if (y != null) {
                years.add(y);
            }
        }
        if (claim.birthYear() != null && known.birthYear() != null && !claim.birthYear().equals(known.birthYear())) {
            return "born " + claim.birthYear() + " ≠ " + known.birthYear();
        }
        if (birth != null) {
            for (int year : years) {
                if (year < birth + YOUNGEST || year > birth + OLDEST) {
                    return "raced in " + year + ", aged " + (year - birth) + " if born " + birth;
                }
            }
            return null;
        }
        if (claim.firstYear() != null && known.firstYear() != null) {
            int from = Math.min(claim.firstYear(), known.firstYear());
            int to = Math.max(Objects.requireNonNullElse(claim.lastYear(), claim.firstYear()),
                    Objects.requireNonNullElse(known.lastYear(), known.firstYear()));
            if (to - from > LONGEST_CAREER) {
                return "careers " + claim.firstYear() + "–" + claim.lastYear() + " and " + known.firstYear() + "–"
                        + known.lastYear() + " would span " + (to - from) + " years";
            }
        }
        return null;
    }

    private static String nationalityEvidence(String a, String b) {
        return a == null || b == null ? "nationality unknown on one side" : "nationality " + a + " = " + b;
    }

    private static String yearsEvidence(PersonClaim claim, Known known) {
        Integer birth = claim.birthYear() != null ? claim.birthYear() : known.birthYear();
        String span = range(claim.firstYear(), claim.lastYear()) + " and " + range(known.firstYear(), known.lastYear());
        return birth == null ? "seasons " + span : "seasons " + span + " fit born " + birth;
    }

    private static String range(Integer from, Integer to) {
        if (from == null) {
            return "unknown";
        }
        return Objects.equals(from, to) || to == null ? String.valueOf(from) : from + "–" + to;
    }

    private String freshId(PersonClaim claim) {
        String canonical = curated.personName(claim.name());
        String slug = Names.slug(canonical != null ? canonical : claim.name());
        if (!byId.containsKey(slug)) {
            return slug;
        }
        Integer year = claim.birthYear() != null ? claim.birthYear() : claim.firstYear();
        String id = slug + "-" + year;
        for (int n = 2; byId.containsKey(id); n++) {
            id = slug + "-" + year + "-" + n;
        }
        return id;
    }

    private static Known combine(Known a, Known b) {
        List<String> spellings = new ArrayList<>(a.spellings());
        b.spellings().stream().filter(s -> !spellings.contains(s)).forEach(spellings::add);
        Set<String> sources = new HashSet<>(a.sources());
        sources.addAll(b.sources());
        return new Known(a.id(), a.name(), spellings, a.nationality() != null ? a.nationality() : b.nationality(),
                a.birthYear() != null ? a.birthYear() : b.birthYear(), min(a.firstYear(), b.firstYear()),
                max(a.lastYear(), b.lastYear()), sources);
    }

    private static Integer min(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Integer.valueOf(Math.min(a, b));
    }

    private static Integer max(Integer a, Integer b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        return Integer.valueOf(Math.max(a, b));
    }
}
