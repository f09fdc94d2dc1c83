package io.paddock.cli;

import picocli.CommandLine.Mixin;

/**
 * A command that asks the query facade a question: the graph options plus the shared filters and {@code --sources}.
 */
abstract class QuestionCommand extends GraphCommand {

    @Mixin
    FilterOptions filter;

    @Mixin
    SourcesOption sources;
}
