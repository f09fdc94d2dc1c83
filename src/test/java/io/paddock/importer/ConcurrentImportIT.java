package io.paddock.importer;

import io.paddock.Paddock;
import io.paddock.TestNeo4j;
import io.paddock.model.HolderKind;
import io.paddock.model.RecordKind;
import io.paddock.query.PaddockQueries;
import io.paddock.query.PaddockQueries.Side;
import io.paddock.query.QueryFilter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Work at the same time on one database: facade questions while an import writes to the very drivers they ask about,
 * and two imports of the same data at once.
 */
class ConcurrentImportIT {

    /**
     * A thread of its own for every task: the tasks wait for each other (a latch, a flag), and the common pool, which
     * CompletableFuture uses by default, may run them one at a time (on 2 cores under JDK 25 it did, and the imports'
     * latch waited until the test's timeout).
     */
    private static final java.util.concurrent.Executor THREAD_EACH = task -> {
        Thread thread = new Thread(task, "concurrent-import-it");
        thread.setDaemon(true);
        thread.start();
    };

    private static List<String> seedAndLeMansOnce;

    @BeforeAll
    static void importOnce() {
        assumeTrue(DatasetFigures.present(), "../shared/data is absent: concurrency tests skipped");
        try (Paddock reference = TestNeo4j.seeded()) {
            reference.importer().lemans(DatasetFigures.LEMANS, ImportIT.LEMANS_YEARS, p -> { });
            seedAndLeMansOnce = GraphExport.of(reference);
        }
    }

    /**
     * Le Mans 2008–2010 adds entries, results and co-drivers to Romain Dumas, Rinaldo Capello and Timo Bernhard; three
     * readers keep asking about their ALMS seasons meanwhile. Each answer is a committed state, and the ALMS answers do
     * not depend on Le Mans: every one is exactly the seed's.
     */
    @Test
    void readersGetTheSeedsAnswersWhileAnImportWritesToTheSameDrivers() throws Exception {
        try (Paddock paddock = TestNeo4j.seeded()) {
            PaddockQueries queries = paddock.queries();
            QueryFilter alms = QueryFilter.all().series("ALMS");
            List<Supplier<String>> questions = List.of(
                    () -> queries.headToHead(Side.DRIVERS, "Romain Dumas", "Rinaldo Capello", alms.season(2007)).summary(),
                    () -> {
                        var answer = queries.teammates("Romain Dumas", alms);
                        return answer.coDrivers().stream().map(p -> p.driver().name() + " " + p.events()).toList() + " / "
                                + answer.teamMates().stream().map(p -> p.driver().name() + " " + p.events()).toList();
                    },
                    () -> queries.records(RecordKind.WINS, HolderKind.DRIVER, alms.limit(3)).stream()
                            .map(r -> r.holder().name() + " " + r.value()).toList().toString());
            List<String> seedAnswers = questions.stream().map(Supplier::get).toList();
            assertThat(seedAnswers.get(0)).isEqualTo("Rinaldo Capello 2 – 0 Romain Dumas (races overall)");

            AtomicBoolean importing = new AtomicBoolean(true);
            CountDownLatch started = new CountDownLatch(questions.size());
            List<CompletableFuture<Set<String>>> readers = new ArrayList<>();
            List<int[]> asked = new ArrayList<>();
            for (Supplier<String> question : questions) {
                int[] count = {0};
                asked.add(count);
                readers.add(CompletableFuture.supplyAsync(() -> {
                    Set<String> answers = new LinkedHashSet<>();
                    started.countDown();
                    while (importing.get()) {
                        answers.add(question.get());
                        count[0]++;
                    }
                    return answers;
                }, THREAD_EACH));
            }
            assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();
            ImportReport report;
            try {
                report = paddock.importer().batchSize(ImportFaultsIT.BATCH).lemans(DatasetFigures.LEMANS, ImportIT.LEMANS_YEARS, p -> { });
            } finally {
                importing.set(false);
            }

            for (int i = 0; i < questions.size(); i++) {
                assertThat(readers.get(i).get(60, TimeUnit.SECONDS)).as("answers of reader %d", i).containsExactly(seedAnswers.get(i));
                assertThat(asked.get(i)[0]).as("questions reader %d asked during the import", i).isPositive();
            }
            assertThat(report.written().rows().get("crew")).isPositive();
            assertThat(GraphExport.of(paddock)).isEqualTo(seedAndLeMansOnce);
        }
    }

    /** Two imports of Le Mans 2008–2010 into one database at once, each with its own driver, as two users would. */
    @Test
    void twoImportsOfTheSameDataAtOnceMakeTheGraphOfOne() throws Exception {
        try (Paddock first = TestNeo4j.seeded(); Paddock second = TestNeo4j.paddock()) {
            CountDownLatch ready = new CountDownLatch(2);
            List<CompletableFuture<ImportReport>> imports = new ArrayList<>();
            for (Paddock paddock : List.of(first, second)) {
                imports.add(CompletableFuture.supplyAsync(() -> {
                    ready.countDown();
                    try {
                        ready.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return paddock.importer().batchSize(ImportFaultsIT.BATCH).lemans(DatasetFigures.LEMANS, ImportIT.LEMANS_YEARS, p -> { });
                }, THREAD_EACH));
            }
            for (CompletableFuture<ImportReport> running : imports) {
                assertThat(running.get(300, TimeUnit.SECONDS).rejected()).isEmpty();
            }
            assertThat(GraphExport.of(first)).isEqualTo(seedAndLeMansOnce);
        }
    }
}
