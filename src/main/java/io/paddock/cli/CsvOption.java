package io.paddock.cli;

import io.paddock.PaddockException;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

/**
 * {@code --csv}: the rows as CSV with a header, for a notebook ({@code pandas.read_csv}) or a spreadsheet.
 * Offered by every command that prints a table (ADR 0028); where it prints several, the command's help says which
 * table its CSV holds.
 */
final class CsvOption {

    @Option(names = "--csv", description = "Print CSV with a header line instead of a table (e.g. for pandas.read_csv)")
    boolean csv;

    /** True when CSV was asked for; refuses --csv together with --json. */
    boolean requested(Output output) {
        if (csv && output.json) {
            throw new PaddockException("--csv and --json exclude each other: pick one");
        }
        return csv;
    }

    /** Prints rows as CSV when asked, else as {@link Output#rows} does (a table, or JSON). */
    void rows(PrintWriter out, Output output, List<Map<String, Object>> rows) {
        if (requested(output)) {
            out.print(Output.csv(rows));
            out.flush();
        } else {
            output.rows(out, rows);
        }
    }
}
