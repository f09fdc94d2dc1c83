package io.paddock.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.paddock.TestNeo4j;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * One CLI invocation as a user makes it, with what it printed and its exit code.
 *
 * @param exitCode the process exit code
 * @param out      standard output
 * @param err      standard error
 */
record CliRun(int exitCode, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PaddockCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * Runs the CLI as a user does against a server: these arguments, then {@code --uri} and the shared test
     * server's address.
     */
    static CliRun runOnTestServer(String... args) {
        String[] withServer = Arrays.copyOf(args, args.length + 2);
        withServer[args.length] = "--uri";
        withServer[args.length + 1] = TestNeo4j.uri();
        return run(withServer);
    }

    /** Standard output read as JSON (for runs with {@code --json}). */
    JsonNode json() {
        return json(JsonNode.class);
    }

    /** Standard output read as JSON into this type (for runs with {@code --json}). */
    <T> T json(Class<T> type) {
        try {
            return JSON.readValue(out, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("Not JSON on standard output: " + out + err, e);
        }
    }
}
