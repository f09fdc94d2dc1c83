package io.paddock.cli;

import io.paddock.cli.FilterOptions.Filter;
import io.paddock.model.Connection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code paddock path A B}.
 */
@Command(name = "path",
        header = "Two drivers' shortest chain of co-drivers and team-mates.", mixinStandardHelpOptions = true,
        description = {"How two drivers are connected: the shortest chain of co-drivers (same car)",
                "and team-mates (same team and event, another car) between them, across series,",
                "at most " + Connection.MAX_LINKS + " links. Each link names the first event the two shared and the role.",
                "--season, --from/--to and --series keep every link inside them."},
        footer = {"", "Examples:", "  paddock path \"Richard Lietz\" \"Seth Neiman\"",
                "  paddock path lietz neiman --series ALMS --json"})
@FilterOptions.Applies(value = {Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES},
        why = "a chain's links are at different events, in any class")
final class PathCommand extends QuestionCommand {

    @Parameters(index = "0", paramLabel = "A", description = "Where the chain starts: a driver (partial, any case, accents optional)")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "Where it ends: another driver")
    String b;

    @Override
    public Integer call() {
        PrintWriter out = out();
        Connection answer = ask(paddock -> paddock.queries().path(a, b, filter.toFilter()));
        printAnswer(out, () -> rows(answer), () -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("summary", answer.summary());
            json.put("connected", answer.connected());
            json.put("connection", answer);
            return Output.toJson(json);
        }, () -> {
            out.println(answer.summary());
            if (answer.connected()) {
                out.println();
                out.print(Output.table(rows(answer)));
            }
        }, answer.sources());
        return 0;
    }

    private static List<Map<String, Object>> rows(Connection connection) {
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean classes = ProfilePrinter.anyClasses(connection.links().stream().map(Connection.Link::shared).toList());
        for (int i = 0; i < connection.links().size(); i++) {
            Connection.Link link = connection.links().get(i);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("link", i + 1);
            row.put("from", link.from().name());
            row.put("to", link.to().name());
            row.put("role", link.shared().role().equals("CO_DRIVER") ? "co-drivers" : "team-mates");
            row.put("series", Output.seriesName(link.shared().series()));
            row.put("season", link.shared().season());
            row.put("event", link.shared().event());
            row.put("team", ProfilePrinter.orUnknown(link.shared().team()));
            row.put("car", link.shared().car() == null ? ProfilePrinter.UNKNOWN : "#" + link.shared().car());
            if (classes) {
                row.put("class", ProfilePrinter.className(link.shared()));
            }
            row.put("events shared", link.events());
            rows.add(row);
        }
        return rows;
    }
}
