package io.paddock.internal.load;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.paddock.model.ChampionshipKind;
import io.paddock.model.ResultStatus;
import io.paddock.model.SessionType;

import java.util.List;

/**
 * One row of one statement of {@code cypher/load/graph.cypher}: the typed write contract between a source (the
 * seed, an import) and the one {@link GraphWriter}. Each record's components are exactly the {@code row.x} fields
 * its statement reads (a test holds them equal), so a misspelled field is a compile error, not a silent null.
 * <p>
 * Common fields: {@code src} is the provenance of the row ({@code "<source id>#<file>:<line>"} or
 * {@code "<source id>#p<paragraph>"}), {@code inferred} the reason when a fact is worked out rather than printed,
 * {@code precedence} the source's rank for values several sources give ({@link Precedence}). Dates are ISO strings.
 * Components named {@code class_} and {@code final_} are the fields {@code class} and {@code final} (Java keywords).
 */
public sealed interface WriteRow {

    /**
     * @return the name of the statement in {@code graph.cypher} that writes this row
     */
    String statement();

    /** A source: an article or a dataset. */
    record Source(String id, String file, String language, String title, Integer paragraphs, String kind,
                  String licence, String origin, String coverage) implements WriteRow {
        public String statement() {
            return "sources";
        }
    }

    /** A racing series. */
    record Series(String id, String name, List<String> aliases, List<String> src, int precedence, String inferred)
            implements WriteRow {
        public String statement() {
            return "series";
        }
    }

    /** A class of a series (LMP1, GT2 …). */
    record CarClass(String id, String name, List<String> aliases, List<String> src, int precedence, String inferred,
                 String category, Boolean specClass, String series) implements WriteRow {
        public String statement() {
            return "classes";
        }
    }

    /** A circuit; {@code country} is an ISO 3166 alpha-2 code. */
    record Circuit(String id, String name, List<String> aliases, List<String> src, int precedence, String inferred,
                   String locality, String region, String country, Double lengthKm, String note, Double latitude,
                   Double longitude, List<String> configurations) implements WriteRow {
        public String statement() {
            return "circuits";
        }
    }

    /** A maker: of chassis, engines or tyres. */
    record Manufacturer(String id, String name, List<String> aliases, List<String> src, int precedence,
                        String inferred, String country) implements WriteRow {
        public String statement() {
            return "manufacturers";
        }
    }

    /** A car model (a chassis), with its maker, engine maker and the class it was built for. */
    record Car(String id, String name, List<String> aliases, List<String> src, int precedence, String inferred,
               Integer powerHp, String builtAt, String note, String manufacturer, String engineManufacturer,
               @JsonProperty("class") String class_) implements WriteRow {
        public String statement() {
            return "cars";
        }
    }

    /**
     * A record-book credit ({@code seed/marque-credits.json}): the marque a car model's results count for where it is
     * not the car's chassis maker; {@code sources} say where the credit is stated. Written only where the car model
     * and the marque already exist.
     */
    record Credit(String car, String marque, String reason, List<String> sources) implements WriteRow {
        public String statement() {
            return "credits";
        }
    }

    /** A team (in Formula 1, the constructor). */
    record Team(String id, String name, List<String> aliases, List<String> src, int precedence, String inferred,
                String country, String supportedBy, String chassisMaker) implements WriteRow {
        public String statement() {
            return "teams";
        }
    }

    /** A driver; {@code nationality} is an ISO 3166 alpha-2 code. */
    record Driver(String id, String name, List<String> aliases, List<String> src, int precedence, String inferred,
                  String nationality, String hometown, String birthDate, String factoryDriverOf) implements WriteRow {
        public String statement() {
            return "drivers";
        }
    }

    /** A person who is not (only) a driver: a team principal, an engineer. */
    record Person(String id, String name, List<String> aliases, String searchText, List<String> src, String inferred)
            implements WriteRow {
        public String statement() {
            return "people";
        }
    }

    /** The team as entered in a season ("Scuderia Ferrari HP"); {@code country} is an ISO 3166 alpha-2 code. */
    record Entrant(String id, String name, String country, List<String> src, String inferred, int precedence)
            implements WriteRow {
        public String statement() {
            return "entrants";
        }
    }

    /**
     * A driver entered by an entrant in a season: the rounds ("1-13,15-22", empty for a test driver who drove in
     * none), whether as test driver, and the car and engine names.
     */
    record EntrantDriver(String driver, String entrant, String season, String rounds, Boolean testDriver, String car,
                         String engine, List<String> src) implements WriteRow {
        public String statement() {
            return "entrantDrivers";
        }
    }

    /** A season of a series. */
    record Season(String id, Integer year, Integer rounds, String series, List<String> src, String inferred,
                  int precedence) implements WriteRow {
        public String statement() {
            return "seasons";
        }
    }

