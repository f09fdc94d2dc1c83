package io.paddock.query;

import io.paddock.Paddock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The driver network worked out without Graph Data Science, to check its answers: the links from a Cypher pattern
 * of its own (two started cars at one event, the same car or cars of one squad), then Brandes' betweenness and
 * breadth-first distances in plain Java.
 */
public final class IndependentNetwork {

    private final List<String> ids = new ArrayList<>();
    private final Map<String, Integer> index = new HashMap<>();
    private final List<List<Integer>> adjacency = new ArrayList<>();

    private IndependentNetwork() {
    }

    /**
     * The co-driver and team-mate links of one series, or of every series for null.
     *
     * @param paddock  a handle on the graph
     * @param seriesId a series id, or null
     * @return the network
     */
    public static IndependentNetwork of(Paddock paddock, String seriesId) {
        IndependentNetwork network = new IndependentNetwork();
        try (var session = paddock.driver().session(paddock.sessionConfig())) {
            session.executeRead(tx -> tx.run("""
                    MATCH (e:Event)-[:IN_SEASON]->(:Season)-[:OF_SERIES]->(series:Series)
                    WHERE $series IS NULL OR series.id = $series
                    MATCH (a:Driver)-[:DROVE]->(n:Entry)-[:IN_EVENT]->(e)
                    MATCH (b:Driver)-[:DROVE]->(m:Entry)-[:IN_EVENT]->(e)
                    WHERE a.id < b.id AND coalesce(n.started, true) AND coalesce(m.started, true)
                      AND (n = m OR EXISTS { (n)-[:FOR_SQUAD]->(:Squad)<-[:FOR_SQUAD]-(m) })
                    RETURN DISTINCT a.id AS a, b.id AS b""", java.util.Collections.singletonMap("series", seriesId)).list())
                    .forEach(r -> network.link(r.get("a").asString(), r.get("b").asString()));
        }
        return network;
    }

    private void link(String a, String b) {
        int x = node(a);
        int y = node(b);
        adjacency.get(x).add(y);
        adjacency.get(y).add(x);
    }

    private int node(String id) {
        return index.computeIfAbsent(id, k -> {
            ids.add(k);
            adjacency.add(new ArrayList<>());
            return ids.size() - 1;
        });
    }

    /** @return drivers with a link */
    public int drivers() {
        return ids.size();
    }

    /** @return links */
    public int links() {
        return adjacency.stream().mapToInt(List::size).sum() / 2;
    }

    /**
     * Brandes' betweenness for undirected links, each pair of ends counted once.
     *
     * @return betweenness by driver id
     */
    public Map<String, Double> betweenness() {
        int n = ids.size();
        double[] centrality = new double[n];
        for (int s = 0; s < n; s++) {
            Deque<Integer> stack = new ArrayDeque<>();
            List<List<Integer>> predecessors = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                predecessors.add(new ArrayList<>());
            }
            long[] paths = new long[n];
            int[] distance = new int[n];
            Arrays.fill(distance, -1);
            paths[s] = 1;
            distance[s] = 0;
            Deque<Integer> queue = new ArrayDeque<>(List.of(s));
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack.push(v);
                for (int w : adjacency.get(v)) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue.add(w);
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                        predecessors.get(w).add(v);
                    }
                }
            }
            double[] dependency = new double[n];
            while (!stack.isEmpty()) {
                int w = stack.pop();
                for (int v : predecessors.get(w)) {
                    dependency[v] += (double) paths[v] / paths[w] * (1 + dependency[w]);
                }
                if (w != s) {
                    centrality[w] += dependency[w];
                }
            }
        }
        Map<String, Double> byId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            byId.put(ids.get(i), centrality[i] / 2);
        }
        return byId;
    }

    /**
     * Every pair of drivers of the largest connected part: {@code [drivers, pairs, sum of distances, diameter]}.
     *
     * @return the figures
     */
    public long[] allPairs() {
        int n = ids.size();
        int[] part = new int[n];
        Arrays.fill(part, -1);
        int largest = -1;
        int largestSize = 0;
        for (int s = 0; s < n; s++) {
            if (part[s] < 0) {
                int[] distance = distances(s);
                int size = 0;
                for (int v = 0; v < n; v++) {
                    if (distance[v] >= 0) {
                        part[v] = s;
                        size++;
                    }
                }
                if (size > largestSize) {
                    largest = s;
                    largestSize = size;
                }
            }
        }
        long pairs = 0;
        long sum = 0;
        long diameter = 0;
        for (int s = 0; s < n; s++) {
            if (part[s] == largest) {
                for (int d : distances(s)) {
                    if (d > 0) {
                        pairs++;
                        sum += d;
                        diameter = Math.max(diameter, d);
                    }
                }
            }
        }
        return new long[] {largestSize, pairs / 2, sum / 2, diameter};
    }

    /** Breadth-first distances from one driver by index, -1 where it cannot reach; primitive arrays, as the
     *  full graph asks this for every driver of the largest part. */
    private int[] distances(int s) {
        int[] distance = new int[ids.size()];
        Arrays.fill(distance, -1);
        int[] queue = new int[ids.size()];
        int head = 0;
        int tail = 0;
        distance[s] = 0;
        queue[tail++] = s;
        while (head < tail) {
            int v = queue[head++];
            for (int w : adjacency.get(v)) {
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    queue[tail++] = w;
                }
            }
        }
        return distance;
    }

    /**
     * Links from one driver to each driver reachable, by id (the driver itself at 0).
     *
     * @param id a driver id
     * @return distances by driver id
     */
    public Map<String, Integer> distancesFrom(String id) {
        int[] distance = distances(index.get(id));
        Map<String, Integer> byId = new HashMap<>();
        for (int v = 0; v < distance.length; v++) {
            if (distance[v] >= 0) {
                byId.put(ids.get(v), distance[v]);
            }
        }
        return byId;
    }
}
