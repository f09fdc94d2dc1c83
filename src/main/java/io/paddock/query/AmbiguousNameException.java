package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.model.Ref;

import java.util.List;

/**
 * A name matches several entities; Paddock does not guess. {@link #candidates()} lists them.
 */
public final class AmbiguousNameException extends PaddockException {

    private static final long serialVersionUID = 1L;

    private final transient List<Ref> candidates;

    AmbiguousNameException(String kind, String name, List<Ref> candidates) {
        this(kind, name, candidates, candidates.stream().map(Ref::name).toList());
    }

    /** With {@code labels} to list instead of the names, for entities whose names repeat (events, one a year). */
    AmbiguousNameException(String kind, String name, List<Ref> candidates, List<String> labels) {
        super("'" + name + "' matches " + candidates.size() + " " + kind + "s: "
                + String.join(", ", labels) + " — which one?");
        this.candidates = List.copyOf(candidates);
    }

    /**
     * @return the matching entities, best match first
     */
    public List<Ref> candidates() {
        return candidates;
    }
}
