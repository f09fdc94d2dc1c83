package io.paddock.bench;

import io.paddock.Paddock;
import io.paddock.importer.YearRange;
import io.paddock.model.CountedResults;
import io.paddock.model.DriverSummary;
import io.paddock.model.HeadToHead;
import io.paddock.model.HolderKind;
import io.paddock.model.PartnerCount;
import io.paddock.model.RecordKind;
import io.paddock.model.RecordRow;
import io.paddock.query.PaddockQueries;
import io.paddock.query.QueryFilter;
import org.neo4j.driver.Session;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * p50 and p99 of every facade question on the full graph (seed + Formula 1 + Le Mans) in the embedded database as the
 * CLI opens it, through {@link PaddockQueries} over Bolt, with the Bolt floor ({@code RETURN 1}) and the same questions
 * in SQL over the Ergast CSV files in SQLite (in-process, indexed) in the same run; answers compared where SQLite can
 * give them. Warm-up first; then rounds in rotating order, every question a few times per round.
 */
final class QueryBenchmark {

    private static final int WARM_UP = 10;
    private static final int ROUNDS = 10;
    private static final int PER_ROUND = 10;

    private final Path db;
    private final Path ergast;
    private final Path lemans;

    QueryBenchmark(Path db, Path ergast, Path lemans) {
        this.db = db;
        this.ergast = ergast;
        this.lemans = lemans;
    }

    /** One question: what to time, and its SQLite twin (null when Ergast's tables cannot answer it). */
    private record Question(String name, String group, Supplier<Object> paddock, Supplier<Object> sqlite) {
    }

