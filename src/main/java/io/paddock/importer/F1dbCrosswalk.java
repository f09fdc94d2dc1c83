package io.paddock.importer;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.internal.text.ShippedJson;

import java.util.HashMap;
import java.util.Map;

/**
 * The shipped {@code seed/f1db-crosswalk.json}: where F1DB and the Ergast layout name one race, person, circuit or
 * team differently, the Ergast spelling, so that both imports make the same ids in any order (ADR 0020). Derived
 * from both datasets by {@code tools/f1db-crosswalk.py}.
 */
final class F1dbCrosswalk {

    private final Map<String, String> eventNames = new HashMap<>();
    private final Map<String, String> people = new HashMap<>();
    private final Map<String, String> circuits = new HashMap<>();
    private final Map<String, String> teams = new HashMap<>();
    private final java.util.Set<String> lenientF1db = new java.util.HashSet<>();
    private final java.util.Set<String> lenientErgast = new java.util.HashSet<>();

    static F1dbCrosswalk shipped() {
        JsonNode json = ShippedJson.read("seed/f1db-crosswalk.json");
        F1dbCrosswalk crosswalk = new F1dbCrosswalk();
        json.path("eventNames").fields().forEachRemaining(e -> crosswalk.eventNames.put(e.getKey(), e.getValue().asText()));
        json.path("people").fields().forEachRemaining(e -> crosswalk.people.put(e.getKey(), e.getValue().asText()));
        json.path("circuits").fields().forEachRemaining(e -> crosswalk.circuits.put(e.getKey(), e.getValue().asText()));
        json.path("teams").fields().forEachRemaining(e -> crosswalk.teams.put(e.getKey(), e.getValue().asText()));
        json.path("sameDespiteBirthOrNationality").forEach(pair -> {
            crosswalk.lenientF1db.add(pair.get(0).asText());
            crosswalk.lenientErgast.add(pair.get(1).asText());
        });
        return crosswalk;
    }

    /** The race's name where Ergast prints another than F1DB's grand prix ("Mexico City Grand Prix"), else null. */
    String eventName(int year, int round) {
        return eventNames.get(year + "/" + round);
    }

    /** Ergast's spelling of an F1DB driver where the two differ ("Juan Fangio"), else null. */
    String personName(String f1dbDriverId) {
        return people.get(f1dbDriverId);
    }

    /**
     * Whether the two sources give one driver different dates of birth or nationalities, so resolution must not
     * compare those (it would split one person in two).
     */
    boolean disagreesOnBirthOrNationality(String f1dbDriverId) {
        return lenientF1db.contains(f1dbDriverId);
    }

    /** The same, for an Ergast driverRef. */
    boolean ergastDisagreesOnBirthOrNationality(String driverRef) {
        return lenientErgast.contains(driverRef);
    }

    /** Ergast's name of an F1DB circuit where it differs from F1DB's full name, else null. */
    String circuitName(String f1dbCircuitId) {
        return circuits.get(f1dbCircuitId);
    }

    /** Ergast's constructor name for an F1DB constructor with an engine maker in a season ("Lotus-Climax"), else null. */
    String teamName(String constructorId, String engineManufacturerId, int year) {
        String pair = constructorId + "/" + engineManufacturerId;
        String ofYear = teams.get(pair + "/" + year);
        return ofYear != null ? ofYear : teams.get(pair);
    }
}
