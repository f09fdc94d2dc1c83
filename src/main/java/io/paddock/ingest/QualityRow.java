package io.paddock.ingest;

import java.util.List;

/**
 * Precision and recall of one article's proposals against the curated seed (or the total over all articles).
 *
 * @param article          source id, or "total"
 * @param linksGold        (entity, paragraph) pairs the curated registry gives for the article
 * @param linksProposed    (entity, paragraph) pairs the linker proposed
 * @param linksCorrect     proposed pairs that are in the curated set
 * @param factsGold        atomic facts of the curated article file
 * @param factsStatedGold  of those, the ones the curators did not mark inferred
 * @param factsProposed    distinct fact proposals
 * @param factsCorrect     proposals that match a curated fact
 * @param factsFound       curated facts that some proposal matches
 * @param statedFound      curated stated facts that some proposal matches
 * @param missedLinks      curated pairs not proposed ({@code kind:id#pN})
 * @param wrongLinks       proposed pairs not curated
 * @param missedFacts      curated facts no proposal matches
 * @param wrongFacts       proposals that match no curated fact
 */
public record QualityRow(String article, int linksGold, int linksProposed, int linksCorrect, int factsGold,
                         int factsStatedGold, int factsProposed, int factsCorrect, int factsFound, int statedFound,
                         List<String> missedLinks, List<String> wrongLinks, List<String> missedFacts,
                         List<String> wrongFacts) {

    /**
     * Defensive copies.
     *
     * @param article         source id or "total"
     * @param linksGold       curated pairs
     * @param linksProposed   proposed pairs
     * @param linksCorrect    correct pairs
     * @param factsGold       curated facts
     * @param factsStatedGold curated stated facts
     * @param factsProposed   proposals
     * @param factsCorrect    correct proposals
     * @param factsFound      curated facts found
     * @param statedFound     curated stated facts found
     * @param missedLinks     pairs missed
     * @param wrongLinks      pairs wrongly proposed
     * @param missedFacts     facts missed
     * @param wrongFacts      facts wrongly proposed
     */
    public QualityRow {
        missedLinks = List.copyOf(missedLinks);
        wrongLinks = List.copyOf(wrongLinks);
        missedFacts = List.copyOf(missedFacts);
        wrongFacts = List.copyOf(wrongFacts);
    }

    /** @return linking precision (1 when nothing was proposed) */
    public double linkPrecision() {
        return ratio(linksCorrect, linksProposed);
    }

    /** @return linking recall */
    public double linkRecall() {
        return ratio(linksGold - missedLinks.size(), linksGold);
    }

    /** @return fact precision */
    public double factPrecision() {
        return ratio(factsCorrect, factsProposed);
    }

    /** @return fact recall over all curated facts */
    public double factRecall() {
        return ratio(factsFound, factsGold);
    }

    /** @return fact recall over the curated facts that are stated (not inferred) */
    public double statedRecall() {
        return ratio(statedFound, factsStatedGold);
    }

    private static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }
}
