package io.paddock.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code paddock serve} in its own process, as a user starts it, for the tests that drive it from outside: started on
 * the given ports and data directory, ready once it prints "Press Ctrl-C", its standard output kept.
 */
final class ServeProcess {

    private final Process process;
    private final List<String> stdout = new ArrayList<>();

    private ServeProcess(Process process) {
        this.process = process;
    }

    /**
     * Tests that do not measure answer times leave the warm-up out ({@code PADDOCK_NO_WARM_UP}): on two cores its
     * minute of planning would run beside them and slow the whole suite.
     */
    private static final Map<String, String> NO_WARM_UP = Map.of(ServeCommand.NO_WARM_UP_ENV, "1");

    /** Starts serve without its warm-up and waits until it says it is ready; stderr goes to {@code err}. */
    static ServeProcess start(Path dataDir, int boltPort, int httpPort, Path err) throws IOException, InterruptedException {
        return start(dataDir, boltPort, httpPort, err, List.of("-Xmx768m"), NO_WARM_UP, List.of());
    }

    /** Starts serve with its warm-up (the load tests wait for it), with these JVM options instead of the default heap. */
    static ServeProcess start(Path dataDir, int boltPort, int httpPort, Path err, String... jvmOptions)
            throws IOException, InterruptedException {
        return start(dataDir, boltPort, httpPort, err, List.of(jvmOptions), Map.of(ServeCommand.NO_WARM_UP_ENV, "0"), List.of());
    }

    /** Like {@link #start(Path, int, int, Path)}, with more environment variables and more serve options. */
    static ServeProcess start(Path dataDir, int boltPort, int httpPort, Path err, Map<String, String> env, List<String> options)
            throws IOException, InterruptedException {
        Map<String, String> withoutWarmUp = new java.util.HashMap<>(NO_WARM_UP);
        withoutWarmUp.putAll(env);
        return start(dataDir, boltPort, httpPort, err, List.of("-Xmx768m"), withoutWarmUp, options);
    }

    private static ServeProcess start(Path dataDir, int boltPort, int httpPort, Path err, List<String> jvmOptions,
                                      Map<String, String> env, List<String> options) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.paddock.cli.PaddockCli", "serve", "--data-dir",
                dataDir.toString(), "--bolt-port", String.valueOf(boltPort), "--http-port", String.valueOf(httpPort)));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        ServeProcess serve = new ServeProcess(process);
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    synchronized (serve.stdout) {
                        serve.stdout.add(line);
                    }
                    if (line.startsWith("Press Ctrl-C")) {
                        ready.countDown();
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "serve-stdout");
        reader.setDaemon(true);
        reader.start();
        assertThat(ready.await(240, TimeUnit.SECONDS)).as("serve ready; stderr: " + Files.readString(err)).isTrue();
        return serve;
    }

    Process process() {
        return process;
    }

    /** What serve printed so far, one line each. */
    String printed() {
        synchronized (stdout) {
            return String.join("\n", stdout);
        }
    }
}
