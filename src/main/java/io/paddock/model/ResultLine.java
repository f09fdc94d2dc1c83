package io.paddock.model;

import java.util.List;
import java.util.Optional;

/**
 * One entry's result in one session (qualifying or race). Positions the sources do not give are null: a car
 * reported only as fifth in class has a class position and no overall position.
 *
 * @param sessionId      session id (e.g. {@code alms-2007-petit-le-mans-race})
 * @param session        a {@link SessionType} graph value: {@code QUALIFYING}, {@code RACE}, {@code SPRINT} …
 * @param entryId        the entry (car) this result belongs to
 * @param position       overall position, or null when not given
 * @param classPosition  position in class, or null when not given
 * @param status         {@code CLASSIFIED} or {@code NOT_CLASSIFIED}
 * @param laps           laps completed, or null when not given
 * @param gapSeconds     seconds behind the entry {@code gapToEntryId}, or null when not given
 * @param gapToEntryId   the entry the gap is measured to, or null
 * @param lapsLostInPits laps lost in the pits, where stated, else null
 * @param inferred       why the result was worked out rather than printed, or null when printed
 * @param sources        provenance ({@code <source id>#p<paragraph>})
 * @param reason         why the car retired or was not classified, in the source's words ({@code Engine}), or null
 */
public record ResultLine(String sessionId, String session, String entryId, Integer position, Integer classPosition,
                         String status, Integer laps, Double gapSeconds, String gapToEntryId, Integer lapsLostInPits,
                         Boolean pole, String inferred, List<String> sources, String reason) {

    /**
     * Defensive copy.
     *
     * @param sessionId      session id (e.g. {@code alms-2007-petit-le-mans-race})
     * @param session        a {@link SessionType} graph value: {@code QUALIFYING}, {@code RACE}, {@code SPRINT} …
     * @param entryId        the entry (car) this result belongs to
     * @param position       overall position, or null when not given
     * @param classPosition  position in class, or null when not given
     * @param status         a {@link ResultStatus} name ({@code CLASSIFIED}, {@code RETIRED}, {@code DISQUALIFIED} …), or
     *                       null when the source gives none
     * @param laps           laps completed, or null when not given
     * @param gapSeconds     seconds behind the entry {@code gapToEntryId}, or null when not given
     * @param gapToEntryId   the entry the gap is measured to, or null
     * @param lapsLostInPits laps lost in the pits, where stated, else null
     * @param pole           true on the qualifying result that holds the pole as the record books count it (the
     *                       starting grid's first place where a source knows the grid, else qualifying position 1)
     * @param inferred       why the result was worked out rather than printed, or null when printed
     * @param sources        provenance ({@code <source id>#p<paragraph>})
     * @param reason         why the car retired or was not classified, in the source's words, or null
     */
    public ResultLine {
        sources = List.copyOf(sources);
    }

    /**
     * @return the {@code session} as a type; empty for a value this version does not know (one another tool wrote)
     */
    public Optional<SessionType> sessionType() {
        return SessionType.ofGraphValue(session);
    }

    /**
     * @return how the car ended the session where it has no position, in words: {@code retired (Engine)},
     *         {@code not classified}, {@code disqualified}; null where it has a position or the source gives no status
     */
    public String outcome() {
        if (position != null || classPosition != null || status == null) {
            return null;
        }
        ResultStatus known;
        try {
            known = ResultStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            return status.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }
        return known == ResultStatus.CLASSIFIED ? "finished, position unknown" : new Outcome(known, reason, laps).text(null);
    }
}
