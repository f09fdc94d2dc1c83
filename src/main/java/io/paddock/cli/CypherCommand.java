package io.paddock.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.paddock.Paddock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock cypher "<query>"}: read-only Cypher with parameters.
 */
@Command(name = "cypher", mixinStandardHelpOptions = true,
        description = "Run a read-only Cypher query (writes are refused) and print the rows.",
        footer = {"", "Examples:",
                "  paddock cypher \"MATCH (d:Driver) RETURN d.name ORDER BY d.name\" --json",
                "  paddock cypher \"MATCH (e:Event {id: $id})<-[:IN_EVENT]-(n:Entry) RETURN n.number, n.id\" -p id=alms-2007-petit-le-mans"})
final class CypherCommand extends GraphCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "QUERY", description = "Cypher text; use $name for parameters")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A query parameter; VALUE is read as JSON when it parses (numbers, lists), else as a string")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Mixin
    CsvOption csv;

    @Override
    public Integer call() {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach((name, text) -> values.put(name, parse(text)));
        try (Paddock paddock = connection.open()) {
            List<Map<String, Object>> rows = paddock.cypher(query, values);
            if (csv.requested(output)) {
                out().print(Output.csv(rows));
                out().flush();
            } else {
                output.rows(out(), rows);
            }
        }
        return 0;
    }

    private static Object parse(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (IOException notJson) {
            return text;
        }
    }
}