    void run(Path out, Path report) throws Exception {
        boolean fresh = !Files.isDirectory(db);
        try (Paddock paddock = Paddock.embedded(db); SqliteErgast sql = SqliteErgast.load(ergast)) {
            if (fresh || paddock.cypher("MATCH (s:Series {id: 'f1'}) RETURN count(s) AS n", Map.of()).get(0).get("n").equals(0L)) {
                long start = System.nanoTime();
                paddock.loadShippedSeed();
                paddock.importer().ergast(ergast, YearRange.all(), p -> { });
                paddock.importer().lemans(lemans, YearRange.all(), p -> { });
                System.out.printf("queries: built the full graph in %.0f s%n", (System.nanoTime() - start) / 1e9);
            }
            PaddockQueries q = paddock.queries();
            QueryFilter all = QueryFilter.all();
            QueryFilter f1 = QueryFilter.all().series("f1");
            QueryFilter top10 = f1.limit(10);
            List<Question> questions = new ArrayList<>();
            questions.add(new Question("floor: RETURN 1 (executeRead over Bolt)", "floor", () -> floor(paddock), sql::floor));
            questions.add(new Question("teammates Lewis Hamilton (F1)", "per-driver",
                    () -> teamMates(q.teammates("Lewis Hamilton", f1).counts().teamMates()), sql::teammatesOfHamilton));
            // The counts alone (the same people and counts as the whole answer's: TeammatesIT, FullDataIT), compared with
            // the same SQL as the whole answer.
            questions.add(new Question("teammates counts Lewis Hamilton (F1)", "per-driver",
                    () -> teamMates(q.teammateCounts("Lewis Hamilton", f1).teamMates()), sql::teammatesOfHamilton));
            questions.add(new Question("teammates Tom Kristensen (Le Mans crews)", "per-driver",
                    () -> q.teammates("Tom Kristensen", all), null));
            questions.add(new Question("head-to-head drivers Hamilton–Rosberg", "per-driver",
                    () -> score(q.headToHead(PaddockQueries.Side.DRIVERS, "Lewis Hamilton", "Nico Rosberg", all)), sql::headToHeadHamiltonRosberg));
            questions.add(new Question("head-to-head teams Ferrari–McLaren", "per-driver",
                    () -> score(q.headToHead(PaddockQueries.Side.TEAMS, "Ferrari", "McLaren", all)), sql::headToHeadFerrariMcLaren));
            // The summary line alone (issue 20: "the event-by-event detail read only when asked"): the same scores as the
            // whole head-to-head's (RivalriesIT, FullDataIT). The SQL twin counts only races both
            // finished with a position; the score also ranks retirements (AheadRule), so it is timed, not compared.
            questions.add(new Question("head-to-head score drivers Hamilton–Rosberg", "per-driver",
                    () -> q.headToHeadScore(PaddockQueries.Side.DRIVERS, "Lewis Hamilton", "Nico Rosberg", all),
                    () -> new SqliteErgast.NotCompared(sql.headToHeadHamiltonRosberg(), "the score also ranks retirements")));
            questions.add(new Question("head-to-head score teams Ferrari–McLaren", "per-driver",
                    () -> q.headToHeadScore(PaddockQueries.Side.TEAMS, "Ferrari", "McLaren", all),
                    () -> new SqliteErgast.NotCompared(sql.headToHeadFerrariMcLaren(), "the score also ranks retirements")));
            questions.add(new Question("shared events Hamilton–Rosberg", "per-driver",
                    () -> (long) q.sharedEvents("Lewis Hamilton", "Nico Rosberg").events().size(), sql::sharedRacesHamiltonRosberg));
            questions.add(new Question("rivals Tom Kristensen (in class)", "per-driver", () -> q.rivals("Tom Kristensen", all), null));
            questions.add(new Question("rivals overall Lewis Hamilton", "per-driver", () -> q.rivalsOverall("Lewis Hamilton", all), null));
            questions.add(new Question("name search 'hamilton'", "lookup", () -> q.search("hamilton").size(), sql::searchHamilton));
            questions.add(new Question("profile driver Lewis Hamilton", "profile", () -> q.driver("Lewis Hamilton"), sql::profileHamilton));
            // The profile without its events table (issue 20: "the summary line of a profile answered before its long
            // table"): equal to the whole profile's summary (ProfilesIT, FullDataIT); its counts compared with SQLite's.
            questions.add(new Question("profile summary driver Lewis Hamilton", "profile",
                    () -> summaryCounts(q.driverSummary("Lewis Hamilton")), sql::profileSummaryHamilton));
            questions.add(new Question("profile team Ferrari", "profile", () -> q.team("Ferrari"), null));
            questions.add(new Question("profile summary team Ferrari", "profile", () -> q.teamSummary("Ferrari"), null));
            questions.add(new Question("profile circuit Monza", "profile", () -> q.circuit("Monza"), null));
            questions.add(new Question("profile event 2008 Brazilian Grand Prix", "profile", () -> q.event("2008 Brazilian Grand Prix"), null));
            questions.add(new Question("career Lewis Hamilton", "profile", () -> q.career("Lewis Hamilton", all), null));
            questions.add(new Question("records wins, F1 drivers, top 10", "record",
                    () -> table(q.records(RecordKind.WINS, HolderKind.DRIVER, top10)), () -> sql.mostWins(10)));
            questions.add(new Question("records poles, F1 drivers, top 10", "record",
                    () -> table(q.records(RecordKind.POLES, HolderKind.DRIVER, top10)), () -> sql.mostPoles(10)));
            questions.add(new Question("records podiums, F1 drivers, top 10", "record",
                    () -> table(q.records(RecordKind.PODIUMS, HolderKind.DRIVER, top10)), () -> sql.mostPodiums(10)));
            questions.add(new Question("records starts, F1 drivers, top 10", "record",
                    () -> table(q.records(RecordKind.STARTS, HolderKind.DRIVER, top10)), () -> sql.mostStarts(10)));
            questions.add(new Question("records wins, F1 teams, top 10", "record",
                    () -> table(q.records(RecordKind.WINS, HolderKind.TEAM, top10)), () -> sql.mostTeamWins(10)));
            questions.add(new Question("records titles, F1 drivers", "record",
                    () -> table(q.records(RecordKind.TITLES, HolderKind.DRIVER, top10)), () -> sql.mostTitles(10)));
            for (RecordKind kind : List.of(RecordKind.CLASS_WINS, RecordKind.CLASS_PODIUMS, RecordKind.CLASS_POLES,
                    RecordKind.CLASS_WIN_STREAKS, RecordKind.CLOSEST_FINISHES, RecordKind.LAP_RECORDS,
                    RecordKind.LAP_RECORD_IMPROVEMENTS, RecordKind.STATED_TOTALS)) {
                questions.add(new Question("records " + kind.key() + " (all series)", "record",
                        () -> q.records(kind, kind.defaultHolder(), all), null));
            }
            questions.add(new Question("records wins, all series, all drivers", "record",
                    () -> q.records(RecordKind.WINS, HolderKind.DRIVER, all), null));
            // The notebook case (issue 20): every team-mate pair of all Formula 1 seasons, with race and qualifying
            // scores per season, in one call.
            questions.add(new Question("battles: every F1 team-mate pair (one call)", "batch",
                    () -> q.battles(null, f1.limit(100_000)).size(), null));

            Map<String, String> equal = new LinkedHashMap<>();
            for (Question question : questions) {
                if (question.sqlite() != null && !question.group().equals("floor")) {
                    Object a = normalise(question.paddock().get());
                    Object b = normalise(question.sqlite().get());
                    if (b instanceof SqliteErgast.NotCompared notCompared) {
                        equal.put(question.name(), "not compared (" + notCompared.why() + ")");
                        continue;
                    }
                    equal.put(question.name(), Objects.equals(a, b) ? "equal" : "differs: Paddock " + shorten(a) + " / SQLite " + shorten(b));
                }
            }
            equal.forEach((k, v) -> System.out.println("queries: " + k + ": " + v));
            System.out.println("queries: warm-up");
            Map<String, Double> warmMillis = new LinkedHashMap<>();
            for (int i = 0; i < WARM_UP; i++) {
                for (Question question : questions) {
                    long t = System.nanoTime();
                    question.paddock().get();
                    warmMillis.merge(question.name(), (System.nanoTime() - t) / 1e6 / WARM_UP, Double::sum);
                    if (question.sqlite() != null) {
                        question.sqlite().get();
                    }
                }
            }
            // Slow questions (profiles of a whole team, records over every result) get fewer calls per round, so the
            // run stays within minutes; their p99 is then the slowest of fewer samples.
            Map<String, Integer> calls = new LinkedHashMap<>();
            warmMillis.forEach((k, v) -> calls.put(k, v > 100 ? 2 : v > 20 ? 5 : PER_ROUND));
            System.out.println("queries: warm-up means (ms) " + warmMillis);
            Map<String, List<Double>> neo = new LinkedHashMap<>();
            Map<String, List<Double>> lite = new LinkedHashMap<>();
            for (int round = 0; round < ROUNDS; round++) {
                for (int k = 0; k < questions.size(); k++) {
                    Question question = questions.get((round + k) % questions.size());
                    boolean sqliteFirst = round % 2 == 1;
                    if (sqliteFirst && question.sqlite() != null) {
                        time(question.sqlite(), lite.computeIfAbsent(question.name(), x -> new ArrayList<>()), PER_ROUND);
                    }
                    time(question.paddock(), neo.computeIfAbsent(question.name(), x -> new ArrayList<>()), calls.get(question.name()));
                    if (!sqliteFirst && question.sqlite() != null) {
                        time(question.sqlite(), lite.computeIfAbsent(question.name(), x -> new ArrayList<>()), PER_ROUND);
                    }
                }
            }
            double floor = Table.percentile(neo.get(questions.get(0).name()), 50);
            Table t = new Table("queries", "Queries: facade over Bolt vs SQLite in-process, full graph (load " + Table.load() + ")",
                    "question", "calls", "Paddock p50 ms", "p99 ms", "÷ Bolt floor", "SQLite p50 ms", "p99 ms", "Paddock ÷ SQLite", "answers", "target", "met");
            for (Question question : questions) {
                List<Double> n = neo.get(question.name());
                List<Double> s = lite.get(question.name());
                double p50 = Table.percentile(n, 50);
                Double sp50 = s == null ? null : Table.percentile(s, 50);
                String[] target = target(question, p50, floor, sp50);
                t.row(question.name(), n.size(), p50, Table.percentile(n, 99), String.format("%.1f×", p50 / floor),
                        sp50, s == null ? null : Table.percentile(s, 99), sp50 == null ? null : String.format("%.2f×", p50 / sp50),
                        equal.getOrDefault(question.name(), question.group().equals("floor") ? "" : "not in Ergast"), target[0], target[1]);
            }
            t.note(String.format("%d rounds in rotating order × up to %d calls per question (fewer for questions slower than"
                    + " 20 ms: see calls), after %d warm-up calls each; SQLite"
                    + " before Paddock in odd rounds, after in even. Paddock: the embedded database as `paddock` opens it"
                    + " (%s), each call a facade method (name resolution included) in read transactions over Bolt."
                    + " SQLite %s in memory, the Ergast tables with indexes on every foreign key, results(position),"
                    + " results(grid) and qualifying(position); name lookups by forename/surname, indexed.",
                    ROUNDS, PER_ROUND, WARM_UP, db, sql.version()));
            t.write(out, report);
        }
    }

