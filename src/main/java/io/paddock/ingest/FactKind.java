package io.paddock.ingest;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of {@link Fact}, each with its record and the name tables, CSV and JSON print for it: one table instead of a
 * {@code kind()} in every record.
 */
enum FactKind {
    CREW(Fact.Crew.class, "crew"),
    CAR(Fact.Car.class, "car"),
    CAR_CLASS(Fact.CarClass.class, "class"),
    NUMBER(Fact.CarNumber.class, "number"),
    POSITION(Fact.Position.class, "position"),
    CLASS_POSITION(Fact.ClassPosition.class, "class-position"),
    GAP(Fact.Gap.class, "gap"),
    LAPS(Fact.Laps.class, "laps"),
    LAPS_LOST(Fact.LapsLost.class, "laps-lost"),
    STANDING(Fact.Standing.class, "standing"),
    LAP_RECORD(Fact.LapRecord.class, "lap-record"),
    TOTAL(Fact.Total.class, "total"),
    ROLE(Fact.Role.class, "role");

    private static final Map<Class<?>, FactKind> BY_RECORD =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(k -> k.record, Function.identity()));

    private final Class<? extends Fact> record;
    private final String label;

    FactKind(Class<? extends Fact> record, String label) {
        this.record = record;
        this.label = label;
    }

    /**
     * @param fact any fact
     * @return its kind (every record of the sealed {@link Fact} has one)
     */
    static FactKind of(Fact fact) {
        return BY_RECORD.get(fact.getClass());
    }

    /** @return the kind as printed: crew, car, class, number, position, class-position, gap … */
    String label() {
        return label;
    }
}
