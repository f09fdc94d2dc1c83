package io.paddock.cli;

import picocli.CommandLine.Mixin;

import java.util.Set;

/**
 * A command that asks the query facade a question: an {@link AnswerCommand} that takes the shared filters.
 * Which filters it applies it says with {@link FilterOptions.Applies}; the others are refused before it runs.
 */
abstract class QuestionCommand extends AnswerCommand {

    @Mixin
    FilterOptions filter;

    /**
     * The filters this command applies, as asked: its {@link FilterOptions.Applies} (every filter without one).
     * A command whose query changes with one of its options (teammates {@code --with}) overrides this.
     */
    Set<FilterOptions.Filter> appliedFilters() {
        return FilterOptions.declared(getClass());
    }

    /** Why it applies no other filter, or empty: its {@link FilterOptions.Applies#why()}. */
    String filterNote() {
        return FilterOptions.why(getClass());
    }

    /** The command as the refusal names it: {@code path}, {@code network central}, {@code teammates --with}. */
    String filterScope() {
        return spec.qualifiedName(" ").replaceFirst("^paddock ", "");
    }

    /** Refuses a given filter this command cannot apply, in one line, before anything runs. */
    final void refuseUnappliedFilters() {
        filter.refuseUnapplied(filterScope(), appliedFilters(), filterNote());
    }
}
