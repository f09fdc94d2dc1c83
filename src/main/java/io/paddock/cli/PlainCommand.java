package io.paddock.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * What every command shares, with or without a graph: how to print ({@code --json}) and {@code --verbose}.
 */
abstract class PlainCommand implements Callable<Integer> {

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
