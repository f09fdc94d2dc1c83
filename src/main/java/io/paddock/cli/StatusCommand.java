package io.paddock.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code paddock status}: whether a Paddock server runs on the data directory, and what it uses.
 */
@Command(name = "status",
        header = "Say whether a Paddock server runs here, and what it uses.", mixinStandardHelpOptions = true,
        description = {"Say whether a Paddock server runs on the data directory, and what it uses: its process id, ports, "
                + "uptime, the idle time left before it stops by itself, its heap and its resident memory.",
                "Starts nothing. The exit code is 0 when a server runs and 3 when none does, for scripts."},
        footer = {"", "Examples:", "  paddock status", "  paddock status --json --data-dir /data/paddock"})
final class StatusCommand extends PlainCommand {

    static final int NONE_RUNS = 3;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Database folder (default: $PADDOCK_DATA_DIR or ~/.paddock/data)")
    Path dataDir;

    @Override
    public Integer call() throws IOException {
        Path dir = ConnectionOptions.dataDirOrDefault(dataDir);
        Optional<ServeFile.Running> found = ServeFile.current(dir);
        PrintWriter out = out();
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("dataDir", dir.toString());
        if (found.isEmpty()) {
            status.put("state", "none");
            print(out, status, List.of("No Paddock server runs on " + dir + "."));
            return NONE_RUNS;
        }
        ServeFile.Running server = found.get();
        status.put("state", server.ready() ? "running" : "starting");
        status.put("pid", server.pid());
        if (!server.ready() || server.commandPort() == 0) {
            print(out, status, List.of("A Paddock server " + (server.ready() ? "runs" : "is starting") + " on " + dir
                    + " (pid " + server.pid() + ")" + (server.ready() ? " at " + server.bolt() : "") + "."));
            return 0;
        }
        java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream errors = new java.io.ByteArrayOutputStream();
        Launcher.send(server, CommandChannel.Kind.STATUS, List.of(), answer, errors);
        Properties properties = new Properties();
        properties.load(new StringReader(answer.toString(StandardCharsets.UTF_8)));
        long uptime = Long.parseLong(properties.getProperty("uptimeSeconds"));
        long idleTimeout = Long.parseLong(properties.getProperty("idleTimeoutSeconds"));
        long idleLeft = Long.parseLong(properties.getProperty("idleSecondsLeft"));
        status.put("commandPort", server.commandPort());
        status.put("bolt", properties.getProperty("bolt"));
        status.put("http", properties.getProperty("http").isEmpty() ? null : properties.getProperty("http"));
        status.put("started", properties.getProperty("started"));
        status.put("uptimeSeconds", uptime);
        status.put("idleTimeoutSeconds", idleTimeout < 0 ? null : idleTimeout);
        status.put("idleSecondsLeft", idleLeft < 0 ? null : idleLeft);
        status.put("commandsAnswered", Long.parseLong(properties.getProperty("commandsAnswered")));
        status.put("commandsRunning", Integer.parseInt(properties.getProperty("commandsRunning")));
        long heapUsed = Long.parseLong(properties.getProperty("heapUsedBytes"));
        long heapCommitted = Long.parseLong(properties.getProperty("heapCommittedBytes"));
        long heapMax = Long.parseLong(properties.getProperty("heapMaxBytes"));
        long rss = Long.parseLong(properties.getProperty("rssBytes"));
        status.put("heapUsedBytes", heapUsed);
        status.put("heapCommittedBytes", heapCommitted);
        status.put("heapMaxBytes", heapMax);
        status.put("rssBytes", rss < 0 ? null : rss);
        String http = (String) status.get("http");
        print(out, status, List.of(
                "Paddock server on " + dir + ": running (pid " + server.pid() + ")",
                "  commands:   127.0.0.1:" + server.commandPort() + " (" + status.get("commandsAnswered") + " answered, "
                        + status.get("commandsRunning") + " running now)",
                "  Bolt:       " + properties.getProperty("bolt"),
                "  Browser:    " + (http == null ? "off (paddock serve has it)" : http + "/browser/"),
                "  up:         " + duration(uptime) + " (since " + properties.getProperty("started") + ")",
                "  idle stop:  " + (idleTimeout < 0 ? "never (stop it with paddock stop or Ctrl-C)"
                        : "in " + duration(idleLeft) + " (after " + duration(idleTimeout) + " without a command)"),
                String.format(Locale.ROOT, "  heap:       %,d MB used, %,d MB committed, %,d MB max", mb(heapUsed), mb(heapCommitted), mb(heapMax)),
                "  memory:     " + (rss < 0 ? "unknown (no /proc on this system)" : String.format(Locale.ROOT, "%,d MB resident", mb(rss))),
                "  log:        " + dir.resolve(ServeFile.LOG)));
        return 0;
    }

    private void print(PrintWriter out, Map<String, Object> status, List<String> lines) {
        if (output.json) {
            out.println(Output.toJson(status));
        } else {
            lines.forEach(out::println);
        }
        out.flush();
    }

    private static long mb(long bytes) {
        return bytes / (1024 * 1024);
    }

    static String duration(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        if (d.toHours() > 0) {
            return d.toHours() + " h" + (d.toMinutesPart() == 0 ? "" : " " + d.toMinutesPart() + " min");
        }
        if (d.toMinutes() > 0) {
            return d.toMinutes() + " min" + (d.toSecondsPart() == 0 ? "" : " " + d.toSecondsPart() + " s");
        }
        return d.getSeconds() + " s";
    }
}
