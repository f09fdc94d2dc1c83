package io.paddock.model;

/**
 * How a car's session ended, as the sources record it, and whether that counts as a start, as the record books
 * (F1DB) count starts: a car that retired, was not classified or was disqualified took the start; one that did not
 * start, did not (pre-)qualify, was excluded, withdrew, did not arrive, was a reserve, did not take part or ran in
 * practice only did not. One rule for every source.
 */
public enum ResultStatus {
    /** Finished and classified. */
    CLASSIFIED(true, "classified"),
    /** Retired (did not finish). */
    RETIRED(true, "retired"),
    /** Running at the end but not classified (too few laps), or an unspecified non-classification. */
    NOT_CLASSIFIED(true, "not classified"),
    /** Disqualified after taking part. */
    DISQUALIFIED(true, "disqualified"),
    /** Excluded from the meeting (F1DB's EX, Ergast's E): not counted as a start. */
    EXCLUDED(false, "excluded"),
    /** Entered and qualified but did not take the start. */
    DID_NOT_START(false, "did not start"),
    /** Failed to qualify. */
    DID_NOT_QUALIFY(false, "did not qualify"),
    /** Failed to pre-qualify. */
    DID_NOT_PREQUALIFY(false, "did not pre-qualify"),
    /** Withdrew before the session. */
    WITHDRAWN(false, "withdrawn"),
    /** Entered but never came. */
    DID_NOT_ARRIVE(false, "did not arrive"),
    /** A reserve entry that did not get a place. */
    RESERVE(false, "reserve"),
    /** Entered but took no part. */
    DID_NOT_PARTICIPATE(false, "did not take part"),
    /** Ran in practice only (a test or reserve driver's car), not entered in the race. */
    PRACTICE_ONLY(false, "practice only");

    private final boolean started;
    private final String words;

    ResultStatus(boolean started, String words) {
        this.started = started;
        this.words = words;
    }

    /**
     * @return the status in a few lower-case words as an answer prints it, e.g. {@code retired}, {@code did not start}
     */
    public String words() {
        return words;
    }

    /**
     * @return whether a car with this status took the start (counts as a start in the record books)
     */
    public boolean started() {
        return started;
    }
}
