package io.paddock.model;

/**
 * How a car's session ended, as the sources record it, and whether that counts as a start: a car that retired,
 * was not classified, disqualified or excluded took the start; one that did not start, did not (pre-)qualify,
 * withdrew, did not arrive, was a reserve or did not take part did not. One rule for every source.
 */
public enum ResultStatus {
    /** Finished and classified. */
    CLASSIFIED(true),
    /** Retired (did not finish). */
    RETIRED(true),
    /** Running at the end but not classified (too few laps), or an unspecified non-classification. */
    NOT_CLASSIFIED(true),
    /** Disqualified after taking part. */
    DISQUALIFIED(true),
    /** Excluded from the results after taking part. */
    EXCLUDED(true),
    /** Entered and qualified but did not take the start. */
    DID_NOT_START(false),
    /** Failed to qualify. */
    DID_NOT_QUALIFY(false),
    /** Failed to pre-qualify. */
    DID_NOT_PREQUALIFY(false),
    /** Withdrew before the session. */
    WITHDRAWN(false),
    /** Entered but never came. */
    DID_NOT_ARRIVE(false),
    /** A reserve entry that did not get a place. */
    RESERVE(false),
    /** Entered but took no part. */
    DID_NOT_PARTICIPATE(false);

    private final boolean started;

    ResultStatus(boolean started) {
        this.started = started;
    }

    /**
     * @return whether a car with this status took the start (counts as a start in the record books)
     */
    public boolean started() {
        return started;
    }
}