    /** A race meeting; {@code documents} are the ids of the sources that report it. */
    record Event(String id, String name, String searchText, Integer round, Boolean seasonFinale, String date,
                 Integer edition, String format, Boolean cancelled, String cancellationReason, Double lengthKm,
                 Double distanceKm, String startTime, String officialName, String season, String circuit,
                 List<String> documents, List<String> src, String inferred, int precedence) implements WriteRow {
        public String statement() {
            return "events";
        }
    }

    /** A session of an event; the loader writes {@code type} by its {@link SessionType#graphValue()}. */
    record Session(String id, String event, SessionType type, Integer durationMinutes, Integer laps,
                   Integer safetyCarPeriods, String date, List<String> src, String inferred, int precedence)
            implements WriteRow {
        public String statement() {
            return "sessions";
        }
    }

    /**
     * A car at an event, with its number, class, team and entrant (through the squad), car model, engine (name and
     * maker) and tyres (name and maker); {@code status} is a non-starter's, null for a car that started.
     */
    record Entry(String id, String event, String number, @JsonProperty("class") String class_, String team,
                 String entrant, String car, String engineManufacturer, String tyreManufacturer, Boolean crewComplete,
                 String tyres, String engine, Boolean started, ResultStatus status, Boolean carIdentified,
                 List<String> src, String inferred, int precedence) implements WriteRow {
        public String statement() {
            return "entries";
        }
    }

    /** One driver of an entry; {@code points} are the driver's own where a shared car split them. */
    record Crew(String entry, String driver, Number points, String flag, List<String> src, String inferred,
                int precedence) implements WriteRow {
        public String statement() {
            return "crew";
        }
    }

    /**
     * An entry's result in one session; {@code id} is {@code <entry>@<session>}. {@code grid} is the starting
     * position (after penalties, {@code gridPenalty} says which), {@code order} the place in the classification
     * including non-classified cars; {@code pole} marks, on a qualifying result, the pole position as the record
     * books count it where a source knows the starting grid (grid position 1; at 2022's sprint weekends the sprint's).
     */
    record Result(String id, String entry, String session, ResultStatus status, Integer position, Integer classPosition,
                  Integer order, Integer laps, Double gapSeconds, String gapTo, Integer lapsLostInPits, String reason,
                  Integer grid, String gridPenalty, Number points, Double timeSeconds, Double timePenaltySeconds,
                  Double distanceKm, Integer pitStops, Double pitStopSeconds, Integer fastestLapRank,
                  Double fastestLapSeconds, Integer fastestLapLap, Double bestLapSeconds, Double q1Seconds,
                  Double q2Seconds, Double q3Seconds, Integer driverOfTheDayRank, Double driverOfTheDayPercent,
                  Boolean grandSlam, Boolean pole, List<String> src, String inferred, int precedence)
            implements WriteRow {
        public String statement() {
            return "results";
        }
    }

    /** A championship of a season: drivers', teams' or makers', overall or of one class. */
    record Championship(String id, String name, ChampionshipKind kind, String season, @JsonProperty("class") String class_) implements WriteRow {
        public String statement() {
            return "championships";
        }
    }

    /** A holder's place in a championship: final, or as of an event ({@code asOfEvent}). */
    record Standing(String championship, String holderLabel, String holderId, String asOfEvent, Integer position,
                    @JsonProperty("final") Boolean final_, String clinchedAt, Number points, Integer wins, List<String> src,
                    String inferred, int precedence) implements WriteRow {
        public String statement() {
            return "standings";
        }
    }

    /** A lap record set in a session. */
    record LapRecord(String id, String kind, String driver, String circuit, String session, String entry,
                     Double lapTimeSeconds, Double improvementSeconds, List<String> src, String inferred)
            implements WriteRow {
        public String statement() {
            return "lapRecords";
        }
    }

    /** A total a source states ("his 7th win at Le Mans") about one or more subjects. */
    record StatedTotal(String id, String metric, Number value, Integer outOf, String scope, Integer fromYear,
                       Integer toYear, String note, List<Subject> subjects, String season, @JsonProperty("class") String class_,
                       String circuit, String asOfEvent, List<String> src, String inferred) implements WriteRow {
        public String statement() {
            return "statedTotals";
        }
    }

    /** The node a stated total is about: its label and id. */
    record Subject(String label, String id) {
    }

    /**
     * What a source's files for one node (its season, its race, its reference data) looked like when last written:
     * {@code digest} is {@code "<source>:<hash>"}. Written after every other row, so an interrupted import leaves no
     * digest for data it did not finish, and a later import skips only what it really wrote before.
     */
    record Digest(String label, String id, String digest) implements WriteRow {
        public String statement() {
            return "digests";
        }
    }

    /** A person's role at a team or maker. */
    record Role(String person, String role, String organisationLabel, String organisationId, String season,
                List<String> src, String inferred) implements WriteRow {
        public String statement() {
            return "roles";
        }
    }
}
