package io.paddock.cli;

import io.paddock.model.CountedResults;
import io.paddock.model.EntryLine;
import io.paddock.model.EventRef;
import io.paddock.model.LapRecord;
import io.paddock.model.Ref;
import io.paddock.model.ResultLine;
import io.paddock.model.SessionType;
import io.paddock.model.SharedEvent;
import io.paddock.model.Standing;
import io.paddock.model.StatedTotal;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Prints a profile as text: a header block of {@code key: value} lines, then one table per section. What the
 * sources do not say prints as {@code unknown}, never as an empty cell that would read as "none"; a fact worked
 * out rather than printed in the articles ends with {@code *}, explained under its table.
 */
final class ProfilePrinter {

    static final String UNKNOWN = "unknown";
    static final String INFERRED_MARK = "*";

    private final PrintWriter out;

    ProfilePrinter(PrintWriter out) {
        this.out = out;
    }

    /** {@code key: value} lines, values aligned; a null value prints as unknown, an empty list as {@code none}. */
    void header(Map<String, Object> fields) {
        int width = fields.keySet().stream().mapToInt(String::length).max().orElse(0) + 1;
        fields.forEach((key, value) -> out.printf("%-" + width + "s %s%n", key + ":", headerValue(value)));
    }

    /** A titled table; a section without rows is left out, unless it is one every profile of the kind has. */
    void section(String title, List<Map<String, Object>> rows, boolean always) {
        if (rows.isEmpty() && !always) {
            return;
        }
        out.printf("%n== %s ==%n", title);
        if (rows.isEmpty()) {
            out.println("(none recorded)");
            return;
        }
        out.print(Output.table(rows));
        boolean anyInferred = rows.stream().flatMap(row -> row.values().stream())
                .anyMatch(v -> v instanceof String text && text.endsWith(INFERRED_MARK));
        if (anyInferred) {
            out.println(INFERRED_MARK + " inferred: worked out from the articles, not printed in them (--json gives the reason)");
        }
    }

