package io.paddock.ingest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * One fact a report seems to state, for a person to review.
 *
 * @param fact       what it states, typed by kind (see {@link Fact}): crew (team), car, class, number, position,
 *                   class-position, gap (seconds), laps (race laps), laps-lost, standing (class, position, final or
 *                   current), lap-record (kind, improvement), total (metric, value), role (organisation)
 * @param subjects   who it is about, as {@code kind:id} (drivers of one car, a team, a car model …)
 * @param session    RACE or QUALIFYING for results, else null
 * @param paragraph  paragraph of the report, counted from 1
 * @param start      character offset where the evidence starts
 * @param end        character offset after the evidence
 * @param confidence how sure the pattern is, 0 to 1
 * @param stated     true when the words say it; false when it is worked out (see evidence)
 * @param evidence   the rule that proposed it, and for inferred facts why
 */
// The JSON of `paddock ingest --json` keeps its shape: kind and value as printed, not the typed fact.
@JsonPropertyOrder({"kind", "subjects", "session", "value", "paragraph", "start", "end", "confidence", "stated", "evidence"})
public record FactProposal(@JsonIgnore Fact fact, List<String> subjects, String session, int paragraph, int start,
                           int end, double confidence, boolean stated, String evidence) {

    /**
     * Defensive copy.
     *
     * @param fact       the typed fact
     * @param subjects   kind:id subjects
     * @param session    RACE, QUALIFYING or null
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

    /** @return the fact kind (crew, car, class, number, position …) */
    @JsonProperty("kind")
    public String kind() {
        return fact.kind();
    }

    /** @return the value as printed for a reviewer ({@link Fact#text()}): ids, numbers with a dot, "lmp2|1|final" */
    @JsonProperty("value")
    public String value() {
        return fact.text();
    }

    /** @return the ids of the subjects that are drivers */
    public List<String> drivers() {
        return subjects.stream().filter(s -> s.startsWith("driver:")).map(s -> s.substring(7)).toList();
    }
}
