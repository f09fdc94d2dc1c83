package io.paddock.cli;

import io.paddock.PaddockException;
import picocli.CommandLine.Option;

/**
 * {@code --csv}: the rows as CSV with a header, for a notebook ({@code pandas.read_csv}) or a spreadsheet.
 * Offered by the commands whose answer is one table.
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
}
