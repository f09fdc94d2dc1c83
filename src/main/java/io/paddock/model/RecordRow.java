package io.paddock.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One row of a records table, e.g. "1. Rinaldo Capello, 2 wins, counted from results".
 *
 * @param kind    which record
 * @param rank    1 for the best; rows with equal values share a rank ("1, 1, 3"). Lap records and stated totals
 *                are ranked within their circuit and kind, or their metric, since their figures do not compare
 *                across those; a row without a value ranks by its position
 * @param holder  who holds it: a driver, team, manufacturer or car model ({@link HolderKind#key()} as
 *                {@link Ref#kind()}); for a closest finish, the event ({@code event})
 * @param value   the figure: a count (wins, poles, titles, starts, streak length, a stated total) or seconds (a
 *                winning margin, a lap time, an improvement); null when the sources give none (a lap time)
 * @param unit    what {@code value} measures, e.g. {@code wins}, {@code class poles}, {@code seconds}, or a stated
 *                total's metric such as {@code overall wins}
 * @param details the context in plain words, one phrase each: the events, championships, circuit, season or class
 *                behind the figure (for a count, every event or championship counted)
 * @param basis   whether Paddock counted the figure from the graph or a source states it
 * @param sources provenance, {@code <source id>#p<paragraph>}
 * @param asOf    for a stated total, the event after which the source states it (e.g. {@code Mosport 2008}), or
 *                null when the source does not tie it to one; always null for a counted figure, which is as of the
 *                results the graph holds
 */
public record RecordRow(RecordKind kind, int rank, Ref holder, BigDecimal value, String unit, List<String> details,
                        RecordBasis basis, List<String> sources, String asOf) {

    /**
     * Checks the required parts; defensive copy of the sources.
     *
     * @param kind    which record
     * @param rank    1 for the best; rows with equal values share a rank ("1, 1, 3"). Lap records and stated totals
     *                are ranked within their circuit and kind, or their metric, since their figures do not compare
     *                across those; a row without a value ranks by its position
     * @param holder  who holds it: a driver, team, manufacturer or car model ({@link HolderKind#key()} as
     *                {@link Ref#kind()}); for a closest finish, the event ({@code event})
     * @param value   the figure: a count (wins, poles, titles, starts, streak length, a stated total) or seconds (a
     *                winning margin, a lap time, an improvement); null when the sources give none (a lap time)
     * @param unit    what {@code value} measures, e.g. {@code wins}, {@code class poles}, {@code seconds}, or a stated
     *                total's metric such as {@code overall wins}
     * @param details the context in plain words, one phrase each: the events, championships, circuit, season or class
     *                behind the figure (for a count, every event or championship counted)
     * @param basis   whether Paddock counted the figure from the graph or a source states it
     * @param sources provenance, {@code <source id>#p<paragraph>}
     * @param asOf for a stated total, the event after which the source states it (e.g. {@code Mosport 2008}), or
     *                     null when the source does not tie it to one; always null for a counted figure, which is as of the
     *                     results the graph holds
     */
    public RecordRow {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(basis, "basis");
        details = List.copyOf(details);
        sources = List.copyOf(sources);
    }

    /**
     * The context as one line, every phrase of {@link #details()} in order, joined by "; ".
     *
     * @return e.g. {@code Mosport 2008 (LMP2, Penske Racing, Porsche RS Spyder)}
     */
    public String detail() {
        return String.join("; ", details);
    }
}
