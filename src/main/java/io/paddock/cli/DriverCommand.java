package io.paddock.cli;

import io.paddock.model.DriverProfile;
import io.paddock.model.DriverSummary;
import io.paddock.model.EntryTotals;
import io.paddock.query.PaddockQueries;
import picocli.CommandLine.Command;


import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock driver NAME}: a driver's profile.
 */
@Command(name = "driver",
        header = "A driver's profile: every event with car, crew and results.", mixinStandardHelpOptions = true,
        description = {"A driver's profile: who they are, every event with the car, crew and results,",
                "championship standings and titles, lap records, totals the articles state and other roles.",
                "--csv prints the events table, one row per event, with its qualifying and race results.",
                "With --summary, everything but the events table is read and printed: the events are counted",
                "in the database instead of listed, which takes about half the time on a long career."},
        footer = {"", "Examples:",
                "  paddock driver \"Sascha Maassen\"",
                "  paddock driver dindo capello --sources",
                "  paddock driver mucke --json",
                "  paddock driver lewis hamilton --summary"})
final class DriverCommand extends SummarisedProfileCommand<DriverProfile, DriverSummary> {

    @Override
    DriverSummary lookUpSummary(PaddockQueries queries, String name) {
        return queries.driverSummary(name);
    }

    @Override
    void printSummary(ProfilePrinter printer, DriverSummary summary) {
        printHeader(printer, summary);
        printSections(printer, summary);
    }

    @Override
    Map<String, Object> summaryRow(DriverSummary s) {
        return countsRow("driver", s.driver(), s.seasons(), s.entryTotals(), s.titles().size());
    }

    @Override
    List<String> summarySources(DriverSummary summary) {
        return summary.sources();
    }

    @Override
    DriverProfile lookUp(PaddockQueries queries, String name) {
        return queries.driver(name);
    }

    @Override
    List<Map<String, Object>> csvRows(DriverProfile p) {
        return ProfilePrinter.entryRows(p.entries(), true);
    }

    @Override
    List<String> sourcesOf(DriverProfile profile) {
        return profile.sources();
    }

    @Override
    void print(ProfilePrinter printer, DriverProfile p) {
        DriverSummary summary = p.summary();
        printHeader(printer, summary);
        printer.section("Events", ProfilePrinter.entryRows(p.entries(), true), true);
        printSections(printer, summary);
    }

    private static void printHeader(ProfilePrinter printer, DriverSummary p) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("Driver", p.driver().name() + " (" + p.driver().id() + ")");
        header.put("Aliases", p.aliases());
        header.put("Nationality", p.nationality());
        header.put("Hometown", p.hometown());
        // Works status is recorded only where an article states it: no manufacturer means not stated.
        header.put("Works driver of", p.worksDriverOf().isEmpty() ? null : ProfilePrinter.names(p.worksDriverOf()));
        EntryTotals lines = p.entryTotals();
        header.put("Teams", ProfilePrinter.namesWithUnknown(p.teams(), lines.teamUnknown()));
        header.put("Cars", ProfilePrinter.namesWithUnknown(p.cars(), lines.carUnknown()));
        // A profile only in series without classes (Formula 1) has no class line: "none" or "unknown" would mislead.
        if (!p.classes().isEmpty() || lines.inClassedSeries()) {
            header.put("Classes", ProfilePrinter.namesWithUnknown(p.classes(), lines.classUnknown()));
        }
        header.put("Seasons", p.seasons());
        header.put("Counted", ProfilePrinter.counted(lines.counted(), lines.classesApply()));
        header.put("Titles", ProfilePrinter.titles(p.titles()));
        if (p.inferred() != null) {
            header.put("Inferred", p.inferred());
        }
        printer.header(header);
    }

    /** The sections after the events table. */
    private static void printSections(ProfilePrinter printer, DriverSummary p) {
        printer.section("Championship standings", ProfilePrinter.standingRows(p.standings()), true);
        printer.section("Lap records", ProfilePrinter.lapRecordRows(p.lapRecords()), false);
        printer.section("Totals stated in the articles", ProfilePrinter.statedTotalRows(p.statedTotals()), false);
        printer.section("Other roles", p.roles().stream().map(role -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("role", role.role() + ProfilePrinter.mark(role.inferred()));
            row.put("organisation", ProfilePrinter.name(role.organisation()));
            row.put("season", ProfilePrinter.orUnknown(role.season()));
            return row;
        }).toList(), false);
    }
}
