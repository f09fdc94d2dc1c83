package io.paddock.cli;

import io.paddock.model.EntryLine;
import io.paddock.model.EventProfile;
import io.paddock.model.ResultLine;
import io.paddock.model.SessionLine;
import io.paddock.model.UnknownPlaces;
import io.paddock.query.PaddockQueries;
import picocli.CommandLine.Command;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code paddock event NAME}: a race meeting's profile.
 */
@Command(name = "event",
        header = "An event's profile: series, circuit, sessions, entries, results.", mixinStandardHelpOptions = true,
        description = {"An event's profile: series, season, round, date, format, circuit, sessions, every entry",
                "with number, class, team, car and crew, results per session, titles clinched there, sources.",
                "Event names repeat every year: add the season (\"Petit Le Mans 2007\").",
                "--csv prints the entries table, one row per entry, with its qualifying and race results."},
        footer = {"", "Examples:",
                "  paddock event \"Petit Le Mans 2007\"",
                "  paddock event mosport 2008 --sources",
                "  paddock event laguna seca 2011 --json"})
final class EventCommand extends ProfileCommand<EventProfile> {

    @Override
    EventProfile lookUp(PaddockQueries queries, String name) {
        return queries.event(name);
    }

    @Override
    List<Map<String, Object>> csvRows(EventProfile p) {
        return ProfilePrinter.entryRows(p.entries(), true);
    }

    @Override
    List<String> sourcesOf(EventProfile profile) {
        return profile.sources();
    }

    @Override
    void print(ProfilePrinter printer, EventProfile p) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("Event", p.event() + " (" + p.event().id() + ")");
        header.put("Series", p.series() == null ? null : p.series().name());
        header.put("Season", p.event().season());
        header.put("Round", p.event().round() == null ? null
                : p.event().round() + (p.seasonRounds() == null ? "" : " of " + p.seasonRounds()));
        header.put("Date", p.event().date());
        header.put("Format", p.format());
        if (p.edition() != null) {
            header.put("Edition", p.edition());
        }
        header.put("Season finale", p.seasonFinale() == null ? null : p.seasonFinale() ? "yes" : "no");
        header.put("Circuit", p.circuit() == null ? null : p.circuit().name());
        header.put("Reported in", p.reportedIn());
        if (p.inferred() != null) {
            header.put("Inferred", p.inferred());
        }
        printer.header(header);

        printer.section("Sessions", p.sessions().stream().map(s -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("session", s.type() + ProfilePrinter.mark(s.inferred()));
            row.put("laps", ProfilePrinter.orUnknown(s.laps()));
            row.put("minutes", ProfilePrinter.number(s.durationMinutes()));
            row.put("safety-car periods", ProfilePrinter.orUnknown(s.safetyCarPeriods()));
            row.put("results", s.results().size());
            return row;
        }).toList(), true);

        Map<String, EntryLine> entries = p.entries().stream()
                .collect(Collectors.toMap(EntryLine::entryId, Function.identity()));
        // An event of a series without classes (Formula 1) has no class columns: "unknown" there would mislead.
        boolean classes = ProfilePrinter.anyClasses(entries.values());
        for (SessionLine session : p.sessions()) {
            printer.section(title(session.type()) + " results", withClassesIfAny(resultRows(session, entries), classes), false);
        }

        printer.section("Entries", withClassesIfAny(p.entries().stream().map(entry -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("no.", ProfilePrinter.orUnknown(entry.number()));
            row.put("class", ProfilePrinter.className(entry));
            row.put("team", ProfilePrinter.name(entry.team()));
            row.put("car", ProfilePrinter.car(entry));
            row.put("crew", ProfilePrinter.crew(entry) + ProfilePrinter.mark(entry.inferred()));
            return row;
        }).toList(), classes), true);

        printer.section("Championships decided or reported here", ProfilePrinter.standingRows(p.standings()), false);
        printer.section("Totals stated as of this event", ProfilePrinter.statedTotalRows(p.statedTotals()), false);
    }

    /** A row in a session's order: overall position first, then class and class position; unknowns last. */
    private record Placed(int position, String className, int classPosition, Map<String, Object> row) {
    }

    private static final Comparator<Placed> ORDER = Comparator.comparingInt(Placed::position)
            .thenComparing(Placed::className).thenComparingInt(Placed::classPosition);

    /**
     * The session's results with the places the sources leave open (a class winner never named, an overall pole
     * unreported) as rows of their own, where they belong in the order.
     */
    private static List<Map<String, Object>> resultRows(SessionLine session, Map<String, EntryLine> entries) {
        List<Placed> placed = new ArrayList<>();
        for (ResultLine result : session.results()) {
            EntryLine entry = entries.get(result.entryId());
            String className = entry == null || entry.carClass() == null ? "" : entry.carClass().name();
            placed.add(new Placed(orLast(result.position()), className, orLast(result.classPosition()),
                    resultRow(result, entry)));
        }
        for (UnknownPlaces open : session.unknownPlaces()) {
            Map<String, Object> row = new LinkedHashMap<>();
            boolean overall = open.inClass() == null;
            row.put("pos", overall ? open.places() : ProfilePrinter.UNKNOWN);
            row.put("class", overall ? ProfilePrinter.UNKNOWN : open.inClass().name());
            row.put("class pos", overall ? ProfilePrinter.UNKNOWN : open.places());
            row.put("no.", ProfilePrinter.UNKNOWN);
            row.put("team", ProfilePrinter.UNKNOWN);
            row.put("crew", ProfilePrinter.UNKNOWN);
            row.put("details", "not reported: " + open.reason().replaceFirst("^a later place is reported, but ", ""));
            placed.add(overall ? new Placed(open.fromPosition(), "", 0, row)
                    : new Placed(Integer.MAX_VALUE, open.inClass().name(), open.fromPosition(), row));
        }
        return placed.stream().sorted(ORDER).map(Placed::row).toList();
    }

    /** The rows as they are, or without their class columns where the event's series has no classes. */
    private static List<Map<String, Object>> withClassesIfAny(List<Map<String, Object>> rows, boolean classes) {
        if (classes) {
            return rows;
        }
        return rows.stream().map(row -> {
            Map<String, Object> without = new LinkedHashMap<>(row);
            without.remove("class");
            without.remove("class pos");
            return without;
        }).toList();
    }

    private static int orLast(Integer position) {
        return position == null ? Integer.MAX_VALUE : position;
    }

    private static Map<String, Object> resultRow(ResultLine result, EntryLine entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        // The mark sits on the position: what is worked out is where the car finished.
        row.put("pos", (result.position() != null || result.classPosition() != null || result.outcome() == null
                ? ProfilePrinter.orUnknown(result.position()) : result.outcome()) + ProfilePrinter.mark(result.inferred()));
        row.put("class", entry == null ? ProfilePrinter.UNKNOWN : ProfilePrinter.className(entry));
        row.put("class pos", ProfilePrinter.orUnknown(result.classPosition()));
        row.put("no.", entry == null ? ProfilePrinter.UNKNOWN : ProfilePrinter.orUnknown(entry.number()));
        row.put("team", entry == null ? ProfilePrinter.UNKNOWN : ProfilePrinter.name(entry.team()));
        row.put("crew", entry == null ? ProfilePrinter.UNKNOWN : ProfilePrinter.crew(entry));
        row.put("details", ProfilePrinter.details(result));
        return row;
    }

    private static String title(String sessionType) {
        return sessionType == null ? "Session"
                : sessionType.charAt(0) + sessionType.substring(1).toLowerCase(Locale.ROOT);
    }
}
