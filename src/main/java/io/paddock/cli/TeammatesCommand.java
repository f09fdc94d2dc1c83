package io.paddock.cli;

import io.paddock.cli.FilterOptions.Filter;
import io.paddock.model.EventRef;
import io.paddock.model.Pairing;
import io.paddock.model.Partner;
import io.paddock.model.PartnerCount;
import io.paddock.model.Ref;
import io.paddock.model.SharedEvent;
import io.paddock.model.TeammateCounts;
import io.paddock.model.Teammates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * {@code paddock teammates NAME [--with OTHER]}.
 */
@Command(name = "teammates",
        header = "A driver's co-drivers (same car) and team-mates (same team).", mixinStandardHelpOptions = true,
        description = {"Co-drivers (shared a car) and team-mates (same team and event, another car) of a driver.",
                "With --with, every event the two shared and in which role (every one: --with takes no filter).",
                "--csv prints both lists in one table with a role column (co-driver, team-mate).",
                "With --counts, only who and how many events, without the events: a fraction of",
                "the time for a driver with hundreds of races."},
        footer = {"", "Examples:", "  paddock teammates \"Timo Bernhard\" --season 2007",
                "  paddock teammates bernhard --with maassen", "  paddock teammates mucke --json --sources",
                "  paddock teammates \"Lewis Hamilton\" --series f1 --counts"})
@FilterOptions.Applies({Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES, Filter.CLASS, Filter.EVENT, Filter.LIMIT})
final class TeammatesCommand extends QuestionCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "A driver (partial, any case, accents optional)")
    String driver;

    @Option(names = "--with", paramLabel = "OTHER", description = "A second driver: list the events the two shared")
    String other;

    @Option(names = "--counts", description = "Only who and in how many events, read without the events themselves:"
            + " much faster for a driver with hundreds of races.")
    boolean countsOnly;

    /** With --with, every event the two shared: shared-events.cypher takes no filter. */
    @Override
    Set<Filter> appliedFilters() {
        return other == null ? super.appliedFilters() : EnumSet.noneOf(Filter.class);
    }

    @Override
    String filterNote() {
        return other == null ? super.filterNote() : "it lists every event the two shared";
    }

    @Override
    String filterScope() {
        return other == null ? super.filterScope() : super.filterScope() + " --with";
    }

    @Override
    public Integer call() {
        PrintWriter out = out();
        if (other != null) {
            pair(out, ask(paddock -> paddock.queries().sharedEvents(driver, other)));
        } else if (countsOnly) {
            counts(out, ask(paddock -> paddock.queries().teammateCounts(driver, filter.toFilter())));
        } else {
            teammates(out, ask(paddock -> paddock.queries().teammates(driver, filter.toFilter())));
        }
        return 0;
    }

    private void teammates(PrintWriter out, Teammates answer) {
        bothLists(out, answer.driver(), answer.coDrivers(), answer.teamMates(), TeammatesCommand::partnerRows,
                answer.unknownCrews(), () -> Output.answerJson(answer), answer.sources());
    }

    private void counts(PrintWriter out, TeammateCounts answer) {
        bothLists(out, answer.driver(), answer.coDrivers(), answer.teamMates(), TeammatesCommand::countRows,
                answer.unknownCrews(), () -> Output.answerJson(answer), answer.sources());
    }

    /**
     * Co-drivers and team-mates, whole or counted: a table each at a terminal, one table told apart by a role column
     * in CSV.
     */
    private <P> void bothLists(PrintWriter out, Ref driver, List<P> coDrivers, List<P> teamMates,
                               Function<List<P>, List<Map<String, Object>>> rows, List<EventRef> unknownCrews,
                               Supplier<String> json, List<String> sources) {
        printAnswer(out, () -> {
            List<Map<String, Object>> all = new ArrayList<>();
            all.addAll(withRole("co-driver", rows.apply(coDrivers)));
            all.addAll(withRole("team-mate", rows.apply(teamMates)));
            return all;
        }, json, () -> {
            out.printf("%s — co-drivers (same car)%n", driver.name());
            out.print(Output.table(rows.apply(coDrivers)));
            out.printf("%n%s — team-mates (same team, same event, another car)%n", driver.name());
            out.print(Output.table(rows.apply(teamMates)));
            unknown(out, unknownCrews);
        }, sources);
    }

    /** The role first, then the table's columns. */
    private static List<Map<String, Object>> withRole(String role, List<Map<String, Object>> rows) {
        return rows.stream().map(row -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("role", role);
            line.putAll(row);
            return line;
        }).toList();
    }

    /** Driver and events. */
    private static List<Map<String, Object>> countRows(List<PartnerCount> partners) {
        return partners.stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("driver", p.driver().name());
            row.put("events", p.events());
            return row;
        }).toList();
    }

    private static void unknown(PrintWriter out, List<EventRef> unknownCrews) {
        if (!unknownCrews.isEmpty()) {
            out.printf("%nUnknown: the sources do not name every driver of a car involved at %s; "
                    + "these lists may be missing people there.%n", unknownCrews.stream().map(EventRef::toString).collect(Collectors.joining(", ")));
        }
    }

    private void pair(PrintWriter out, Pairing pairing) {
        printAnswer(out, () -> pairRows(pairing), () -> Output.answerJson(pairing), () -> {
            out.printf("%s and %s — events shared%n", pairing.a().name(), pairing.b().name());
            out.print(Output.table(pairRows(pairing)));
        }, pairing.sources());
    }

    private static List<Map<String, Object>> pairRows(Pairing pairing) {
        boolean classes = ProfilePrinter.anyClasses(pairing.events());
        return pairing.events().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("series", Output.seriesName(e.series()));
            row.put("season", e.season());
            row.put("event", e.event());
            row.put("role", e.role().equals("CO_DRIVER") ? "co-drivers" : "team-mates");
            row.put("team", ProfilePrinter.orUnknown(e.team()));
            row.put("car", e.car() == null ? ProfilePrinter.UNKNOWN : "#" + e.car());
            if (classes) {
                row.put("class", ProfilePrinter.className(e));
            }
            return row;
        }).toList();
    }

    private static List<Map<String, Object>> partnerRows(List<Partner> partners) {
        return partners.stream().map(p -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("driver", p.driver().name());
            row.put("events", p.events());
            row.put("series", p.shared().stream().map(e -> Output.seriesName(e.series())).distinct().toList());
            // Every shared event; at a terminal the cell lists as many as fit and counts the rest (ADR 0023).
            row.put("shared", new Listing(p.shared().stream().map(TeammatesCommand::describe).toList(), Integer.MAX_VALUE));
            return row;
        }).toList();
    }

    private static String describe(SharedEvent e) {
        String car = e.car() == null ? " car no. unknown" : " #" + e.car();
        String team = e.team() == null ? ", team unknown" : ", " + e.team();
        return e.event() + " " + e.season() + car + team;
    }
}
