package io.paddock.model;

/**
 * A reference to one entity of the graph.
 *
 * @param kind {@code driver}, {@code person}, {@code team}, {@code manufacturer}, {@code car}, {@code circuit},
 *             {@code event}, {@code series} or {@code class}
 * @param id   its stable id (e.g. {@code timo-bernhard})
 * @param name its canonical name, spelled as printed in the sources
 */
public record Ref(String kind, String id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
