package io.paddock.cli;

import io.paddock.model.EntryLine;
import io.paddock.model.TeamProfile;
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
                "--csv prints the entries table, one row per entry, with its qualifying and race results."},
        footer = {"", "Examples:",
                "  paddock team Penske",
                "  paddock team \"Dyson Racing\" --sources",
                "  paddock team flying lizard --json"})
final class TeamCommand extends ProfileCommand<TeamProfile> {

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
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("Team", p.team().name() + " (" + p.team().id() + ")");
        header.put("Aliases", p.aliases());
        header.put("Country", p.country());
        // Support is recorded only where an article states it: no manufacturer means not stated.
        header.put("Supported by", p.supportedBy().isEmpty() ? null : ProfilePrinter.names(p.supportedBy()));
        header.put("Seasons", p.seasons());
        header.put("Events", p.events().size());
        List<EntryLine> entries = p.entries();
        header.put("Drivers",
                ProfilePrinter.namesWithUnknown(p.drivers(), ProfilePrinter.any(entries, e -> !e.crewComplete())));
        header.put("Cars", ProfilePrinter.namesWithUnknown(p.cars(), ProfilePrinter.any(entries, e -> e.car() == null)));
        // A profile only in series without classes (Formula 1) has no class line: "none" or "unknown" would mislead.
        if (!p.classes().isEmpty() || ProfilePrinter.any(entries, EntryLine::seriesHasClasses)) {
            header.put("Classes", ProfilePrinter.namesWithUnknown(p.classes(), ProfilePrinter.classUnknown(entries)));
        }
        header.put("Counted", ProfilePrinter.counted(p.counted(), ProfilePrinter.anyClasses(p.entries())));
        header.put("Titles", ProfilePrinter.titles(p.titles()));
        if (p.inferred() != null) {
            header.put("Inferred", p.inferred());
        }
        printer.header(header);
        printer.section("Entries", ProfilePrinter.entryRows(p.entries(), true), true);
        printer.section("Championship standings", ProfilePrinter.standingRows(p.standings()), true);
        printer.section("Totals stated in the articles", ProfilePrinter.statedTotalRows(p.statedTotals()), false);
    }
}
