package io.paddock.cli;

import io.paddock.model.CircuitProfile;
import io.paddock.query.PaddockQueries;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock circuit NAME}: a circuit's profile.
 */
@Command(name = "circuit",
        header = "A circuit's profile: where it is, events held, lap records.", mixinStandardHelpOptions = true,
        description = {"A circuit's profile: locality, country, length, aliases, the events held there,",
                "lap records and totals the articles state.",
                "--csv prints the events held, one row per event."},
        footer = {"", "Examples:",
                "  paddock circuit Mosport",
                "  paddock circuit laguna seca --sources",
                "  paddock circuit \"Road Atlanta\" --json"})
final class CircuitCommand extends ProfileCommand<CircuitProfile> {

    @Override
    CircuitProfile lookUp(PaddockQueries queries, String name) {
        return queries.circuit(name);
    }

    @Override
    List<Map<String, Object>> csvRows(CircuitProfile p) {
        return eventRows(p);
    }

    @Override
    List<String> sourcesOf(CircuitProfile profile) {
        return profile.sources();
    }

    private static List<Map<String, Object>> eventRows(CircuitProfile p) {
        return p.events().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("season", ProfilePrinter.orUnknown(e.season()));
            row.put("round", ProfilePrinter.orUnknown(e.round()));
            row.put("event", e.name());
            row.put("date", ProfilePrinter.orUnknown(e.date()));
            return row;
        }).toList();
    }

    @Override
    void print(ProfilePrinter printer, CircuitProfile p) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("Circuit", p.circuit().name() + " (" + p.circuit().id() + ")");
        header.put("Aliases", p.aliases());
        header.put("Locality", p.locality());
        if (p.region() != null) {
            header.put("Region", p.region());
        }
        header.put("Country", p.country());
        header.put("Length", p.lengthKm() == null ? null : ProfilePrinter.number(p.lengthKm()) + " km");
        if (p.note() != null) {
            header.put("Note", p.note());
        }
        if (p.inferred() != null) {
            header.put("Inferred", p.inferred());
        }
        printer.header(header);
        printer.section("Events held", eventRows(p), true);
        printer.section("Lap records", ProfilePrinter.lapRecordRows(p.lapRecords()), true);
        printer.section("Totals stated in the articles", ProfilePrinter.statedTotalRows(p.statedTotals()), false);
    }
}
