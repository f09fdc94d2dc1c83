package io.paddock.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every command that talks to a graph shares: where the graph is ({@code --data-dir}, {@code --uri} …),
 * how to print ({@code --json}) and {@code --verbose}.
 */
abstract class GraphCommand implements Callable<Integer> {

    @Mixin
    ConnectionOptions connection;

    @Mixin
    Output output;

    @Mixin
    VerboseOption verbose;

    @Spec
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }
}
