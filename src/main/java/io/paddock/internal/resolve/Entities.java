package io.paddock.internal.resolve;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ids for the entities other than people — teams, makers, circuits, car models, classes — so that one team or
 * maker is one node whichever source names it: the shipped registry's id when a name or alias matches it after
 * normalisation, a curated canonical spelling from {@code seed/people.json}, else the slug of the name.
 */
public final class Entities {

    private final Map<String, Map<String, String>> registryIds = new HashMap<>();
    private final Curated curated;
    private final List<String> makerNames;

    /**
     * @param registry the shipped seed's {@code registry.json}
     * @param curated  the curated resolution file
     */
    public Entities(JsonNode registry, Curated curated) {
        this.curated = curated;
        for (String kind : List.of("teams", "manufacturers", "circuits", "cars", "drivers")) {
            Map<String, String> ids = new HashMap<>();
            registry.path(kind).forEach(item -> {
                ids.put(Names.key(item.path("name").asText()), item.path("id").asText());
                item.path("aliases").forEach(a -> ids.put(Names.key(a.asText()), item.path("id").asText()));
            });
            registryIds.put(kind, ids);
        }
        this.makerNames = curated.makerNames().stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * @param name a team name as a source prints it
     * @return its id
     */
    public String teamId(String name) {
        String canonical = curated.teamName(name);
        return idOf("teams", canonical != null ? canonical : name);
    }

    /**
     * @param name a maker's name
     * @return its id
     */
    public String makerId(String name) {
        return idOf("manufacturers", makerName(name));
    }

    /**
     * @param name a maker's name as printed
     * @return the curated canonical spelling, or the name
     */
    public String makerName(String name) {
        String canonical = curated.makerName(name);
        return canonical != null ? canonical : name;
    }

    /**
     * The maker a car or engine name starts with: the longest curated maker name that prefixes it ("Alfa Romeo
     * T33/2" → Alfa Romeo), else the first word ("Porsche 956" → Porsche).
     *
     * @param carOrEngine e.g. {@code Chenard et Walcker Type U 15CV Sport}
     * @return the maker's canonical name, or null for a blank text
     */
    public String makerOf(String carOrEngine) {
        String text = Names.tidy(carOrEngine);
        if (text == null) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String maker : makerNames) {
            String m = maker.toLowerCase(Locale.ROOT);
            if (lower.equals(m) || lower.startsWith(m + " ") || lower.startsWith(m + "-")) {
                return makerName(maker);
            }
        }
        String first = text.split("[ ]", 2)[0];
        return makerName(first);
    }

    /**
     * @param name a circuit's name
     * @return its id
     */
    public String circuitId(String name) {
        return idOf("circuits", name);
    }

    /**
     * @param name a car model's name
     * @return its id
     */
    public String carId(String name) {
        return idOf("cars", name);
    }

    /**
     * @param label a class label as a source prints it
     * @param prefix the id prefix for a class only this series has, e.g. {@code lemans-}
     * @return a curated shared class id (LMP1, LMP2 … are one class across series), else prefix + slug
     */
    public String classId(String label, String prefix) {
        String shared = curated.classId(label);
        return shared != null ? shared : prefix + Names.slug(label);
    }

    /**
     * @param name a person's name in any spelling
     * @return the key of its curated canonical spelling
     */
    public String personKey(String name) {
        return curated.personKey(name);
    }

    private String idOf(String kind, String name) {
        String id = registryIds.get(kind).get(Names.key(name));
        return id != null ? id : Names.slug(name);
    }
}
