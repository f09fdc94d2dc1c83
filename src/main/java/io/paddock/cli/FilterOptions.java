package io.paddock.cli;

import io.paddock.PaddockException;
import io.paddock.query.QueryFilter;
import picocli.CommandLine.Option;

/**
 * The filters every question command takes: {@code --season}, {@code --from}/{@code --to}, {@code --series},
 * {@code --class}, {@code --event}, {@code --limit}.
 */
final class FilterOptions {

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
