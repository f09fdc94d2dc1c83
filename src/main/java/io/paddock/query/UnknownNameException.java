package io.paddock.query;

import io.paddock.PaddockException;

/**
 * No entity of the asked kind matches a name.
 */
public final class UnknownNameException extends PaddockException {

    private static final long serialVersionUID = 1L;

    UnknownNameException(String kind, String name) {
        super("No " + kind + " matches '" + name + "'");
    }
}
