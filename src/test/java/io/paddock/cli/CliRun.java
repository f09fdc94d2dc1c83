package io.paddock.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One CLI invocation as a user makes it, with what it printed and its exit code.
 *
 * @param exitCode the process exit code
 * @param out      standard output
 * @param err      standard error
 */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = PaddockCli.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CliRun(code, out.toString(), err.toString());
    }
}
