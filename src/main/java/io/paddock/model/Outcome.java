package io.paddock.model;

import java.util.Locale;

/**
 * How one side's car ended a session, as the sources record it: the status, the reason the source gives (Ergast's
 * and F1DB's "Engine", "Accident", "+1 Lap"; Le Mans' retirement reason) and the laps completed. A duel shows it where
 * a position is missing, and {@link AheadRule} decides with it who was ahead.
 *
 * @param status the status, or null when the sources give none
 * @param reason the source's reason text, or null when it gives none
 * @param laps   laps completed, or null when the sources do not give them
 */
public record Outcome(ResultStatus status, String reason, Integer laps) {

    /** Reason texts that only restate a finish (Ergast's "Finished"), not why a car has no position. */
    private static final java.util.Set<String> NO_REASON = java.util.Set.of("finished", "classified");

    /**
     * @param position the car's position in the comparison (overall or in class), or null
     * @return the position as printed ({@code P3}) where there is one; else the status with the source's reason, e.g.
     *         {@code retired (Engine)} or {@code disqualified}; {@code unknown} only where the sources give neither a
     *         position nor a status other than classified
     */
    public String text(Integer position) {
        if (position != null) {
            return "P" + position;
        }
        if (status == null || status == ResultStatus.CLASSIFIED) {
            return "unknown";
        }
        String why = reason == null ? "" : reason.strip();
        String lower = why.toLowerCase(Locale.ROOT);
        if (why.isEmpty() || NO_REASON.contains(lower) || lower.equals(status.words())) {
            return status.words();
        }
        return status.words() + " (" + why + ")";
    }
}
