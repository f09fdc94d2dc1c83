package io.paddock.bench;

import io.paddock.Paddock;
import io.paddock.internal.cypher.CypherFile;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.ProfiledPlan;
import org.neo4j.driver.summary.ResultSummary;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a named query's time goes: runs {@code PROFILE} on a file of cypher/queries/ against a database directory and
 * prints the operators with their rows and database hits, heaviest first, and the total. Parameters are the file's
 * own {@code // :param} examples, overridden by {@code name=value} arguments (a number, {@code null}, or text).
 * A benchmark main, not a test (the database must not be open elsewhere):
 * <pre>
 * java -cp "target/test-classes:target/classes:target/lib/*" io.paddock.bench.ProfilePlans target/bench-full-db head-to-head kind=team a=ferrari b=mclaren
 * </pre>
 */
public final class ProfilePlans {

    private static final Pattern PARAM = Pattern.compile("^// :param (\\w+) => (.+)$", Pattern.MULTILINE);

    private ProfilePlans() {
    }

    /**
     * @param args database directory, query name (file name without .cypher), then name=value parameters
     */
    public static void main(String[] args) {
        try (Paddock paddock = Paddock.embedded(Path.of(args[0]))) {
            CypherFile file = CypherFile.load("queries/" + args[1] + ".cypher");
            String text = file.statement();
            Map<String, Object> params = new HashMap<>();
            StringBuilder literal = new StringBuilder();
            Matcher m = PARAM.matcher(raw(args[1]));
            while (m.find()) {
                literal.append(literal.length() == 0 ? "" : ", ").append(m.group(1)).append(": ").append(m.group(2));
            }
            try (Session session = paddock.driver().session(paddock.sessionConfig())) {
                if (literal.length() > 0) {
                    params.putAll(session.run("RETURN {" + literal + "} AS p").single().get("p").asMap());
                }
                for (int i = 2; i < args.length; i++) {
                    String[] kv = args[i].split("=", 2);
                    params.put(kv[0], kv[1].equals("null") ? null : kv[1].matches("-?\\d+") ? Long.valueOf(kv[1]) : kv[1]);
                }
                for (int i = 0; i < 20; i++) {
                    session.executeRead(tx -> tx.run(text, params).list());
                }
                // The plain query's own time, without PROFILE's bookkeeping, which can be most of a profiled run.
                double[] plain = new double[21];
                for (int i = 0; i < plain.length; i++) {
                    long start = System.nanoTime();
                    session.executeRead(tx -> tx.run(text, params).list());
                    plain[i] = (System.nanoTime() - start) / 1e6;
                }
                java.util.Arrays.sort(plain);
                System.out.printf("%s: plain p50 of %d runs %.1f ms%n", args[1], plain.length, plain[plain.length / 2]);
                session.run("PROFILE " + text, params).list(); // plans the PROFILE variant: not timed
                long t = System.nanoTime();
                var result = session.run("PROFILE " + text, params);
                result.list();
                ResultSummary summary = result.consume();
                double ms = (System.nanoTime() - t) / 1e6;
                System.out.printf("%s %s: %.1f ms, %,d db hits in total%n", args[1], params, ms, total(summary.profile()));
                List<ProfiledPlan> all = new java.util.ArrayList<>();
                flatten(summary.profile(), all);
                all.stream().sorted((a, b) -> Long.compare(b.dbHits(), a.dbHits())).limit(12).forEach(p ->
                        System.out.printf("  %-28s rows %,10d  db hits %,10d  %s%n", p.operatorType(), p.records(), p.dbHits(),
                                String.valueOf(p.arguments().containsKey("Details") ? p.arguments().get("Details").asString() : "").replaceAll("\\s+", " ")));
            }
        }
    }

    private static String raw(String name) {
        try (var in = ProfilePlans.class.getResourceAsStream("/cypher/queries/" + name + ".cypher")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long total(ProfiledPlan plan) {
        return plan.dbHits() + plan.children().stream().mapToLong(c -> total((ProfiledPlan) c)).sum();
    }

    private static void flatten(ProfiledPlan plan, List<ProfiledPlan> into) {
        into.add(plan);
        plan.children().forEach(c -> flatten((ProfiledPlan) c, into));
    }
}
