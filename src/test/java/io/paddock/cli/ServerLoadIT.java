package io.paddock.cli;

import io.paddock.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The short version of the load run (issue 22; the long one is bench/server-load.sh): 16 clients, each with its own
 * connection, ask the facade's question mix of a {@code paddock serve} process holding the shipped seed for 20
 * seconds. Every answer must equal the answer the question got alone, no transaction may stay open and the server's
 * threads and memory must not grow once warm. The report goes to {@code target/server-load-it/report.md}.
 */
class ServerLoadIT {

    private static final Path DIR = TestNeo4j.workDir("server-load-it");

    private static ServeProcess serve;
    private static int bolt;

    @BeforeAll
    static void startServe() throws Exception {
        TestFiles.deleteRecursively(DIR);
        Files.createDirectories(DIR);
        bolt = TestFiles.freePort();
        serve = ServeProcess.start(DIR.resolve("data"), bolt, TestFiles.freePort(), DIR.resolve("serve.err"), "-Xms512m", "-Xmx512m");
        ServerLoad.awaitPlanned(DIR.resolve("serve.err"), Duration.ofMinutes(4));
    }

    @AfterAll
    static void stopServe() throws InterruptedException {
        if (serve != null && serve.process().isAlive()) {
            serve.process().destroy();
            if (!serve.process().waitFor(30, TimeUnit.SECONDS)) {
                serve.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void sixteenClientsGetTheSameAnswersAsOneAndLeaveNothingBehind() throws Exception {
        ServerLoad.Report report = ServerLoad.run("bolt://127.0.0.1:" + bolt, serve.process().pid(), 16, Duration.ofSeconds(20),
                Duration.ofSeconds(10));
        Files.writeString(DIR.resolve("report.md"), ServerLoad.markdown(report));

        assertThat(report.errors()).as("errors, the first: " + report.firstErrors()).isZero();
        assertThat(report.windows()).filteredOn(w -> w.window() == 1).extracting(ServerLoad.Window::question)
                .as("every question answered in the last window")
                .containsExactlyInAnyOrderElementsOf(ServerLoad.MIX.stream().map(ServerLoad.Question::name).toList());
        List<ServerLoad.Sample> samples = report.samples();
        ServerLoad.Sample warm = samples.stream().filter(s -> s.atSeconds() >= 10).findFirst().orElseThrow();
        ServerLoad.Sample last = samples.get(samples.size() - 1);
        assertThat(last.transactions()).as("open transactions after the clients closed").isZero();
        assertThat(last.threads()).as("server threads at the end vs. once warm").isLessThanOrEqualTo(warm.threads() + 4);
        assertThat(last.rssBytes()).as("resident memory at the end vs. once warm").isLessThan(warm.rssBytes() * 5 / 4);
    }
}
