package io.paddock.model;

import java.util.Locale;

/**
 * Whom a record is counted for. A team reaches a result through its squad at the event, a manufacturer through
 * the car model, so a manufacturer's record covers every team that raced its cars. A manufacturer is the marque the
 * record books credit (ADR 0027: a TWR Porsche's wins are Porsche's), a chassis maker the maker the car's name
 * starts with; each kind says its basis ({@link #basis()}). The keys are a contract (CLI, JSON, Cypher {@code $holder}).
 */
public enum HolderKind {

    /** A driver: credited with every result of a car they drove. */
    DRIVER("driver", "each driver of the car"),
    /** A team (entrant), credited with the results of its cars. */
    TEAM("team", "the team that ran the car"),
    /**
     * A manufacturer as the record books count it: the marque a car model is credited to in
     * {@code seed/marque-credits.json} (a derivative built or run by a partner with the marque's engine and support),
     * else the car model's chassis maker.
     */
    MANUFACTURER("manufacturer", "the marque the record books credit (seed/marque-credits.json), else the chassis maker"),
    /** The maker of the chassis (the car model's builder), whatever marque the record books credit. */
    CHASSIS_MAKER("chassis-maker", "the maker of the chassis, without record-book credits"),
    /** A car model, e.g. the Porsche RS Spyder. */
    CAR("car", "the car model (chassis)"),
    /** The team as entered at an event ("Scuderia Ferrari HP"), where a source names entrants (F1DB). */
    ENTRANT("entrant", "the entrant named at the event"),
    /** The maker of a car's engine, credited with the results of the cars it powered. */
    ENGINE_MAKER("engine-maker", "the maker of the engine"),
    /** The maker of a car's tyres. */
    TYRE_MAKER("tyre-maker", "the maker of the tyres");

    private final String key;
    private final String basis;

    HolderKind(String key, String basis) {
        this.key = key;
        this.basis = basis;
    }

    /**
     * @return the user-facing name, also the {@link Ref#kind()} of a holder of this kind: {@code driver},
     *         {@code team}, {@code manufacturer}, {@code chassis-maker}, {@code car} …
     */
    public String key() {
        return key;
    }

    /**
     * @return whom a result counts for, in a few words for a reader, e.g. for {@link #MANUFACTURER}: {@code the marque
     *         the record books credit (seed/marque-credits.json), else the chassis maker}
     */
    public String basis() {
        return basis;
    }

    /**
     * @return true for the kinds that are makers (manufacturer, chassis maker, engine maker, tyre maker), where a table
     *         says which maker it counts
     */
    public boolean maker() {
        return this == MANUFACTURER || this == CHASSIS_MAKER || this == ENGINE_MAKER || this == TYRE_MAKER;
    }

    /**
     * @param key a user-facing name, any case
     * @return the holder kind
     * @throws IllegalArgumentException when no kind has that name; the message lists the names
     */
    public static HolderKind fromKey(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Lookup.find(HolderKind.class, HolderKind::key, wanted)
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not a holder; use one of: "
                        + Lookup.list(HolderKind.class, HolderKind::key)));
    }
}
