package io.paddock.model;

import java.util.List;

/**
 * Everything the graph knows about one circuit. Null fields are not stated by the sources.
 *
 * @param circuit      the circuit
 * @param aliases      other printed names
 * @param locality     town or city, or null
 * @param region       state or region, or null
 * @param country      ISO country code, or null
 * @param lengthKm     lap length in km, or null when not stated
 * @param note         a short curated note, or null
 * @param events       events held there, oldest first
 * @param lapRecords   record laps set there
 * @param statedTotals totals the articles state for this circuit (e.g. wins there)
 * @param inferred     why a fact about the circuit was worked out rather than printed, or null
 * @param sources      provenance of every fact in the profile
 */
public record CircuitProfile(Ref circuit, List<String> aliases, String locality, String region, String country,
                             Double lengthKm, String note, List<EventRef> events, List<LapRecord> lapRecords,
                             List<StatedTotal> statedTotals, String inferred, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param circuit      the circuit
     * @param aliases      other printed names
     * @param locality     town or city, or null
     * @param region       state or region, or null
     * @param country      ISO country code, or null
     * @param lengthKm     lap length in km, or null when not stated
     * @param note         a short curated note, or null
     * @param events       events held there, oldest first
     * @param lapRecords   record laps set there
     * @param statedTotals totals the articles state for this circuit (e.g. wins there)
     * @param inferred     why a fact about the circuit was worked out rather than printed, or null
     * @param sources      provenance of every fact in the profile
     */
    public CircuitProfile {
        aliases = List.copyOf(aliases);
        events = List.copyOf(events);
        lapRecords = List.copyOf(lapRecords);
        statedTotals = List.copyOf(statedTotals);
        sources = List.copyOf(sources);
    }
}
