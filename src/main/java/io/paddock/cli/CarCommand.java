package io.paddock.cli;

import io.paddock.model.CarProfile;
import io.paddock.query.PaddockQueries;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock car NAME}: a car model's profile.
 */
@Command(name = "car",
        header = "A car model's profile: makers, class, entries and results.", mixinStandardHelpOptions = true,
        description = {"A car model's profile: manufacturer, engine manufacturer, power, class, its entries",
                "and results, and totals the articles state.",
                "--csv prints the entries table, one row per entry, with its qualifying and race results."},
        footer = {"", "Examples:",
                "  paddock car \"RS Spyder\"",
                "  paddock car lola mazda --sources",
                "  paddock car R10 --json"})
final class CarCommand extends ProfileCommand<CarProfile> {

    @Override
    CarProfile lookUp(PaddockQueries queries, String name) {
        return queries.car(name);
    }

    @Override
    List<Map<String, Object>> csvRows(CarProfile p) {
        return ProfilePrinter.entryRows(p.entries(), false);
    }

    @Override
    List<String> sourcesOf(CarProfile profile) {
        return profile.sources();
    }

    @Override
    void print(ProfilePrinter printer, CarProfile p) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("Car", p.car().name() + " (" + p.car().id() + ")");
        header.put("Aliases", p.aliases());
        header.put("Manufacturer", p.manufacturer() == null ? null : p.manufacturer().name());
        header.put("Engine by", p.engineManufacturer() == null ? null : p.engineManufacturer().name());
        header.put("Power", p.powerHp() == null ? null : p.powerHp() + " PS");
        header.put("Class", p.carClass() == null ? null : p.carClass().name());
        header.put("Built at", p.builtAt());
        header.put("Seasons", p.seasons());
        header.put("Teams",
                ProfilePrinter.namesWithUnknown(p.teams(), ProfilePrinter.any(p.entries(), e -> e.team() == null)));
        header.put("Counted", ProfilePrinter.counted(p.counted(), ProfilePrinter.anyClasses(p.entries())));
        if (p.note() != null) {
            header.put("Note", p.note());
        }
        if (p.inferred() != null) {
            header.put("Inferred", p.inferred());
        }
        printer.header(header);
        printer.section("Entries", ProfilePrinter.entryRows(p.entries(), false), true);
        printer.section("Totals stated in the articles", ProfilePrinter.statedTotalRows(p.statedTotals()), false);
    }
}
