package io.paddock.resolve;

/**
 * What resolution decided about one person of a source.
 */
public enum Verdict {
    /** Nobody of that name was known: a new node. */
    NEW,
    /** The same person as a known node: name, nationality and career years agree. */
    MERGED,
    /** Someone of the same name is known, but the evidence says another person (another era): two nodes. */
    KEPT_APART,
    /** Someone of the same name is known and the evidence is mixed (e.g. another nationality in the same years):
     * kept as two nodes and reported for a person to decide, in {@code seed/people.json}. */
    DOUBTFUL
}