    /** Issue 20's targets: the question answered in a few milliseconds, records near SQLite, the batch in seconds. */
    private static String[] target(Question question, double p50, double floor, Double sqlite) {
        return switch (question.group()) {
            case "floor" -> new String[]{"", ""};
            case "record" -> sqlite == null ? new String[]{"≤ 2× SQLite (no SQLite twin)", ""}
                    : new String[]{"≤ 2× SQLite", p50 <= 2 * sqlite ? "yes" : "no"};
            case "batch" -> new String[]{"≤ 2 s", p50 <= 2_000 ? "yes" : "no"};
            default -> {
                String name = question.name();
                Double limit = null;
                if (name.startsWith("teammates Lewis") || name.startsWith("teammates counts Lewis") || name.startsWith("head-to-head drivers")
                        || name.startsWith("head-to-head score drivers")) {
                    limit = 8.0;
                } else if (name.startsWith("head-to-head teams") || name.startsWith("head-to-head score teams")) {
                    limit = 40.0;
                } else if (name.startsWith("profile driver") || name.startsWith("profile summary driver")) {
                    limit = 15.0;
                }
                yield limit == null ? new String[]{"", ""}
                        : new String[]{"≤ " + limit.intValue() + " ms", p50 <= limit ? "yes" : "no"};
            }
        };
    }

