package io.paddock.ingest;

import java.math.BigDecimal;

/**
 * What a fact proposal states, typed by its kind, so that the writer and the scoring read fields instead of splitting
 * strings. {@link #text()} is the value as tables, CSV and JSON print it ({@code lmp2|1|final} for a standing); it is
 * for people and is never parsed again.
 */
public sealed interface Fact {

    /** @return the fact kind: crew, car, class, number, position, class-position, gap, laps, laps-lost, standing,
     * lap-record, total or role */
    default String kind() {
        return FactKind.of(this).label();
    }

    /** @return the value as printed for a reviewer (ids, numbers with a dot; compound values joined by '|') */
    String text();

    /**
     * The team a crew drove for.
     *
     * @param team team id
     */
    record Crew(String team) implements Fact {
        @Override
        public String text() {
            return team;
        }
    }

    /**
     * The car model a crew drove.
     *
     * @param car car id
     */
    record Car(String car) implements Fact {
        @Override
        public String text() {
            return car;
        }
    }

    /**
     * The class a crew raced in.
     *
     * @param carClass class id
     */
    record CarClass(String carClass) implements Fact {
        @Override
        public String text() {
            return carClass;
        }
    }

    /**
     * The car's start number, as printed (numbers are names: "7", "007" and "1A" differ).
     *
     * @param number the number
     */
    record CarNumber(String number) implements Fact {
        @Override
        public String text() {
            return number;
        }
    }

    /**
     * An overall place in a session.
     *
     * @param position from 1
     */
    record Position(int position) implements Fact {
        @Override
        public String text() {
            return String.valueOf(position);
        }
    }

    /**
     * A place in class in a session.
     *
     * @param position from 1
     */
    record ClassPosition(int position) implements Fact {
        @Override
        public String text() {
            return String.valueOf(position);
        }
    }

    /**
     * The margin to the car ahead.
     *
     * @param seconds seconds, with the scale the report printed
     */
    record Gap(BigDecimal seconds) implements Fact {
        @Override
        public String text() {
            return seconds.toPlainString();
        }
    }

    /**
     * A race's distance.
     *
     * @param laps laps run by the winner
     */
    record Laps(int laps) implements Fact {
        @Override
        public String text() {
            return String.valueOf(laps);
        }
    }

    /**
     * Laps a car lost in the pits.
     *
     * @param laps laps lost
     */
    record LapsLost(int laps) implements Fact {
        @Override
        public String text() {
            return String.valueOf(laps);
        }
    }

    /**
     * A place in a championship.
     *
     * @param carClass   class id of the championship; null when the report does not say (printed "?")
     * @param position   from 1
     * @param finalPlace true for the final table, false for the standing so far
     */
    record Standing(String carClass, int position, boolean finalPlace) implements Fact {
        @Override
        public String text() {
            return text(carClass == null ? "?" : carClass);
        }

        /**
         * @param classShown how the class is shown (its id, its name, or "?")
         * @return the standing as printed with the class shown so
         */
        public String text(String classShown) {
            return classShown + "|" + position + "|" + (finalPlace ? "final" : "current");
        }
    }

    /**
     * An improved lap time.
     *
     * @param recordKind  CIRCUIT_RECORD or PERSONAL_BEST
     * @param improvement seconds improved by; null when not printed (printed "?")
     */
    record LapRecord(String recordKind, BigDecimal improvement) implements Fact {
        @Override
        public String text() {
            return recordKind + "|" + (improvement == null ? "?" : improvement.toPlainString());
        }
    }

    /**
     * A total the report states (wins, podiums, titles …).
     *
     * @param metric the metric (OVERALL_WINS, CLASS_WINS, PODIUMS …)
     * @param value  the count
     */
    record Total(String metric, int value) implements Fact {
        @Override
        public String text() {
            return metric + "|" + value;
        }
    }

    /**
     * A person's role at an organisation.
     *
     * @param organisation manufacturer id
     */
    record Role(String organisation) implements Fact {
        @Override
        public String text() {
            return organisation;
        }
    }
}
