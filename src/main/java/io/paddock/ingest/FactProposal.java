package io.paddock.ingest;

import java.util.List;

/**
 * One fact a report seems to state, for a person to review.
 *
 * @param kind       crew (value: team id), car (car id), class (class id), number (car number), position,
 *                   class-position, gap (seconds), laps (race laps), laps-lost, standing ("class|position|final or
 *                   current"), lap-record ("KIND|improvement seconds"), total ("METRIC|value"), role (organisation id)
 * @param subjects   who it is about, as {@code kind:id} (drivers of one car, a team, a car model …)
 * @param session    RACE or QUALIFYING for results, else null
 * @param value      the stated value, normalised (numbers with a dot, ids)
 * @param paragraph  paragraph of the report, counted from 1
 * @param start      character offset where the evidence starts
 * @param end        character offset after the evidence
 * @param confidence how sure the pattern is, 0 to 1
 * @param stated     true when the words say it; false when it is worked out (see evidence)
 * @param evidence   the rule that proposed it, and for inferred facts why
 */
public record FactProposal(String kind, List<String> subjects, String session, String value, int paragraph, int start,
                           int end, double confidence, boolean stated, String evidence) {

    /**
     * Defensive copy.
     *
     * @param kind       the fact kind
     * @param subjects   kind:id subjects
     * @param session    RACE, QUALIFYING or null
     * @param value      the normalised value
     * @param paragraph  paragraph, from 1
     * @param start      start offset
     * @param end        end offset
     * @param confidence 0 to 1
     * @param stated     printed rather than worked out
     * @param evidence   the rule and reason
     */
    public FactProposal {
        subjects = List.copyOf(subjects);
    }

    /** @return the ids of the subjects that are drivers */
    public List<String> drivers() {
        return subjects.stream().filter(s -> s.startsWith("driver:")).map(s -> s.substring(7)).toList();
    }
}
