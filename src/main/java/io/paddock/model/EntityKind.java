package io.paddock.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of named things in the graph, each with the three spellings the code meets: the key a user types and a
 * {@link Ref} carries ({@code car}), the node label ({@code CarModel}) and the seed registry's section
 * ({@code cars}). One place for what used to be five parallel maps in seed, search and ingest.
 */
public enum EntityKind {

    /** A series or championship, e.g. the American Le Mans Series. */
    SERIES("series", "Series", "series"),
    /** A class of cars within a series, e.g. LMP1. */
    CLASS("class", "Class", "classes"),
    /** A circuit. */
    CIRCUIT("circuit", "Circuit", "circuits"),
    /** A manufacturer (a chassis, engine or tyre maker, or a marque). */
    MANUFACTURER("manufacturer", "Manufacturer", "manufacturers"),
    /** A car model. */
    CAR("car", "CarModel", "cars"),
    /** A team (entrant). */
    TEAM("team", "Team", "teams"),
    /** A driver. */
    DRIVER("driver", "Driver", "drivers"),
    /** A person who is not a driver (a team principal, an engineer). */
    PERSON("person", "Person", "people"),
    /** An event (race meeting); events live in the articles, not in the registry. */
    EVENT("event", "Event", null),
    /** An entry (a car at an event); entries live in the articles and have no name of their own to search. */
    ENTRY("entry", "Entry", null);

    private final String key;
    private final String label;
    private final String registrySection;

    EntityKind(String key, String label, String registrySection) {
        this.key = key;
        this.label = label;
        this.registrySection = registrySection;
    }

    /** @return the key a user types and a {@link Ref} carries, e.g. {@code car} */
    public String key() {
        return key;
    }

    /** @return the node label, e.g. {@code CarModel} */
    public String label() {
        return label;
    }

    /** @return the seed registry's section for this kind, e.g. {@code cars}; empty for kinds the articles hold */
    public Optional<String> registrySection() {
        return Optional.ofNullable(registrySection);
    }

    /** @return whether the full-text name index holds this kind, so search can find it by name */
    public boolean searchable() {
        return this != ENTRY;
    }

    /** @return the registry's kinds, in the order the seed writes them (a car's maker before the car) */
    public static List<EntityKind> registryKinds() {
        return Arrays.stream(values()).filter(k -> k.registrySection != null).toList();
    }

    /**
     * @param key a key such as {@code driver}
     * @return the kind, or empty for an unknown key
     */
    public static Optional<EntityKind> ofKey(String key) {
        return Lookup.find(EntityKind.class, EntityKind::key, key);
    }

    /**
     * @param label a node label such as {@code CarModel}
     * @return the kind, or empty for a label that is not a named kind
     */
    public static Optional<EntityKind> ofLabel(String label) {
        return Lookup.find(EntityKind.class, EntityKind::label, label);
    }

    /**
     * @param section a registry section such as {@code cars}
     * @return the kind, or empty for a section the registry does not have
     */
    public static Optional<EntityKind> ofRegistrySection(String section) {
        return Lookup.find(EntityKind.class, k -> k.registrySection, section);
    }
}
