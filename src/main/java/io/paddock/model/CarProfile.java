package io.paddock.model;

import java.util.List;

/**
 * Everything the graph knows about one car model. Null fields are not stated by the sources.
 *
 * @param car                the car model
 * @param aliases            other printed names
 * @param manufacturer       who builds it, or null when not stated
 * @param engineManufacturer who builds its engine, or null when not stated (not assumed to be the builder)
 * @param powerHp            power in PS as stated, or null
 * @param carClass           the class it is built for, or null when not stated
 * @param builtAt            where it is built, or null
 * @param note               a short curated note, or null
 * @param seasons            season years with an entry
 * @param teams              teams that entered it
 * @param entries            its entries with crews and results, oldest first
 * @param counted            wins and poles counted from those results
 * @param statedTotals       totals the articles state about it
 * @param inferred           why a fact about the car was worked out rather than printed, or null
 * @param sources            provenance of every fact in the profile
 */
public record CarProfile(Ref car, List<String> aliases, Ref manufacturer, Ref engineManufacturer, Integer powerHp,
                         Ref carClass, String builtAt, String note, List<Integer> seasons, List<Ref> teams,
                         List<EntryLine> entries, CountedResults counted, List<StatedTotal> statedTotals,
                         String inferred, List<String> sources) {

    /**
     * Defensive copies.
     *
     * @param car                the car model
     * @param aliases            other printed names
     * @param manufacturer       who builds it, or null when not stated
     * @param engineManufacturer who builds its engine, or null when not stated (not assumed to be the builder)
     * @param powerHp            power in PS as stated, or null
     * @param carClass           the class it is built for, or null when not stated
     * @param builtAt            where it is built, or null
     * @param note               a short curated note, or null
     * @param seasons            season years with an entry
     * @param teams              teams that entered it
     * @param entries            its entries with crews and results, oldest first
     * @param counted            wins and poles counted from those results
     * @param statedTotals       totals the articles state about it
     * @param inferred           why a fact about the car was worked out rather than printed, or null
     * @param sources            provenance of every fact in the profile
     */
    public CarProfile {
        aliases = List.copyOf(aliases);
        seasons = List.copyOf(seasons);
        teams = List.copyOf(teams);
        entries = List.copyOf(entries);
        statedTotals = List.copyOf(statedTotals);
        sources = List.copyOf(sources);
    }
}