    private void time(Supplier<Object> call, List<Double> samples, int times) {
        for (int i = 0; i < times; i++) {
            long t = System.nanoTime();
            Object result = call.get();
            samples.add((System.nanoTime() - t) / 1e6);
            if (result == null) {
                throw new IllegalStateException("no answer");
            }
        }
    }

    private static Object floor(Paddock paddock) {
        try (Session session = paddock.driver().session(paddock.sessionConfig())) {
            return session.executeRead(tx -> tx.run("RETURN 1 AS one").single().get(0).asLong());
        }
    }

    /** Team-mates as name → events shared, for comparison with SQL. */
    private static String summaryCounts(DriverSummary summary) {
        CountedResults c = summary.entryTotals().counted();
        return "events=%d raceResults=%d overallWins=%d overallPoles=%d".formatted(c.events(), c.raceResults(),
                c.overallWins(), c.overallPoles());
    }

    private static Map<String, Long> teamMates(List<PartnerCount> partners) {
        Map<String, Long> m = new java.util.TreeMap<>();
        partners.forEach(p -> m.put(p.driver().name(), (long) p.events()));
        return m;
    }

    /**
     * The races both sides finished with a position, who was ahead: what the SQL counts. The facade's score also
     * ranks retirements (AheadRule, ADR 0025), which the SQL does not.
     */
    private static List<Long> score(HeadToHead h) {
        List<io.paddock.model.Duel> byPosition = h.duels().stream()
                .filter(d -> d.session().equals("RACE") && d.aheadRule() == io.paddock.model.AheadRule.BETTER_POSITION)
                .toList();
        return List.of(byPosition.stream().filter(d -> "A".equals(d.aheadOverall())).count(),
                byPosition.stream().filter(d -> "B".equals(d.aheadOverall())).count());
    }

    /** A records table as "name=value" strings, in order. */
    private static List<String> table(List<RecordRow> rows) {
        return rows.stream().map(r -> r.holder().name() + "=" + r.value().stripTrailingZeros().toPlainString()).toList();
    }

    private static Object normalise(Object o) {
        if (o instanceof List<?> l) {
            return l.stream().map(x -> java.text.Normalizer.normalize(String.valueOf(x), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "")).toList();
        }
        if (o instanceof Map<?, ?> m) {
            Map<String, Object> n = new java.util.TreeMap<>();
            m.forEach((k, v) -> n.put(java.text.Normalizer.normalize(String.valueOf(k), java.text.Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", ""), v));
            return n;
        }
        return o;
    }

    private static String shorten(Object o) {
        String s = String.valueOf(o);
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
