package io.paddock.model;

import java.util.Optional;

/**
 * Whose championship it is ({@code Championship.kind} in the graph, {@code kind} of a championship in the seed's
 * articles): the drivers', the teams' (Formula One's constructors'), the manufacturers' or the cars'. A class title is
 * one of these with a class ({@link Standing#carClass()}), not a kind of its own. The Cypher files compare the same
 * values as string literals ({@code 'DRIVERS'}).
 */
public enum ChampionshipKind {

    /** The drivers' championship. */
    DRIVERS,
    /** The teams' championship (in Formula One the constructors'). */
    TEAMS,
    /** The manufacturers' championship. */
    MANUFACTURERS,
    /** A championship for car models. */
    CARS;

    /**
     * @return what the graph holds in {@code Championship.kind} and what answers print, e.g. {@code TEAMS}: the
     *         constant's name, so that the loader and Jackson, which write an enum by its name, need no mapping
     */
    public String graphValue() {
        return name();
    }

    /**
     * @param value a {@code Championship.kind} as read from the graph or the seed, e.g. {@code DRIVERS}
     * @return the kind, or empty for a value this version does not know
     */
    public static Optional<ChampionshipKind> ofGraphValue(String value) {
        return value == null ? Optional.empty() : Lookup.find(ChampionshipKind.class, ChampionshipKind::graphValue, value);
    }
}
