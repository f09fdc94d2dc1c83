package io.paddock.cli;

import io.paddock.PaddockException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code paddock stop}: stops the Paddock server on the data directory, cleanly.
 */
@Command(name = "stop",
        header = "Stop the Paddock server on the data directory, cleanly.", mixinStandardHelpOptions = true,
        description = {"Stop the Paddock server on the data directory: it finishes the commands it runs, stops Neo4j "
                + "cleanly and removes its discovery file. The next command starts a new one.",
                "Nothing to do (exit code 0) when none runs."},
        footer = {"", "Example:", "  paddock stop"})
final class StopCommand extends PlainCommand {

    private static final long WAIT_SECONDS = 120;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Database folder (default: $PADDOCK_DATA_DIR or ~/.paddock/data)")
    Path dataDir;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path dir = ConnectionOptions.dataDirOrDefault(dataDir);
        Optional<ServeFile.Running> found = ServeFile.current(dir);
        if (found.isEmpty()) {
            out().println("No Paddock server runs on " + dir + ": nothing to stop.");
            return 0;
        }
        ServeFile.Running server = found.get();
        if (server.pid() == ProcessHandle.current().pid()) {
            throw new PaddockException("paddock stop cannot stop the server it runs in; run it from a terminal");
        }
        ProcessHandle process = ProcessHandle.of(server.pid()).orElse(null);
        if (server.ready() && server.commandPort() > 0) {
            Launcher.send(server, CommandChannel.Kind.STOP, List.of(), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        } else if (process != null) {
            process.destroy();   // SIGTERM: the shutdown hook stops Neo4j cleanly
        }
        if (process != null && !waitFor(process, WAIT_SECONDS)) {
            process.destroy();
            if (!waitFor(process, WAIT_SECONDS)) {
                throw new PaddockException("The Paddock server on " + dir + " (pid " + server.pid() + ") did not stop in "
                        + 2 * WAIT_SECONDS + " s; see " + dir.resolve(ServeFile.LOG));
            }
        }
        out().println("Stopped the Paddock server on " + dir + " (pid " + server.pid() + ").");
        return 0;
    }

    private static boolean waitFor(ProcessHandle process, long seconds) throws InterruptedException {
        try {
            process.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            return !process.isAlive();
        }
    }
}
