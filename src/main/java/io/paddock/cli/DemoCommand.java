package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.internal.cypher.CypherFile;
import io.paddock.load.LoadReport;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock demo}: load the shipped seed and print a short tour of the graph.
 */
@Command(name = "demo",
        header = "Load the shipped seed and print a short tour of the graph.", mixinStandardHelpOptions = true,
        description = "Load the shipped seed (idempotent) and print a short tour of what the graph knows.",
        footer = {"", "Example:", "  paddock demo"})
final class DemoCommand extends GraphCommand {

    @Override
    public Integer call() {
        PrintWriter out = out();
        Map<String, List<Map<String, Object>>> tour = new LinkedHashMap<>();
        try (Paddock paddock = connection.open()) {
            LoadReport report = paddock.loadShippedSeed();
            if (!output.json) {
                out.printf("Paddock demo — %s%nLoaded the shipped seed: %d files, %d nodes and %d relationships created (%d ms).%n",
                        connection.target(), report.files(), report.nodesCreated(), report.relationshipsCreated(),
                        report.took().toMillis());
            }
            CypherFile file = CypherFile.load("tour.cypher");
            file.namedStatements().forEach((name, statement) -> {
                List<Map<String, Object>> rows = paddock.cypher(statement, Map.of());
                tour.put(name, rows);
                if (!output.json) {
                    out.printf("%n== %s ==%n", title(statement));
                    out.print(Output.table(rows));
                }
            });
        }
        if (output.json) {
            out.println(Output.toJson(tour));
        } else {
            out.printf("%nAsk it questions (add --data-dir or --uri as above; --help on each):%n"
                    + "  paddock teammates \"Timo Bernhard\" --season 2007%n"
                    + "  paddock h2h Dumas Capello --season 2007 --sources%n"
                    + "  paddock rivals \"Timo Bernhard\"%n"
                    + "  paddock records closest-finishes%n"
                    + "  paddock event \"Petit Le Mans 2007\"%n"
                    + "  paddock cypher \"<query>\"   (or open cypher/tour.cypher and cypher/queries/ in Neo4j Browser)%n");
        }
        out.flush();
        return 0;
    }

    private static String title(String statement) {
        return statement.lines()
                .filter(line -> line.startsWith("// title:"))
                .map(line -> line.substring("// title:".length()).strip())
                .findFirst().orElse("");
    }
}
