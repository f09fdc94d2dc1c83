package io.paddock.model;

import java.util.List;
import java.util.Objects;

/**
 * A records table that tells the whole story: the ranking Paddock counts from the graph, the totals the sources
 * state for the same metric and filters beside it (never mixed in), and a check wherever the two speak of the same
 * thing and disagree.
 *
 * @param kind        which record
 * @param counted     the ranking counted from results or standings, best first; empty for {@link
 *                    RecordKind#STATED_TOTALS}
 * @param stated      totals the sources state for the same metric and filters, ranked within each metric; empty when
 *                    the sources state none (or the record has no stated counterpart, e.g. a closest finish)
 * @param comparisons stated totals set against the count of the same holder, metric, season and class where the
 *                    two differ, each with a one-line note
 * @param statedNote  why no stated totals are listed although the record has a stated counterpart (none stated
 *                    for these filters, or an event filter: totals belong to seasons), or null
 * @param holder      whom the counted ranking counts a result for, its basis in {@link HolderKind#basis()} (a
 *                    manufacturer: the marque the record books credit, else the chassis maker); null where the
 *                    ranking has no one kind of holder (titles of every kind, closest finishes)
 */
public record RecordTable(RecordKind kind, List<RecordRow> counted, List<RecordRow> stated,
                          List<StatedVersusCounted> comparisons, String statedNote, HolderKind holder) {

    /**
     * Defensive copies.
     *
     * @param kind which record
     * @param counted the ranking counted from results or standings, best first; empty for {@link
     *                         RecordKind#STATED_TOTALS}
     * @param stated totals the sources state for the same metric and filters, ranked within each metric; empty when
     *                         the sources state none (or the record has no stated counterpart, e.g. a closest finish)
     * @param comparisons stated totals set against the count of the same holder, metric, season and class where the
     *                         two differ, each with a one-line note
     * @param statedNote why no stated totals are listed although the record has a stated counterpart (none stated
     *                         for these filters, or an event filter: totals belong to seasons), or null
     * @param holder whom the counted ranking counts a result for, or null where it has no one kind of holder
     */
    public RecordTable {
        Objects.requireNonNull(kind, "kind");
        counted = List.copyOf(counted);
        stated = List.copyOf(stated);
        comparisons = List.copyOf(comparisons);
    }

    /**
     * A stated total next to what the graph counts for the same holder, metric, season and class.
     *
     * @param holder  whose figure it is
     * @param metric  what is counted, as the stated total names it, e.g. {@code overall wins}
     * @param scope   the stretch it covers in words, e.g. {@code the 2007 season} or {@code his career}
     * @param stated  the figure the source states
     * @param counted the figure the graph counts from the results or standings it holds
     * @param note    one line for a reader, e.g. why the two differ
     */
    public record StatedVersusCounted(Ref holder, String metric, String scope, long stated, long counted, String note) {
    }
}
