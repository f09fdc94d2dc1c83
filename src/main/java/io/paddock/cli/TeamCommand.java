package io.paddock.cli;

import io.paddock.model.EntryTotals;
import io.paddock.model.TeamProfile;
import io.paddock.model.TeamSummary;
import io.paddock.query.PaddockQueries;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock team NAME}: a team's profile.
 */
@Command(name = "team",
        header = "A team's profile: seasons, entries, crews, results and titles.", mixinStandardHelpOptions = true,
        description = {"A team's profile: seasons, events, its entries with crews and results, titles,",
                "manufacturer support and totals the articles state.",
                "--csv prints the entries table, one row per entry, with its qualifying and race results.",
                "With --summary, everything but the entries table is read and printed: the entries are counted",
                "in the database instead of listed, which takes about half the time for a big team."},
        footer = {"", "Examples:",
                "  paddock team Penske",
                "  paddock team \"Dyson Racing\" --sources",
                "  paddock team flying lizard --json",
                "  paddock team ferrari --summary"})
final class TeamCommand extends SummarisedProfileCommand<TeamProfile, TeamSummary> {

    @Override
    TeamSummary lookUpSummary(PaddockQueries queries, String name) {
        return queries.teamSummary(name);
    }

    @Override
    void printSummary(ProfilePrinter printer, TeamSummary summary) {
        printHeader(printer, summary);
        printSections(printer, summary);
    }

    @Override
    Map<String, Object> summaryRow(TeamSummary s) {
        return countsRow("team", s.team(), s.seasons(), s.entryTotals(), s.titles().size());
    }

    @Override
    List<String> summarySources(TeamSummary summary) {
        return summary.sources();
    }

    @Override
    TeamProfile lookUp(PaddockQueries queries, String name) {
        return queries.team(name);
    }

    @Override
    List<Map<String, Object>> csvRows(TeamProfile p) {
        return ProfilePrinter.entryRows(p.entries(), true);
    }

    @Override
    List<String> sourcesOf(TeamProfile profile) {
        return profile.sources();
    }

    @Override
    void print(ProfilePrinter printer, TeamProfile p) {
        TeamSummary summary = p.summary();
        printHeader(printer, summary);
        printer.section("Entries", ProfilePrinter.entryRows(p.entries(), true), true);
        printSections(printer, summary);
    }

    private static void printHeader(ProfilePrinter printer, TeamSummary p) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("Team", p.team().name() + " (" + p.team().id() + ")");
        header.put("Aliases", p.aliases());
        header.put("Country", p.country());
        // Support is recorded only where an article states it: no manufacturer means not stated.
        header.put("Supported by", p.supportedBy().isEmpty() ? null : ProfilePrinter.names(p.supportedBy()));
        header.put("Seasons", p.seasons());
        header.put("Events", p.events().size());
        EntryTotals lines = p.entryTotals();
        header.put("Drivers", ProfilePrinter.namesWithUnknown(p.drivers(), lines.crewIncomplete()));
        header.put("Cars", ProfilePrinter.namesWithUnknown(p.cars(), lines.carUnknown()));
        // A profile only in series without classes (Formula 1) has no class line: "none" or "unknown" would mislead.
        if (!p.classes().isEmpty() || lines.inClassedSeries()) {
            header.put("Classes", ProfilePrinter.namesWithUnknown(p.classes(), lines.classUnknown()));
        }
        header.put("Counted", ProfilePrinter.counted(lines.counted(), lines.classesApply()));
        header.put("Titles", ProfilePrinter.titles(p.titles()));
        if (p.inferred() != null) {
            header.put("Inferred", p.inferred());
        }
        printer.header(header);
    }

    /** The sections after the entries table. */
    private static void printSections(ProfilePrinter printer, TeamSummary p) {
        printer.section("Championship standings", ProfilePrinter.standingRows(p.standings()), true);
        printer.section("Totals stated in the articles", ProfilePrinter.statedTotalRows(p.statedTotals()), false);
    }
}
