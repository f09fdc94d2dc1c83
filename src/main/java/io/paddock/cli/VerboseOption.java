package io.paddock.cli;

import picocli.CommandLine.Option;

/**
 * {@code --verbose}: accepted by every command; the exception handler in {@link PaddockCli} reads it from the
 * arguments, so it works even when parsing fails halfway.
 */
final class VerboseOption {

    @Option(names = "--verbose", description = "Show stack traces on errors, and which database a command uses")
    boolean verbose;
}
