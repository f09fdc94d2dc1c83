package io.paddock.cli;

import io.paddock.PaddockException;
import io.paddock.query.QueryFilter;
import picocli.CommandLine.Option;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters every question command takes: {@code --season}, {@code --from}/{@code --to}, {@code --series},
 * {@code --class}, {@code --event}, {@code --limit}. A command says with {@link Applies} which of them its query
 * applies; any other one given is refused in one line before the command runs ({@link #refuseUnapplied}), never
 * silently ignored (ADR 0028).
 */
final class FilterOptions {

    /** One of the shared filters, by its option name. */
    enum Filter {
        SEASON("--season"), FROM("--from"), TO("--to"), SERIES("--series"), CLASS("--class"), EVENT("--event"),
        LIMIT("--limit");

        final String option;

        Filter(String option) {
            this.option = option;
        }
    }

    /**
     * The filters a command's query applies: an option is applied only where the command's Cypher uses its parameter
     * in a {@code WHERE} or {@code LIMIT} (or the facade applies it in Java). Inherited by subcommands of a shared
     * base class; a command whose query changes with one of its own options overrides
     * {@link QuestionCommand#appliedFilters()}.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @Inherited
    @interface Applies {
        /** @return the filters applied */
        Filter[] value();

        /** @return why the others are not, when it is not plain from the question (ends the refusal in brackets) */
        String why() default "";
    }

    @Option(names = "--season", paramLabel = "YEAR", description = "Only this season")
    Integer season;

    @Option(names = "--from", paramLabel = "YEAR", description = "Seasons from this year on")
    Integer fromYear;

    @Option(names = "--to", paramLabel = "YEAR", description = "Seasons up to this year")
    Integer toYear;

    @Option(names = "--series", paramLabel = "NAME", description = "Only this series (name, alias or id, e.g. ALMS)")
    String series;

    @Option(names = "--class", paramLabel = "NAME", description = "Only this class (e.g. LMP2, GT2)")
    String className;

    @Option(names = "--event", paramLabel = "NAME", description = "Only this event (e.g. \"Petit Le Mans 2007\")")
    String event;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows")
    Integer limit;

    /** The filters given on the command line, in the order of {@link Filter}. */
    Set<Filter> given() {
        Set<Filter> given = EnumSet.noneOf(Filter.class);
        Object[] values = {season, fromYear, toYear, series, className, event, limit};
        for (Filter filter : Filter.values()) {
            if (values[filter.ordinal()] != null) {
                given.add(filter);
            }
        }
        return given;
    }

    /**
     * Refuses, in one line, every given filter the command cannot apply: {@code path does not take --class: its
     * query applies only --season, --from, --to and --series.}
     *
     * @param command how the user named the command (e.g. {@code path}, {@code network separation})
     * @param applied the filters its query applies
     * @param why     why the others are not, or empty
     */
    void refuseUnapplied(String command, Set<Filter> applied, String why) {
        List<String> refused = given().stream().filter(f -> !applied.contains(f)).map(f -> f.option).toList();
        if (refused.isEmpty()) {
            return;
        }
        List<String> applies = applied.stream().map(f -> f.option).toList();
        throw new PaddockException(command + " does not take " + either(refused) + ": "
                + (applies.isEmpty() ? "it applies none of the shared filters" : "its query applies only " + both(applies))
                + (why.isEmpty() ? "" : " (" + why + ")") + ".");
    }

    /** The reason an {@link Applies} annotation gives, or empty. */
    static String why(Class<?> command) {
        Applies applies = command.getAnnotation(Applies.class);
        return applies == null ? "" : applies.why();
    }

    /** The filters of an {@link Applies} annotation, or every filter when there is none. */
    static Set<Filter> declared(Class<?> command) {
        Applies applies = command.getAnnotation(Applies.class);
        Set<Filter> set = EnumSet.noneOf(Filter.class);
        set.addAll(applies == null ? Arrays.asList(Filter.values()) : Arrays.asList(applies.value()));
        return set;
    }

    private static String either(List<String> options) {
        return join(options, " or ");
    }

    private static String both(List<String> options) {
        return join(options, " and ");
    }

    private static String join(List<String> words, String last) {
        if (words.size() == 1) {
            return words.get(0);
        }
        List<String> head = new ArrayList<>(words.subList(0, words.size() - 1));
        return head.stream().collect(Collectors.joining(", ")) + last + words.get(words.size() - 1);
    }

    QueryFilter toFilter() {
        if (limit != null && limit < 1) {
            throw new PaddockException("--limit must be at least 1, not " + limit);
        }
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new PaddockException("--from " + fromYear + " is after --to " + toYear + ": no season is in that range "
                    + "(swap them?)");
        }
        return QueryFilter.all().season(season).between(fromYear, toYear).series(series).inClass(className)
                .event(event).limit(limit);
    }
}
