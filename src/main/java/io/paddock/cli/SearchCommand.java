package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.model.Ref;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock search TEXT}: find drivers, teams, cars, circuits, events … by name.
 */
@Command(name = "search",
        header = "Find anything by name: accents, case and one typo forgiven.", mixinStandardHelpOptions = true,
        description = "Find anything by name: accent- and case-insensitive, partial names and one typo allowed.",
        footer = {"", "Examples:", "  paddock search mucke", "  paddock search \"petit le mans\" --kind event",
                "  paddock search lizard --json"})
final class SearchCommand extends GraphCommand {

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to look for; quotes optional")
    List<String> words;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only these kinds: driver, person, team, manufacturer, car, circuit, event, series, class")
    List<String> kinds = List.of();

    @Mixin
    CsvOption csv;

    @Override
    public Integer call() {
        List<Ref> found;
        try (Paddock paddock = connection.open()) {
            found = paddock.queries().search(String.join(" ", words), kinds.toArray(String[]::new));
        }
        List<Map<String, Object>> rows = found.stream().map(ref -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", ref.kind());
            row.put("name", ref.name());
            row.put("id", ref.id());
            return row;
        }).toList();
        csv.rows(out(), output, rows);
        return 0;
    }
}
