package io.paddock.model;

/**
 * Places in a session's order that someone took but the sources do not say who: the class winner of an article that
 * reports only second to fourth in class, the overall pole of one that reports only third. They are known to exist
 * because a later place is reported; they are said, never left as a silent gap.
 *
 * @param inClass       the class whose order has the gap, or null for the overall order
 * @param fromPosition  first unreported place
 * @param toPosition    last unreported place (equal to {@code fromPosition} for one place)
 * @param reason        why the places are unknown, in plain words
 */
public record UnknownPlaces(Ref inClass, int fromPosition, int toPosition, String reason) {

    /**
     * @return the places as printed, e.g. {@code 1} or {@code 2–3}
     */
    public String places() {
        return fromPosition == toPosition ? String.valueOf(fromPosition) : fromPosition + "–" + toPosition;
    }
}
