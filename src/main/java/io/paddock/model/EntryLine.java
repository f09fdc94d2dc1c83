package io.paddock.model;

import java.util.List;

/**
 * One car at one event: its number, class, team, car model, crew and results. Anything the sources do not give
 * is unknown, never guessed: a null number, class, team or car means "not stated", and
 * {@code crewComplete = false} means more people drove the car than {@code crew} names (possibly nobody is named).
 *
 * @param entryId      entry id
 * @param event        the event
 * @param number       car number as printed, or null when not printed
 * @param carClass     class, or null when unknown
 * @param team         entrant, or null when unknown
 * @param car          car model, or null when unknown
 * @param crew         the drivers the sources name, by name
 * @param crewComplete true when {@code crew} is the whole crew; false when part of it is unknown
 * @param results      qualifying then race results, as far as reported
 * @param inferred     why the entry was worked out rather than printed, or null
 * @param sources      provenance of the entry, its crew and its results
 * @param carIdentified false when the sources place the crew at the event without saying which car they drove: this
 *                     entry may be the same car as another entry of its class
 * @param seriesHasClasses whether the event's series races in classes at all (Formula 1 does not): a null
 *                     {@code carClass} is then a class the sources do not name, else there is none to name
 */
public record EntryLine(String entryId, EventRef event, String number, Ref carClass, Ref team, Ref car, List<Ref> crew,
                        boolean crewComplete, List<ResultLine> results, String inferred, List<String> sources,
                        boolean carIdentified, boolean seriesHasClasses) {

    /**
     * Defensive copies.
     *
     * @param entryId      entry id
     * @param event        the event
     * @param number       car number as printed, or null when not printed
     * @param carClass     class, or null when unknown
     * @param team         entrant, or null when unknown
     * @param car          car model, or null when unknown
     * @param crew         the drivers the sources name, by name
     * @param crewComplete true when {@code crew} is the whole crew; false when part of it is unknown
     * @param results      qualifying then race results, as far as reported
     * @param inferred     why the entry was worked out rather than printed, or null
     * @param sources      provenance of the entry, its crew and its results
     * @param carIdentified false when the sources place the crew at the event without saying which car they drove: this
     *                          entry may be the same car as another entry of its class
     * @param seriesHasClasses whether the event's series races in classes at all (Formula 1 does not): a null
     *                          {@code carClass} is then a class the sources do not name, else there is none to name
     */
    public EntryLine {
        crew = List.copyOf(crew);
        results = List.copyOf(results);
        sources = List.copyOf(sources);
    }
}
