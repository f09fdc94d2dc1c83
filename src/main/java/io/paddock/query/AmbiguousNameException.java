package io.paddock.query;

import io.paddock.PaddockException;
import io.paddock.model.Ref;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A name matches several entities; Paddock does not guess. {@link #candidates()} lists them.
 */
public final class AmbiguousNameException extends PaddockException {

    private static final long serialVersionUID = 1L;

    private final transient List<Ref> candidates;

    AmbiguousNameException(String kind, String name, List<Ref> candidates) {
        super("'" + name + "' matches " + candidates.size() + " " + kind + "s: "
                + candidates.stream().map(Ref::name).collect(Collectors.joining(", ")) + " — which one?");
        this.candidates = List.copyOf(candidates);
    }

    /**
     * @return the matching entities, best match first
     */
    public List<Ref> candidates() {
        return candidates;
    }
}
