package io.paddock.model;

import java.util.List;
import java.util.function.Predicate;

/**
 * What a profile's entry lines add up to, without the lines: the counted results of its header and whether some
 * entries leave the team, the car or the class unknown (which the header says, since an unnamed team is not "no team").
 *
 * @param counted         events, race results, wins and poles counted from the results
 * @param teamUnknown     some entry's team is not given by the sources
 * @param carUnknown      some entry's car model is not given by the sources
 * @param classUnknown    some entry in a series with classes has no class given
 * @param anyClass        some entry has a class
 * @param inClassedSeries some entry is in a series that has classes (Formula 1 has none)
 * @param crewIncomplete  some entry's crew is not fully named by the sources
 */
public record EntryTotals(CountedResults counted, boolean teamUnknown, boolean carUnknown, boolean classUnknown,
                          boolean anyClass, boolean inClassedSeries, boolean crewIncomplete) {

    /**
     * The totals of a profile's entry lines, as {@code PaddockQueries} counts them without reading the lines.
     *
     * @param entries a profile's entry lines
     * @return their counts and unknowns
     */
    public static EntryTotals of(List<EntryLine> entries) {
        List<ResultLine> results = entries.stream().flatMap(e -> e.results().stream()).toList();
        CountedResults counted = new CountedResults((int) entries.stream().map(e -> e.event().id()).distinct().count(),
                countOf(results, SessionType.RACE, r -> true),
                countOf(results, SessionType.RACE, r -> Integer.valueOf(1).equals(r.position())),
                countOf(results, SessionType.RACE, r -> Integer.valueOf(1).equals(r.classPosition())),
                countOf(results, SessionType.QUALIFYING, r -> Boolean.TRUE.equals(r.pole())),
                countOf(results, SessionType.QUALIFYING, r -> Integer.valueOf(1).equals(r.classPosition())));
        return new EntryTotals(counted, any(entries, e -> e.team() == null), any(entries, e -> e.car() == null),
                any(entries, e -> e.carClass() == null && e.seriesHasClasses()), any(entries, e -> e.carClass() != null),
                any(entries, EntryLine::seriesHasClasses), any(entries, e -> !e.crewComplete()));
    }

    /**
     * @return whether classes mean something for these entries: some has one, or some is in a series that has them
     */
    public boolean classesApply() {
        return anyClass || inClassedSeries;
    }

    private static int countOf(List<ResultLine> results, SessionType session, Predicate<ResultLine> test) {
        return (int) results.stream().filter(r -> r.sessionType().orElse(null) == session).filter(test).count();
    }

    private static boolean any(List<EntryLine> entries, Predicate<EntryLine> test) {
        return entries.stream().anyMatch(test);
    }
}
