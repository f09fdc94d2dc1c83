package io.paddock.ingest;

import java.util.HashMap;
import java.util.Map;

/**
 * The classes a report has named so far: each driver's class once a sentence gave it, the class the paragraph names
 * and the last class named. Facts of later sentences fall back on them.
 */
final class ClassMemory {

    private final Map<String, String> byDriver = new HashMap<>();
    private String paragraph;
    private String last;

    void newParagraph() {
        paragraph = null;
    }

    /** @param classId the last class a sentence named */
    void named(String classId) {
        last = classId;
        paragraph = classId;
    }

    /** @return the class the paragraph named last, or null */
    String paragraph() {
        return paragraph;
    }

    void remember(Crews.Group crew, String classId) {
        crew.drivers.forEach(d -> byDriver.put(d.id(), classId));
    }

    boolean knowsAny(Crews.Group crew) {
        return crew.drivers.stream().anyMatch(d -> byDriver.containsKey(d.id()));
    }

    /** @return the class given earlier to one of the crew's drivers (the first that has one), or null */
    String of(Crews.Group crew) {
        for (Mention d : crew.drivers) {
            if (byDriver.containsKey(d.id())) {
                return byDriver.get(d.id());
            }
        }
        return null;
    }

    /** @return the class, else the paragraph's, else the last named; null when none is known */
    String orRecent(String classId) {
        return classId != null ? classId : paragraph != null ? paragraph : last;
    }
}
