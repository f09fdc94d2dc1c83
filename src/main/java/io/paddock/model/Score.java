package io.paddock.model;

/**
 * A head-to-head count.
 *
 * @param a times the first side came out ahead
 * @param b times the second side came out ahead
 */
public record Score(int a, int b) {

    /**
     * @return how many comparisons the score is made of
     */
    public int played() {
        return a + b;
    }

    /**
     * @return the score as printed, e.g. {@code 2 – 0}
     */
    @Override
    public String toString() {
        return a + " – " + b;
    }
}
