package io.paddock.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.paddock.Paddock;
import io.paddock.PaddockException;
import org.neo4j.driver.exceptions.ClientException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock cypher "<query>"}: read-only Cypher with parameters; {@code --write} lets a query write.
 */
@Command(name = "cypher",
        header = "Run a Cypher query (read-only unless --write) and print the rows.", mixinStandardHelpOptions = true,
        description = {"Run a Cypher query and print the rows. Read-only unless --write is given: a query",
                "that writes is refused (it runs in a read transaction, which a cluster may route to a replica)."},
        footer = {"", "Examples:",
                "  paddock cypher \"MATCH (d:Driver) RETURN d.name ORDER BY d.name\" --json",
                "  paddock cypher \"MATCH (e:Event {id: $id})<-[:IN_EVENT]-(n:Entry) RETURN n.number, n.id\" -p id=alms-2007-petit-le-mans",
                "  paddock cypher \"MATCH (d:Driver {id: $id}) SET d.hometown = $town\" -p id=timo-bernhard -p town=Homburg --write"})
final class CypherCommand extends GraphCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Parameters(index = "0", paramLabel = "QUERY", description = "Cypher text; use $name for parameters")
    String query;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A query parameter; VALUE is read as JSON when it parses (numbers, lists), else as a string")
    Map<String, String> parameters = new LinkedHashMap<>();

    @Option(names = "--write", description = "Allow the query to write (a write transaction, on a cluster's leader)")
    boolean write;

    @Mixin
    CsvOption csv;

    @Override
    public Integer call() {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach((name, text) -> values.put(name, parse(text)));
        try (Paddock paddock = connection.open()) {
            List<Map<String, Object>> rows = write ? paddock.cypherWrite(query, values) : refusingWrites(paddock, values);
            if (csv.requested(output)) {
                out().print(Output.csv(rows));
                out().flush();
            } else {
                output.rows(out(), rows);
            }
        }
        return 0;
    }

    private List<Map<String, Object>> refusingWrites(Paddock paddock, Map<String, Object> values) {
        try {
            return paddock.cypher(query, values);
        } catch (PaddockException e) {
            if (e.getCause() instanceof ClientException refused && refused.code().contains("AccessMode")) {
                throw new PaddockException("The query writes to the graph: paddock cypher refuses writes unless --write is given", e);
            }
            throw e;
        }
    }

    private static Object parse(String text) {
        try {
            return JSON.readValue(text, Object.class);
        } catch (IOException notJson) {
            return text;
        }
    }
}
