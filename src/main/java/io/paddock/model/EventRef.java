package io.paddock.model;

import java.time.LocalDate;

/**
 * A reference to one race meeting. Unlike {@link Ref} it carries the season, because event names repeat from
 * year to year (there are three "Petit Le Mans" in the seed).
 *
 * @param id     event id (e.g. {@code alms-2007-petit-le-mans})
 * @param name   event name as printed (e.g. {@code Petit Le Mans})
 * @param season season year, or null when not known
 * @param round  round of the season, or null when the sources do not give it
 * @param date   race date, or null when the sources do not give it
 */
public record EventRef(String id, String name, Integer season, Integer round, LocalDate date) {

    /**
     * @return name and season, e.g. {@code Petit Le Mans 2007}: the words that find this event again
     */
    @Override
    public String toString() {
        return season == null ? name : name + " " + season;
    }
}
