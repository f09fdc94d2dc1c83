package io.paddock.query;

import io.paddock.model.Network;
import io.paddock.model.Ref;
import io.paddock.model.Separation;
import org.neo4j.driver.Record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Separation figures: from one driver, out of the distribution {@code network/separation.cypher} computes in the
 * database; over the whole network, by a breadth-first search from every driver of the largest connected part over
 * the link list {@code network/links.cypher} returns (Graph Data Science streams all-pairs distances one row per
 * pair, tens of millions of rows for the full graph; counting them here takes a second).
 */
final class Separations {

    private Separations() {
    }

    static Separation fromDriver(Ref from, Network network, int components, List<Record> rows) {
        List<Separation.Distance> distances = rows.stream()
                .map(r -> new Separation.Distance(r.get("distance").asInt(), r.get("drivers").asLong(),
                        r.get("examples").asList(v -> new Ref("driver", v.get("id").asString(), v.get("name").asString()))))
                .toList();
        long reached = distances.stream().mapToLong(Separation.Distance::count).sum();
        long sum = distances.stream().mapToLong(d -> d.links() * d.count()).sum();
        Separation.Distance farthest = distances.isEmpty() ? null : distances.get(distances.size() - 1);
        return new Separation(from, network, (int) reached, components, distances, reached == 0 ? 0 : (double) sum / reached,
                farthest == null ? 0 : farthest.links(),
                farthest == null ? List.of(from) : List.of(from, farthest.examples().get(0)));
    }

    /**
     * Every pair of drivers of the largest connected part: how many pairs at each distance, their average distance, the
     * diameter and the first pair (by names) that far apart.
     */
    static Separation wholeNetwork(Network network, int components, List<Record> links, int examples) {
        Map<String, Integer> index = new HashMap<>();
        List<String[]> pairs = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (Record r : links) {
            String a = r.get("a").asString();
            String b = r.get("b").asString();
            names.put(a, r.get("nameA").asString());
            names.put(b, r.get("nameB").asString());
            index.computeIfAbsent(a, k -> index.size());
            index.computeIfAbsent(b, k -> index.size());
            pairs.add(new String[] {a, b});
        }
        String[] ids = new String[index.size()];
        index.forEach((id, i) -> ids[i] = id);
        int[][] adjacency = adjacency(ids.length, pairs, index);
        int[] part = largestPart(adjacency);
        // ids by name, so the reported pair and the examples do not depend on the order links arrive in
        Integer[] byName = Arrays.stream(part).boxed()
                .sorted(Comparator.comparing((Integer i) -> names.get(ids[i])).thenComparing(i -> ids[i]))
                .toArray(Integer[]::new);
        int[] rank = new int[ids.length];
        for (int r = 0; r < byName.length; r++) {
            rank[byName[r]] = r;
        }
        long[][] perSource = IntStream.range(0, byName.length).parallel()
                .mapToObj(r -> distancesFrom(byName[r], adjacency, rank, r))
                .toArray(long[][]::new);
        int diameter = 0;
        for (long[] counts : perSource) {
            diameter = Math.max(diameter, (int) counts[0]);
        }
        long[] pairCounts = new long[diameter + 1];
        int[] widest = null;
        for (int r = 0; r < perSource.length; r++) {
            long[] counts = perSource[r];
            for (int d = 1; d + 1 < counts.length - 1 && d <= diameter; d++) {
                pairCounts[d] += counts[d + 1];
            }
            if (widest == null && counts[0] == diameter) {
                widest = new int[] {byName[r], (int) counts[counts.length - 1]};
            }
        }
        List<Separation.Distance> distances = new ArrayList<>();
        long total = 0;
        long sum = 0;
        for (int d = 1; d <= diameter; d++) {
            distances.add(new Separation.Distance(d, pairCounts[d], List.of()));
            total += pairCounts[d];
            sum += d * pairCounts[d];
        }
        List<Ref> longestPair = widest == null ? List.of()
                : List.of(ref(ids[widest[0]], names), ref(ids[widest[1]], names));
        return new Separation(null, network, part.length, components, distances, total == 0 ? 0 : (double) sum / total,
                diameter, longestPair);
    }

    private static Ref ref(String id, Map<String, String> names) {
        return new Ref("driver", id, names.get(id));
    }

    private static int[][] adjacency(int size, List<String[]> pairs, Map<String, Integer> index) {
        int[] degree = new int[size];
        for (String[] p : pairs) {
            degree[index.get(p[0])]++;
            degree[index.get(p[1])]++;
        }
        int[][] adjacency = new int[size][];
        for (int i = 0; i < size; i++) {
            adjacency[i] = new int[degree[i]];
        }
        int[] filled = new int[size];
        for (String[] p : pairs) {
            int a = index.get(p[0]);
            int b = index.get(p[1]);
            adjacency[a][filled[a]++] = b;
            adjacency[b][filled[b]++] = a;
        }
        return adjacency;
    }

    /** The drivers of the largest connected part (the first found among equals). */
    private static int[] largestPart(int[][] adjacency) {
        int[] part = new int[adjacency.length];
        Arrays.fill(part, -1);
        int best = -1;
        int bestSize = 0;
        int[] queue = new int[adjacency.length];   // each driver enters it once over all parts, so one array serves them all
        for (int start = 0; start < adjacency.length; start++) {
            if (part[start] >= 0) {
                continue;
            }
            int size = 0;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            part[start] = start;
            while (head < tail) {
                int node = queue[head++];
                size++;
                for (int next : adjacency[node]) {
                    if (part[next] < 0) {
                        part[next] = start;
                        queue[tail++] = next;
                    }
                }
            }
            if (size > bestSize) {
                bestSize = size;
                best = start;
            }
        }
        int[] members = new int[bestSize];
        int n = 0;
        for (int i = 0; i < part.length; i++) {
            if (part[i] == best) {
                members[n++] = i;
            }
        }
        return members;
    }

    /**
     * A breadth-first search from one driver. Returns {@code [eccentricity, pairs at distance 0 (unused), pairs at 1,
     * …, farthest driver]}, counting only drivers ranked after the source, so each pair counts once, while the
     * eccentricity and the farthest driver (first by name) cover everyone.
     */
    private static long[] distancesFrom(int source, int[][] adjacency, int[] rank, int sourceRank) {
        int[] distance = new int[adjacency.length];
        Arrays.fill(distance, -1);
        int[] queue = new int[adjacency.length];
        int head = 0;
        int tail = 0;
        queue[tail++] = source;
        distance[source] = 0;
        long[] counts = new long[16];
        int farthest = source;
        while (head < tail) {
            int node = queue[head++];
            int d = distance[node];
            if (d > distance[farthest] || (d == distance[farthest] && rank[node] < rank[farthest])) {
                farthest = node;
            }
            if (d > 0 && rank[node] > sourceRank) {
                if (d + 1 >= counts.length - 1) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                counts[d + 1]++;
            }
            for (int next : adjacency[node]) {
                if (distance[next] < 0) {
                    distance[next] = distance[node] + 1;
                    queue[tail++] = next;
                }
            }
        }
        counts[0] = distance[farthest];
        counts[counts.length - 1] = farthest;
        return counts;
    }
}