    private static String headerValue(Object value) {
        if (value == null) {
            return UNKNOWN;
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "none" : list.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        return String.valueOf(value);
    }

    // ---- cells ------------------------------------------------------------------------------------------------

    /** An entry's car model, "unknown", or "not identified" where the sources do not say which car it was. */
    static String car(EntryLine entry) {
        if (!entry.carIdentified()) {
            return entry.car() == null ? "not identified" : entry.car().name() + " (not identified)";
        }
        return name(entry.car());
    }

    /**
     * The class of a car at a shared event: its name, "unknown" where the series races in classes but the sources do
     * not name this car's, and nothing in a series without classes (Formula 1), where "unknown" would mislead.
     */
    static String className(SharedEvent event) {
        if (event.className() != null) {
            return event.className();
        }
        return event.seriesHasClasses() ? UNKNOWN : "";
    }

    /** The class of an entry: its name, "unknown" in a series with classes, nothing in a series without. */
    static String className(EntryLine entry) {
        if (entry.carClass() != null) {
            return entry.carClass().name();
        }
        return entry.seriesHasClasses() ? UNKNOWN : "";
    }

    /** Whether a table of entries needs a class column: not when all of them are in series without classes. */
    static boolean anyClasses(Collection<EntryLine> entries) {
        return entries.stream().anyMatch(e -> e.carClass() != null || e.seriesHasClasses());
    }

    /** Whether a table of shared events needs a class column: not when none of their series has classes. */
    static boolean anyClasses(List<SharedEvent> events) {
        return events.stream().anyMatch(e -> e.className() != null || e.seriesHasClasses());
    }

    static String orUnknown(Object value) {
        return value == null ? UNKNOWN : String.valueOf(value);
    }

    static List<String> names(List<Ref> refs) {
        return refs.stream().map(Ref::name).toList();
    }

    static String name(Ref ref) {
        return ref == null ? UNKNOWN : ref.name();
    }

    /** A number without a meaningless ".0" (559, not 559.0), or unknown. */
    static String number(Number value) {
        if (value == null) {
            return UNKNOWN;
        }
        return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
    }

    static String mark(String inferred) {
        return inferred == null ? "" : INFERRED_MARK;
    }

    /** The named crew, then "+ unknown" when the sources name only part of it, or "unknown" when they name nobody. */
    static String crew(EntryLine entry) {
        String named = entry.crew().stream().map(Ref::name).collect(Collectors.joining(", "));
        if (entry.crewComplete()) {
            return named.isEmpty() ? "none" : named;
        }
        return named.isEmpty() ? UNKNOWN : named + " + " + UNKNOWN;
    }

    /** "P2, class P1, +0.923 s" and the like; an entry without a result in that session says so. */
    static String result(Optional<ResultLine> reported) {
        if (reported.isEmpty()) {
            return "not reported";
        }
        ResultLine r = reported.get();
        List<String> parts = new ArrayList<>();
        if (r.position() != null) {
            parts.add("P" + r.position());
        }
        if (r.classPosition() != null) {
            parts.add("class P" + r.classPosition());
        }
        if (r.position() == null && r.classPosition() == null) {
            parts.add(r.outcome() == null ? "position unknown" : r.outcome());
        }
        String details = details(r);
        if (!details.isEmpty()) {
            parts.add(details);
        }
        return String.join(", ", parts) + mark(r.inferred());
    }

    /** What a result says besides its positions and how it ended: laps, gap, laps lost in the pits. */
    static String details(ResultLine r) {
        List<String> parts = new ArrayList<>();
        if (r.laps() != null) {
            parts.add(r.laps() + " laps");
        }
        if (r.gapSeconds() != null) {
            parts.add("+" + number(r.gapSeconds()) + " s");
        }
        if (r.lapsLostInPits() != null) {
            parts.add(r.lapsLostInPits() + " laps lost in pits");
        }
        return String.join(", ", parts);
    }

    static Optional<ResultLine> resultIn(EntryLine entry, SessionType session) {
        return entry.results().stream().filter(r -> r.sessionType().orElse(null) == session).findFirst();
    }

    /** Counted totals, labelled as counted so they are not read as career totals. */
    /** What the results count; the class figures only where some entry races in a series with classes. */
    static String counted(CountedResults c, boolean classes) {
        String wins = classes ? c.overallWins() + " overall, " + c.classWins() + " in class" : String.valueOf(c.overallWins());
        String poles = classes ? c.overallPoles() + " overall, " + c.classPoles() + " in class" : String.valueOf(c.overallPoles());
        return plural(c.events(), "event") + ", " + plural(c.raceResults(), "race result")
                + "; wins: " + wins + "; poles: " + poles
                + " (counted from the results reported, not a career total)";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    /**
     * Names of what a profile's entries have in common (teams, cars, classes, drivers), plus "unknown" when some
     * entry leaves it open: a car entered by an unnamed team is not evidence of no team.
     */
    static String namesWithUnknown(List<Ref> known, boolean someUnknown) {
        String names = known.stream().map(Ref::name).collect(Collectors.joining(", "));
        if (!someUnknown) {
            return names.isEmpty() ? "none" : names;
        }
        return names.isEmpty() ? UNKNOWN : names + " + " + UNKNOWN;
    }

    static boolean any(List<EntryLine> entries, Predicate<EntryLine> test) {
        return entries.stream().anyMatch(test);
    }

    /** Titles won, or "none recorded": the articles report some championships only. */
    static String titles(List<Standing> titles) {
        return titles.isEmpty() ? "none recorded"
                : titles.stream().map(t -> t.championship() + mark(t.inferred())).collect(Collectors.joining(", "));
    }

    static String event(EventRef event) {
        return event == null ? UNKNOWN : event.toString();
    }

    // ---- rows shared by several profiles ----------------------------------------------------------------------

    /** One row per entry: when, which car, who, and the qualifying and race results. */
    static List<Map<String, Object>> entryRows(List<EntryLine> entries, boolean withCarModel) {
        boolean classes = anyClasses(entries);
        return entries.stream().map(entry -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("season", orUnknown(entry.event().season()));
            row.put("event", entry.event().name());
            row.put("no.", orUnknown(entry.number()));
            if (classes) {
                row.put("class", className(entry));
            }
            row.put("team", name(entry.team()));
            if (withCarModel) {
                row.put("car", car(entry));
            }
            row.put("crew", crew(entry) + mark(entry.inferred()));
            row.put("qualifying", result(resultIn(entry, SessionType.QUALIFYING)));
            row.put("race", result(resultIn(entry, SessionType.RACE)));
            return row;
        }).toList();
    }

    static List<Map<String, Object>> standingRows(List<Standing> standings) {
        return standings.stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("season", orUnknown(s.season()));
            row.put("championship", s.championship());
            row.put("holder", name(s.holder()));
            row.put("position", s.position() + (s.title() ? " (title)" : ""));
            row.put("standing", (s.finalStanding() ? "final" : "after " + event(s.asOf())) + mark(s.inferred()));
            row.put("clinched at", s.clinchedAt() == null ? "" : s.clinchedAt().toString());
            return row;
        }).toList();
    }

    static List<Map<String, Object>> statedTotalRows(List<StatedTotal> totals) {
        return totals.stream().map(t -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("about", t.subjects().stream().map(Ref::name).collect(Collectors.joining(", ")));
            row.put("metric", t.metric());
            row.put("value", t.value() + (t.outOf() == null ? "" : " of " + t.outOf()) + mark(t.inferred()));
            row.put("scope", scope(t));
            row.put("class", t.carClass() == null ? "" : t.carClass().name());
            row.put("circuit", t.circuit() == null ? "" : t.circuit().name());
            row.put("note", t.note() == null ? "" : t.note());
            return row;
        }).toList();
    }

    private static String scope(StatedTotal t) {
        String when = switch (t.scope()) {
            case "SEASON" -> "season " + orUnknown(t.season());
            case "SEASON_SO_FAR" -> "season " + orUnknown(t.season()) + " so far";
            case "SPAN" -> orUnknown(t.fromYear()) + "–" + orUnknown(t.toYear());
            case "CAREER" -> "career";
            default -> t.scope();
        };
        return t.asOf() == null ? when : when + " (after " + t.asOf() + ")";
    }

    static List<Map<String, Object>> lapRecordRows(List<LapRecord> records) {
        return records.stream().map(l -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("event", event(l.event()));
            row.put("session", orUnknown(l.session()));
            row.put("circuit", name(l.circuit()));
            row.put("driver", name(l.driver()));
            row.put("kind", l.kind() + mark(l.inferred()));
            row.put("lap time", l.lapTimeSeconds() == null ? UNKNOWN : number(l.lapTimeSeconds()) + " s");
            row.put("improvement",
                    l.improvementSeconds() == null ? UNKNOWN : number(l.improvementSeconds()) + " s faster");
            return row;
        }).toList();
    }
}
