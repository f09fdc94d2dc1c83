package io.paddock.cli;

import picocli.CommandLine.Mixin;

/**
 * What every command that talks to a graph shares: where the graph is ({@code --data-dir}, {@code --uri} …), on top
 * of {@link PlainCommand}'s {@code --json} and {@code --verbose}.
 */
abstract class GraphCommand extends PlainCommand {

    @Mixin
    ConnectionOptions connection;
}
