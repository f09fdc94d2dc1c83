package io.paddock.cli;

import io.paddock.model.DriverProfile;
import io.paddock.model.EntryLine;
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
                "--csv prints the events table, one row per event, with its qualifying and race results."},
        footer = {"", "Examples:",
                "  paddock driver \"Sascha Maassen\"",
                "  paddock driver dindo capello --sources",
                "  paddock driver mucke --json"})
final class DriverCommand extends ProfileCommand<DriverProfile> {

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
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("Driver", p.driver().name() + " (" + p.driver().id() + ")");
        header.put("Aliases", p.aliases());
        header.put("Nationality", p.nationality());
        header.put("Hometown", p.hometown());
        // Works status is recorded only where an article states it: no manufacturer means not stated.
        header.put("Works driver of", p.worksDriverOf().isEmpty() ? null : ProfilePrinter.names(p.worksDriverOf()));
        List<EntryLine> entries = p.entries();
        header.put("Teams", ProfilePrinter.namesWithUnknown(p.teams(), ProfilePrinter.any(entries, e -> e.team() == null)));
        header.put("Cars", ProfilePrinter.namesWithUnknown(p.cars(), ProfilePrinter.any(entries, e -> e.car() == null)));
        // A profile only in series without classes (Formula 1) has no class line: "none" or "unknown" would mislead.
        if (!p.classes().isEmpty() || ProfilePrinter.any(entries, EntryLine::seriesHasClasses)) {
            header.put("Classes", ProfilePrinter.namesWithUnknown(p.classes(), ProfilePrinter.classUnknown(entries)));
        }
        header.put("Seasons", p.seasons());
        header.put("Counted", ProfilePrinter.counted(p.counted(), ProfilePrinter.anyClasses(p.entries())));
        header.put("Titles", ProfilePrinter.titles(p.titles()));
        if (p.inferred() != null) {
            header.put("Inferred", p.inferred());
        }
        printer.header(header);
        printer.section("Events", ProfilePrinter.entryRows(p.entries(), true), true);
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
