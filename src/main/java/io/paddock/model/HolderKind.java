package io.paddock.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Whom a record is counted for. A team reaches a result through its squad at the event, a manufacturer through
 * the car model it builds, so a manufacturer's record covers every team that raced its cars.
 */
public enum HolderKind {

    /** A driver: credited with every result of a car they drove. */
    DRIVER("driver"),
    /** A team (entrant), credited with the results of its cars. */
    TEAM("team"),
    /** A manufacturer, credited with the results of the car models it builds. */
    MANUFACTURER("manufacturer"),
    /** A car model, e.g. the Porsche RS Spyder. */
    CAR("car"),
    /** The team as entered at an event ("Scuderia Ferrari HP"), where a source names entrants (F1DB). */
    ENTRANT("entrant"),
    /** The maker of a car's engine, credited with the results of the cars it powered. */
    ENGINE_MAKER("engine-maker"),
    /** The maker of a car's tyres. */
    TYRE_MAKER("tyre-maker");

    private final String key;

    HolderKind(String key) {
        this.key = key;
    }

    /**
     * @return the user-facing name, also the {@link Ref#kind()} of a holder of this kind: {@code driver},
     *         {@code team}, {@code manufacturer} or {@code car}
     */
    public String key() {
        return key;
    }

    /**
     * @param key a user-facing name, any case
     * @return the holder kind
     * @throws IllegalArgumentException when no kind has that name; the message lists the names
     */
    public static HolderKind fromKey(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.key.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not a holder; use one of: "
                        + Arrays.stream(values()).map(HolderKind::key).collect(Collectors.joining(", "))));
    }
}
