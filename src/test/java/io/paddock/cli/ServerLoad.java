package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.model.RecordKind;
import io.paddock.query.PaddockQueries;
import io.paddock.query.QueryFilter;
import org.neo4j.driver.AuthTokens;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Many clients at once against one {@code paddock serve} process: each client its own connection (a handle of its
 * own, as separate programs would have), asking a mix of the facade's questions in a loop for a fixed time, then
 * stopping. Latency per question and time window; the server's heap, resident memory, threads and open transactions
 * sampled meanwhile. {@code ServerLoadIT} runs a short version; {@link #main} the long one (bench/server-load.sh).
 */
final class ServerLoad {

    /** One question of the mix: the names are the shipped seed's, so the mix runs on the seed and on the full graph. */
    record Question(String name, Function<PaddockQueries, Object> ask) {
    }

    static final List<Question> MIX = List.of(
            new Question("teammates", q -> q.teammates("Timo Bernhard", QueryFilter.all())),
            new Question("h2h drivers", q -> q.headToHead(PaddockQueries.Side.DRIVERS, "Romain Dumas", "Rinaldo Capello", QueryFilter.all())),
            new Question("records wins", q -> q.recordTable(RecordKind.WINS, null, QueryFilter.all())),
            new Question("records poles", q -> q.recordTable(RecordKind.POLES, null, QueryFilter.all().series("ALMS"))),
            new Question("driver profile", q -> q.driver("Sascha Maassen")),
            new Question("path", q -> q.path("Richard Lietz", "Seth Neiman", QueryFilter.all())),
            new Question("career", q -> q.career("Timo Bernhard", QueryFilter.all())),
            new Question("rivals", q -> q.rivals("Timo Bernhard", QueryFilter.all())),
            new Question("search", q -> q.search("bernhard")));

    /** Latencies of one question in one time window. */
    record Window(int window, String question, int calls, double p50Millis, double p99Millis, double maxMillis) {
    }

    /** The server process at one moment. */
    record Sample(double atSeconds, long heapUsedBytes, long heapCommittedBytes, long rssBytes, int threads, long transactions) {
    }

    /** What a run saw. */
    record Report(int clients, Duration length, long calls, long errors, List<String> firstErrors, List<Window> windows,
                  List<Sample> samples) {
    }

    private ServerLoad() {
    }

    /**
     * Runs {@code clients} clients against the server at {@code boltUri} (process {@code pid}) for {@code length},
     * latencies grouped in windows of {@code window}; returns when every client has stopped. Every answer is compared
     * with the one the same question got alone before the load: a different answer counts as an error.
     */
    static Report run(String boltUri, long pid, int clients, Duration length, Duration window) throws InterruptedException {
        Map<String, Object> alone = new ConcurrentHashMap<>();
        try (Paddock paddock = Paddock.attach(boltUri, AuthTokens.none())) {
            MIX.forEach(question -> alone.put(question.name(), question.ask().apply(paddock.queries())));
        }
        long start = System.nanoTime();
        long end = start + length.toNanos();
        Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
        AtomicLong calls = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread thread = new Thread(() -> {
                try (Paddock paddock = Paddock.attach(boltUri, AuthTokens.none())) {
                    for (int i = client; System.nanoTime() < end; i++) {
                        Question question = MIX.get(i % MIX.size());
                        long t = System.nanoTime();
                        try {
                            Object answer = question.ask().apply(paddock.queries());
                            long now = System.nanoTime();
                            if (!answer.equals(alone.get(question.name()))) {
                                throw new IllegalStateException("a different answer under load: " + answer);
                            }
                            int w = (int) ((t - start) / window.toNanos());
                            latencies.computeIfAbsent(w + "|" + question.name(), k -> Collections.synchronizedList(new ArrayList<>()))
                                    .add(now - t);
                            calls.incrementAndGet();
                        } catch (RuntimeException e) {
                            errors.incrementAndGet();
                            if (firstErrors.size() < 5) {
                                firstErrors.add(question.name() + ": " + e);
                            }
                        }
                    }
                }
            }, "load-client-" + c);
            threads.add(thread);
            thread.start();
        }
        List<Sample> samples = new ArrayList<>();
        try (Paddock observer = Paddock.attach(boltUri, AuthTokens.none())) {
            while (threads.stream().anyMatch(Thread::isAlive)) {
                samples.add(sample(observer, pid, (System.nanoTime() - start) / 1e9));
                // a sample per quarter window while the clients ask, then one a second while the last calls end
                long next = Math.max(System.nanoTime() + 1_000_000_000L, Math.min(end, System.nanoTime() + window.toNanos() / 4));
                while (System.nanoTime() < next && threads.stream().anyMatch(Thread::isAlive)) {
                    Thread.sleep(100);
                }
            }
            for (Thread thread : threads) {
                thread.join();
            }
            samples.add(sample(observer, pid, (System.nanoTime() - start) / 1e9));
        }
        List<Window> windows = new ArrayList<>();
        new TreeMap<>(latencies).forEach((key, nanos) -> {
            long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
            String[] parts = key.split("\\|", 2);
            windows.add(new Window(Integer.parseInt(parts[0]), parts[1], sorted.length, percentile(sorted, 50), percentile(sorted, 99),
                    sorted[sorted.length - 1] / 1e6));
        });
        windows.sort((a, b) -> a.window() != b.window() ? Integer.compare(a.window(), b.window()) : a.question().compareTo(b.question()));
        return new Report(clients, length, calls.get(), errors.get(), List.copyOf(firstErrors), windows, samples);
    }

    /**
     * Waits until serve has planned its questions (its warm-up, which runs beside Bolt clients, says so on stderr), so
     * that the load and the samples measure the clients alone.
     */
    static void awaitPlanned(Path err, Duration timeout) throws IOException, InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!Files.readString(err).contains("Planned the questions")) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("serve did not finish planning its questions in " + timeout + "; stderr: "
                        + Files.readString(err));
            }
            Thread.sleep(250);
        }
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** Heap from the server's own JMX (Neo4j's dbms.queryJmx), memory and threads from /proc, open transactions. */
    private static Sample sample(Paddock observer, long pid, double at) {
        Map<String, Object> heap = heap(observer);
        long transactions = ((Number) observer.cypher("SHOW TRANSACTIONS YIELD transactionId RETURN count(*) AS n", Map.of())
                .get(0).get("n")).longValue() - 1;
        long rss = 0;
        int threads = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    rss = Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                } else if (line.startsWith("Threads:")) {
                    threads = Integer.parseInt(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: memory and threads unknown
        }
        return new Sample(at, ((Number) heap.get("used")).longValue(), ((Number) heap.get("committed")).longValue(), rss, threads,
                transactions);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> heap(Paddock observer) {
        Map<String, Object> attributes = (Map<String, Object>) observer.cypher(
                "CALL dbms.queryJmx('java.lang:type=Memory') YIELD attributes RETURN attributes", Map.of()).get(0).get("attributes");
        Map<String, Object> usage = (Map<String, Object>) attributes.get("HeapMemoryUsage");
        return (Map<String, Object>) ((Map<String, Object>) usage.get("value")).get("properties");
    }

    /** The report as Markdown: the run, the latency table (one row per window and question), the server samples. */
    static String markdown(Report report) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%d clients, %s: %,d calls, %d errors%n%n", report.clients(), report.length(),
                report.calls(), report.errors()));
        report.firstErrors().forEach(e -> text.append("- ").append(e).append('\n'));
        text.append("| window | question | calls | p50 ms | p99 ms | max ms |\n|---|---|---|---|---|---|\n");
        report.windows().forEach(w -> text.append(String.format(Locale.ROOT, "| %d | %s | %d | %.1f | %.1f | %.1f |%n",
                w.window() + 1, w.question(), w.calls(), w.p50Millis(), w.p99Millis(), w.maxMillis())));
        text.append("\n| s | heap used MB | heap committed MB | RSS MB | threads | open transactions |\n|---|---|---|---|---|---|\n");
        report.samples().forEach(s -> text.append(String.format(Locale.ROOT, "| %.0f | %d | %d | %d | %d | %d |%n", s.atSeconds(),
                s.heapUsedBytes() >> 20, s.heapCommittedBytes() >> 20, s.rssBytes() >> 20, s.threads(), s.transactions())));
        return text.toString();
    }

    /**
     * The long run: {@code ServerLoad DATA_DIR [MINUTES] [CLIENTS]} starts {@code paddock serve} on the data directory (build
     * it first, e.g. bench/lib.sh's full_graph), runs the clients (default 10 minutes, 16 clients, windows of one
     * minute) and prints the report; exit code 1 on any error.
     */
    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args[0]);
        Duration length = Duration.ofMinutes(args.length > 1 ? Long.parseLong(args[1]) : 10);
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 16;
        Path err = Files.createTempFile("paddock-load-serve", ".err");
        int bolt = TestFiles.freePort();
        ServeProcess serve = ServeProcess.start(dataDir, bolt, TestFiles.freePort(), err, "-Xms2g", "-Xmx2g");
        try {
            awaitPlanned(err, Duration.ofMinutes(10));
            Report report = run("bolt://127.0.0.1:" + bolt, serve.process().pid(), clients, length, Duration.ofMinutes(1));
            System.out.println(markdown(report));
            System.exit(report.errors() == 0 ? 0 : 1);
        } finally {
            serve.process().destroy();
            serve.process().waitFor();
        }
    }
}
