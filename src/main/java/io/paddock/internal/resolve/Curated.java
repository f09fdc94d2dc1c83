package io.paddock.internal.resolve;

import com.fasterxml.jackson.databind.JsonNode;
import io.paddock.internal.text.ShippedJson;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The curated resolution file {@code seed/people.json}: what a person decided where the data cannot — spellings
 * of one name that folding does not join, teams and makers that are one under two names, and same-named people
 * who must stay apart (pinned ids, so the graph is the same whichever dataset is imported first).
 */
public final class Curated {

    /**
     * A same-named person pinned to their own id.
     *
     * @param source    dataset id, e.g. {@code lemans24}
     * @param key       name key ({@link Names#key})
     * @param fromYear  first season of that person in the dataset
     * @param toYear    last season
     * @param id        the pinned graph id
     * @param reason    why they are someone else
     */
    public record Pin(String source, String key, int fromYear, int toYear, String id, String reason) {
    }

    /** A person several spellings name: the curated name, its key, and why they are one person. */
    private record Person(String name, String key, String reason) {
    }

    /** Each curated spelling's key (the name's own included) to its person. */
    private final Map<String, Person> people = new HashMap<>();
    private final Map<String, String> teamKeys = new HashMap<>();
    private final Map<String, String> makerKeys = new HashMap<>();
    private final List<String> makerNames = new ArrayList<>();
    private final List<Pin> pins = new ArrayList<>();
    private final Map<String, String> classIds = new HashMap<>();
    private final Map<String, String> sameDespiteNationality = new HashMap<>();

    private Curated() {
    }

    /**
     * @return the file shipped in {@code seed/people.json}
     */
    public static Curated shipped() {
        return of(ShippedJson.read("seed/people.json"));
    }

    static Curated of(JsonNode json) {
        Curated curated = new Curated();
        json.path("people").forEach(p -> {
            String name = p.path("name").asText();
            Person person = new Person(name, Names.key(name), p.path("reason").asText());
            curated.people.put(person.key(), person);
            p.path("spellings").forEach(s -> curated.people.put(Names.key(s.asText()), person));
        });
        json.path("teams").forEach(t -> t.path("spellings").forEach(s ->
                curated.teamKeys.put(Names.key(s.asText()), t.path("name").asText())));
        json.path("makers").forEach(m -> {
            curated.makerNames.add(m.path("name").asText());
            m.path("spellings").forEach(s -> {
                curated.makerKeys.put(Names.key(s.asText()), m.path("name").asText());
                curated.makerNames.add(s.asText());
            });
        });
        json.path("same").forEach(p -> curated.sameDespiteNationality.put(Names.key(p.path("name").asText()),
                p.path("reason").asText()));
        json.path("classes").forEach(c -> c.path("spellings").forEach(s ->
                curated.classIds.put(Names.key(s.asText()), c.path("id").asText())));
        json.path("distinct").forEach(d -> curated.pins.add(new Pin(d.path("source").asText(),
                Names.key(d.path("name").asText()), d.path("fromYear").asInt(), d.path("toYear").asInt(),
                d.path("id").asText(), d.path("reason").asText())));
        return curated;
    }

    /**
     * @param name a person's name in any spelling
     * @return the key of the curated canonical spelling, or the name's own key
     */
    public String personKey(String name) {
        String key = Names.key(name);
        Person person = people.get(key);
        return person == null ? key : person.key();
    }

    /**
     * @param name a person's name in any spelling
     * @return the curated canonical spelling of that person's name, or null when the name is not curated; a fresh
     *         id is the slug of this name, so the person has one id whichever source names them first
     */
    public String personName(String name) {
        Person person = people.get(Names.key(name));
        return person == null ? null : person.name();
    }

    /**
     * @param name a person's name in any spelling
     * @return why a person decided that these spellings are one person, or null when the name is not curated
     */
    public String personReason(String name) {
        Person person = people.get(Names.key(name));
        return person == null ? null : person.reason();
    }

    /**
     * @param name a team name as a source prints it
     * @return the curated canonical team name, or null when none is curated
     */
    public String teamName(String name) {
        return teamKeys.get(Names.key(name));
    }

    /**
     * @param name a maker name as a source prints it
     * @return the curated canonical maker name, or null when none is curated
     */
    public String makerName(String name) {
        return makerKeys.get(Names.key(name));
    }

    /**
     * @return maker names of more than one word ("Alfa Romeo", "Chenard et Walcker") and their spellings, so a
     *         car name is split into maker and model at the right word
     */
    public List<String> makerNames() {
        return List.copyOf(makerNames);
    }

    /**
     * @param key a person's name key
     * @return why a person decided that this name is one person although the sources disagree on nationality,
     *         or null when nobody decided so
     */
    public String sameDespiteNationality(String key) {
        return sameDespiteNationality.get(key);
    }

    /**
     * @param label a class label
     * @return the id of the class several series share under that label, or null
     */
    public String classId(String label) {
        return classIds.get(Names.key(label));
    }

    /**
     * @param source dataset id
     * @param key    name key
     * @param from   first season
     * @param to     last season
     * @return the pin for that person, or null
     */
    public Pin pin(String source, String key, Integer from, Integer to) {
        for (Pin pin : pins) {
            if (pin.source().equals(source) && pin.key().equals(key)
                    && (from == null || to == null || (from <= pin.toYear() && to >= pin.fromYear()))) {
                return pin;
            }
        }
        return null;
    }
}
