package io.paddock.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The records Paddock answers. Each has a user-facing {@link #key()} (the CLI's {@code paddock records KIND}), the
 * holder kinds it can be counted for, and the default among them.
 */
public enum RecordKind {

    /** Most overall race wins (race position 1). */
    WINS("wins", EnumSet.allOf(HolderKind.class), HolderKind.DRIVER),
    /** Most class wins (race class position 1). */
    CLASS_WINS("class-wins", EnumSet.allOf(HolderKind.class), HolderKind.DRIVER),
    /** Most overall podiums (race positions 1 to 3). */
    PODIUMS("podiums", EnumSet.allOf(HolderKind.class), HolderKind.DRIVER),
    /** Most class podiums (race class positions 1 to 3). */
    CLASS_PODIUMS("class-podiums", EnumSet.allOf(HolderKind.class), HolderKind.DRIVER),
    /**
     * Most overall poles: starting-grid position 1 where a source knows the grid (F1DB; the sprint's grid at 2022's
     * sprint weekends), else qualifying position 1.
     */
    POLES("poles", EnumSet.allOf(HolderKind.class), HolderKind.DRIVER),
    /** Most class poles (qualifying class position 1). */
    CLASS_POLES("class-poles", EnumSet.allOf(HolderKind.class), HolderKind.DRIVER),
    /** Longest run of consecutive class wins per driver, over the race results the graph holds. */
    CLASS_WIN_STREAKS("streaks", EnumSet.of(HolderKind.DRIVER), HolderKind.DRIVER),
    /** Smallest winning margins, overall or in class; the holder is the event. */
    CLOSEST_FINISHES("closest-finishes", EnumSet.noneOf(HolderKind.class), null),
    /** Lap records per circuit (circuit records and personal bests), as reported. */
    LAP_RECORDS("lap-records", EnumSet.of(HolderKind.DRIVER), HolderKind.DRIVER),
    /** Biggest improvements of a circuit record or personal best, in seconds. */
    LAP_RECORD_IMPROVEMENTS("lap-record-improvements", EnumSet.of(HolderKind.DRIVER), HolderKind.DRIVER),
    /**
     * Most championship titles (final standing in first place); every kind of championship (drivers', teams',
     * manufacturers') unless one holder kind is asked for.
     */
    TITLES("titles", EnumSet.of(HolderKind.DRIVER, HolderKind.TEAM, HolderKind.MANUFACTURER, HolderKind.CAR), null),
    /** Most starts: distinct events with an entry. */
    STARTS("starts", EnumSet.allOf(HolderKind.class), HolderKind.DRIVER),
    /** Totals the sources state, kept apart from every counted total; all holder kinds unless one is asked for. */
    STATED_TOTALS("stated-totals", EnumSet.of(HolderKind.DRIVER, HolderKind.TEAM, HolderKind.MANUFACTURER, HolderKind.CAR),
            null),
    /** Most entries: distinct events with an entry in the race (non-qualifiers too, practice-only cars not). */
    ENTRIES("entries", EnumSet.allOf(HolderKind.class), HolderKind.DRIVER),
    /** Most fastest laps in a race (fastest-lap rank 1). */
    FASTEST_LAPS("fastest-laps", EnumSet.allOf(HolderKind.class), HolderKind.DRIVER),
    /** Most grand slams: pole, win, fastest lap and leading every lap (as F1DB marks them). */
    GRAND_SLAMS("grand-slams", EnumSet.allOf(HolderKind.class), HolderKind.DRIVER),
    /** Most driver-of-the-day awards (the fans' vote, since 2016). */
    DRIVER_OF_THE_DAY("driver-of-the-day", EnumSet.allOf(HolderKind.class), HolderKind.DRIVER);

    private final String key;
    private final Set<HolderKind> holders;
    private final HolderKind defaultHolder;

    RecordKind(String key, Set<HolderKind> holders, HolderKind defaultHolder) {
        this.key = key;
        this.holders = Collections.unmodifiableSet(holders);
        this.defaultHolder = defaultHolder;
    }

    /**
     * @return the user-facing name, e.g. {@code class-wins}
     */
    public String key() {
        return key;
    }

    /**
     * @return the holder kinds this record can be counted for; empty when the holder is fixed (a closest finish
     *         belongs to its event)
     */
    public Set<HolderKind> holders() {
        return holders;
    }

    /**
     * @return the holder kind used when none is asked for; null means every kind (titles, stated totals) or a fixed holder
     */
    public HolderKind defaultHolder() {
        return defaultHolder;
    }

    /**
     * @param key a user-facing name, any case (e.g. {@code class-wins})
     * @return the record kind
     * @throws IllegalArgumentException when no kind has that name; the message lists the names
     */
    public static RecordKind fromKey(String key) {
        String wanted = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        return Lookup.find(RecordKind.class, RecordKind::key, wanted)
                .orElseThrow(() -> new IllegalArgumentException("'" + key + "' is not a record kind; use one of: "
                        + Lookup.list(RecordKind.class, RecordKind::key)));
    }
}
