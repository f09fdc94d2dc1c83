package io.paddock.internal.load;

import io.paddock.PaddockException;
import io.paddock.internal.text.ShippedJson;

import java.util.ArrayList;
import java.util.List;

/**
 * The one precedence rule: which source's value the graph keeps where sources disagree, from the curated file
 * {@code seed/precedence.json} (first listed wins). A source's rank is the {@code precedence} field of its rows;
 * {@code graph.cypher} keeps the value of the highest rank it has seen, so the graph does not depend on load order.
 */
public final class Precedence {

    private final List<String> order;

    private Precedence(List<String> order) {
        this.order = List.copyOf(order);
    }

    /**
     * @return the order shipped in {@code seed/precedence.json}
     */
    public static Precedence shipped() {
        List<String> order = new ArrayList<>();
        ShippedJson.read("seed/precedence.json").path("order").forEach(s -> order.add(s.asText()));
        if (order.isEmpty()) {
            throw new PaddockException("seed/precedence.json: field 'order' lists no source");
        }
        return new Precedence(order);
    }

    /**
     * @param source a source id: {@code seed} or a dataset id such as {@code ergast-f1-csv}
     * @return its rank, higher wins; at least 1
     */
    public int rank(String source) {
        int index = order.indexOf(source);
        if (index < 0) {
            throw new PaddockException("seed/precedence.json does not rank the source '" + source + "': add it to 'order'");
        }
        return order.size() - index;
    }
}
