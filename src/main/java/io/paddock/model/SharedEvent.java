package io.paddock.model;

/**
 * One event two drivers shared, and how.
 *
 * @param eventId   event id
 * @param event     event name
 * @param season    season year
 * @param role      {@code CO_DRIVER} (same car) or {@code TEAM_MATE} (same team, another car)
 * @param team      team name, when known
 * @param car       the car number (of the partner's car for a team-mate), when printed
 * @param className class of the car, when known
 * @param series    the event's series (e.g. {@code alms}, American Le Mans Series)
 * @param seriesHasClasses whether the series races in classes at all (Formula 1 does not): a null {@code className}
 *                  is then a class the sources do not name, else there is none to name
 */
public record SharedEvent(String eventId, String event, int season, String role, String team, String car, String className,
                          Ref series, boolean seriesHasClasses) {
}
