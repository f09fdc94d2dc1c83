package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.importer.GraphExport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Imports killed with SIGKILL in the middle of chosen batches, as real processes (issue 22): the importing
 * {@code paddock import --no-server}, the background server an import runs in, or a {@code paddock serve} that
 * {@code paddock import --uri} writes to. With {@code --verbose} an import prints a line as each batch commits
 * ({@code   crew batch 2 of 6 written: …}) and starts the next batch right after it; the harness kills the victim the
 * moment it reads the line before the batch it aims at, so that batch is in flight. Then, on the same data directory,
 * a {@code paddock cypher} query must answer (Neo4j recovers the store), the same import run again must complete, and
 * the whole graph (sorted full export, {@link GraphExport}) must hash to the same SHA-256 as a clean import's.
 * <p>
 * {@link KilledImportIT} runs a short plan on a slice of Le Mans; {@code bench/crash.sh} runs {@link #main} on the full
 * Ergast and Le Mans datasets.
 */
final class KilledImports {

    private static final Pattern BATCH_LINE = Pattern.compile("^  \\S+ batch [0-9,]+ of [0-9,]+ written: .*");

    /** Which process the kill hits. */
    enum Victim {
        /** {@code paddock import … --no-server}: the importing process itself, with its embedded database. */
        IMPORT("import process"),
        /** The background server a plain {@code paddock import} runs in (ADR 0021); the launcher is left alive. */
        BACKGROUND_SERVER("background server"),
        /** {@code paddock serve}, while {@code paddock import … --uri} (another process) writes to it. */
        SERVE("serve (import --uri)");

        final String label;

        Victim(String label) {
            this.label = label;
        }
    }

    /**
     * One import: the dataset command and its arguments.
     *
     * @param dataset {@code ergast}, {@code lemans} or {@code f1db}
     * @param dir     the dataset folder
     * @param options more options ({@code --from}, {@code --to}, {@code --batch-size})
     */
    record Import(String dataset, Path dir, List<String> options) {
        List<String> args() {
            List<String> args = new ArrayList<>(List.of("import", dataset, dir.toString()));
            args.addAll(options);
            return args;
        }
    }

    /**
     * Where to kill: the batch that is to be in flight, named as the import's verbose line names it.
     *
     * @param victim    the process killed
     * @param statement the graph.cypher statement
     * @param batch     its batch, from 1
     */
    record Point(Victim victim, String statement, int batch) {
        String name() {
            return statement + " batch " + batch;
        }
    }

    /**
     * A clean import on the seed.
     *
     * @param lines   its verbose batch lines, in order
     * @param hash    SHA-256 of the sorted full export
     * @param exportLines lines in the export (nodes and relationships)
     * @param seedNodes   nodes after the seed alone
     * @param nodes       nodes after the import
     * @param took    the import's wall time
     */
    record Reference(List<String> lines, String hash, int exportLines, long seedNodes, long nodes, Duration took) {
        /** The line the harness waits for: the one just before the point's batch. */
        String trigger(Point point) {
            String prefix = "  " + point.statement() + " batch " + String.format(Locale.ROOT, "%,d", point.batch()) + " of ";
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return lines.get(i - 1);
                }
            }
            throw new IllegalArgumentException("no batch line before '" + prefix.strip() + "' in the clean import");
        }

        /** The aimed batch's own line (printed once it commits). */
        String aimed(Point point) {
            return lines.get(lines.indexOf(trigger(point)) + 1);
        }
    }

    /**
     * What one kill did.
     *
     * @param point      where it was aimed
     * @param trigger    the line the harness killed on
     * @param lastLine   the last batch line the victim printed (equal to the trigger: the aimed batch was in flight)
     * @param exitCode   the import client's exit code (137: killed itself)
     * @param userSaw    the import client's last line of stderr
     * @param nodesAfter nodes in the graph right after the kill (the first query on the reopened directory)
     * @param hash       SHA-256 of the sorted full export after the rerun
     * @param equal      whether it equals the clean import's
     * @param toKill     from starting the victim's import to the kill
     * @param reopen     the first query after the kill, Neo4j's recovery included
     * @param rerun      the import run again
     */
    record Outcome(Point point, String trigger, String lastLine, int exitCode, String userSaw, long nodesAfter, String hash,
                   boolean equal, Duration toKill, Duration reopen, Duration rerun) {
        boolean landed() {
            return trigger.equals(lastLine);
        }
    }

    private final Path work;
    private final Import imported;
    private final List<String> childJvm;
    private final PrintStream log;

    KilledImports(Path work, Import imported, List<String> childJvm, PrintStream log) {
        this.work = work.toAbsolutePath().normalize();
        this.imported = imported;
        this.childJvm = childJvm;
        this.log = log;
    }

    /**
     * The seed, then the import run to completion ({@code paddock import --verbose} in this process, against the data
     * directory opened here); the export hashed.
     */
    Reference reference() throws Exception {
        Path dir = fresh("clean");
        try (Paddock paddock = Paddock.embedded(dir)) {
            paddock.loadShippedSeed();
            long seedNodes = nodes(paddock);
            long start = System.nanoTime();
            CliRun run = cli(paddock, true);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (run.exitCode() != 0) {
                throw new IllegalStateException("the clean import failed (" + run.exitCode() + "): " + run.err());
            }
            List<String> export = GraphExport.of(paddock);
            List<String> lines = run.err().lines().filter(l -> BATCH_LINE.matcher(l).matches()).toList();
            Reference reference = new Reference(lines, sha256(export), export.size(), seedNodes, nodes(paddock), took);
            Files.write(work.resolve("clean.export"), export);
            log.printf("clean import: %d batch lines, %,d export lines, %s, %.1f s%n", lines.size(), export.size(),
                    reference.hash(), took.toMillis() / 1000.0);
            return reference;
        }
    }

    /** {@code paddock import …} in this process, against the open database behind {@code paddock}. */
    private CliRun cli(Paddock paddock, boolean verbose) {
        List<String> args = new ArrayList<>(imported.args());
        args.addAll(List.of("--uri", paddock.uri()));
        if (verbose) {
            args.add("--verbose");
        }
        return CliRun.run(args.toArray(String[]::new));
    }

    /** Kills the victim in the point's batch, reopens the directory, reruns the import and compares the export. */
    Outcome kill(Point point, Reference reference) throws Exception {
        Path dir = fresh(point.victim().name().toLowerCase(Locale.ROOT) + "-" + point.statement() + "-" + point.batch());
        seed(dir);
        String trigger = reference.trigger(point);
        long start = System.nanoTime();
        Victimised run = switch (point.victim()) {
            case IMPORT -> runImport(dir, List.of("--data-dir", dir.toString(), "--no-server", "--verbose"), trigger,
                    importing -> importing.toHandle().destroyForcibly());   // SIGKILL; Process.destroyForcibly would close its pipes
            case BACKGROUND_SERVER -> runThroughServer(dir, trigger);
            case SERVE -> runAgainstServe(dir, trigger);
        };
        Duration toKill = run.killedAt;
        if (toKill == null) {
            throw new IllegalStateException(point.name() + ": the import ended before the line '" + trigger.strip() + "'");
        }
        long reopenStart = System.nanoTime();
        CliRun query = CliRun.run("cypher", "MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n) AS nodes", "--csv", "--data-dir", dir.toString());
        Duration reopen = Duration.ofNanos(System.nanoTime() - reopenStart);
        if (query.exitCode() != 0) {
            throw new IllegalStateException(point.name() + ": the data directory does not open after the kill: " + query.err());
        }
        long nodesAfter = Long.parseLong(query.out().lines().skip(1).findFirst().orElseThrow().strip());
        String hash;
        Duration rerunTook;
        List<String> export;
        try (Paddock paddock = Paddock.embedded(dir)) {
            long rerunStart = System.nanoTime();
            CliRun rerun = cli(paddock, false);
            rerunTook = Duration.ofNanos(System.nanoTime() - rerunStart);
            if (rerun.exitCode() != 0) {
                throw new IllegalStateException(point.name() + ": the rerun failed (" + rerun.exitCode() + "): " + rerun.err());
            }
            export = GraphExport.of(paddock);
            hash = sha256(export);
        }
        boolean equal = hash.equals(reference.hash());
        if (equal) {
            TestFiles.deleteRecursively(dir);   // the full graph's directories are large; the logs beside it stay
        } else {
            Files.write(work.resolve(dir.getFileName() + ".export"), export);
        }
        Outcome outcome = new Outcome(point, trigger, run.lastBatchLine(), run.exitCode, run.lastLine(), nodesAfter, hash, equal,
                toKill, reopen, rerunTook);
        log.printf("%s, %s: killed after %.1f s on '%s' (last batch line '%s'); exit %d, '%s'; %,d nodes on reopening (%.1f s); "
                        + "rerun %.1f s; export %s%n", point.victim().label, point.name(), toKill.toMillis() / 1000.0, trigger.strip(),
                outcome.lastLine() == null ? "none" : outcome.lastLine().strip(), outcome.exitCode(), outcome.userSaw(), nodesAfter,
                reopen.toMillis() / 1000.0, rerunTook.toMillis() / 1000.0, equal ? "equal" : "DIFFERENT (" + hash + ")");
        return outcome;
    }

    /** What a victim run printed and how it ended. */
    private static final class Victimised {
        final List<String> lines = new ArrayList<>();
        Duration killedAt;
        int exitCode;

        List<String> batchLines() {
            return lines.stream().filter(l -> BATCH_LINE.matcher(l).matches()).toList();
        }

        String lastBatchLine() {
            List<String> batches = batchLines();
            return batches.isEmpty() ? null : batches.get(batches.size() - 1);
        }

        String lastLine() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        }
    }

    private interface Kill {
        void kill(Process importing) throws Exception;
    }

    /**
     * Runs {@code paddock import} as its own java process (no shell in between) and reads its stderr; on the trigger
     * line the kill runs. Stdout goes to a file.
     */
    private Victimised runImport(Path dir, List<String> where, String trigger, Kill kill) throws Exception {
        List<String> command = java();
        command.add(PaddockCli.class.getName());
        command.addAll(imported.args());
        command.addAll(where);
        return watch(new ProcessBuilder(command), dir, trigger, kill);
    }

    private Victimised runThroughServer(Path dir, String trigger) throws Exception {
        List<String> command = java();
        command.add(Launcher.class.getName());
        command.addAll(imported.args());
        command.addAll(List.of("--data-dir", dir.toString(), "--verbose"));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put(Launcher.DATA_DIR_ENV, dir.toString());
        builder.environment().put(Launcher.SERVER_JAVA_OPTS_ENV, String.join(" ", childJvm));
        builder.environment().put("PADDOCK_IDLE_TIMEOUT", "10m");   // a server a failed run leaves behind goes away by itself
        builder.environment().put(ServeCommand.NO_WARM_UP_ENV, "1");   // the import alone, not the warm-up beside it
        builder.environment().remove("NEO4J_URI");
        builder.environment().remove(Launcher.NO_SERVER_ENV);
        return watch(builder, dir, trigger, launcher -> {
            long pid = ServeFile.read(dir).orElseThrow().pid();
            ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
            server.destroyForcibly();
            server.onExit().get(60, TimeUnit.SECONDS);
        });
    }

    private Victimised runAgainstServe(Path dir, String trigger) throws Exception {
        int bolt = TestFiles.freePort();
        ServeProcess serve = ServeProcess.start(dir, bolt, TestFiles.freePort(), work.resolve(dir.getFileName() + ".serve.err"),
                childJvm.toArray(String[]::new));
        try {
            return runImport(dir, List.of("--uri", "bolt://127.0.0.1:" + bolt, "--verbose"), trigger, importing -> {
                serve.process().toHandle().destroyForcibly();
                serve.process().waitFor(60, TimeUnit.SECONDS);
            });
        } finally {
            serve.process().destroyForcibly().waitFor(60, TimeUnit.SECONDS);
        }
    }

    private Victimised watch(ProcessBuilder builder, Path dir, String trigger, Kill kill) throws Exception {
        builder.redirectOutput(work.resolve(dir.getFileName() + ".out").toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        Victimised run = new Victimised();
        try (BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                run.lines.add(line);
                if (trigger != null && run.killedAt == null && line.equals(trigger)) {
                    kill.kill(process);
                    run.killedAt = Duration.ofNanos(System.nanoTime() - start);
                }
            }
        } finally {
            if (!process.waitFor(180, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
            }
        }
        run.exitCode = process.exitValue();
        Files.write(work.resolve(dir.getFileName() + ".err"), run.lines);
        return run;
    }

    private List<String> java() {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        command.addAll(childJvm);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        return command;
    }

    private Path fresh(String name) throws IOException {
        Path dir = work.resolve(name);
        TestFiles.deleteRecursively(dir);
        Files.createDirectories(dir);
        return dir;
    }

    private static void seed(Path dir) {
        try (Paddock paddock = Paddock.embedded(dir)) {
            paddock.loadShippedSeed();
        }
    }

    private static long nodes(Paddock paddock) {
        return ((Number) paddock.cypher("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__') RETURN count(n) AS nodes",
                Map.of()).get(0).get("nodes")).longValue();
    }

    static String sha256(List<String> lines) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (String line : lines) {
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The long run ({@code bench/crash.sh}): the full Ergast and Le Mans imports on the seed, each killed at chosen
     * batches; prints a Markdown table. Arguments: the work folder, the shared data folder and, optionally, the kill
     * points to run as {@code dataset:statement} names separated by commas (e.g. {@code lemans:entries,lemans:crew};
     * default: all). Exit code 1 when a kill
     * point's data directory did not open, its rerun failed, or its graph differs from the clean import's.
     */
    public static void main(String[] args) throws Exception {
        Path work = Path.of(args.length > 0 ? args[0] : "target/crash");
        Path data = Path.of(args.length > 1 ? args[1] : "../shared/data");
        List<String> jvm = List.of("-Xmx1g");
        Map<Import, List<Point>> plan = new java.util.LinkedHashMap<>();
        // Le Mans in batches of 1,000 rows (a user's --batch-size), so that every statement has batches to land in;
        // then Ergast with the default 5,000.
        plan.put(new Import("lemans", data.resolve("lemans24"), List.of("--batch-size", "1000")), List.of(
                new Point(Victim.IMPORT, "teams", 1),
                new Point(Victim.IMPORT, "drivers", 2),
                new Point(Victim.IMPORT, "entries", 3),
                new Point(Victim.IMPORT, "crew", 5),
                new Point(Victim.BACKGROUND_SERVER, "results", 2),
                new Point(Victim.SERVE, "results", 5)));
        plan.put(new Import("ergast", data.resolve("ergast-f1-csv"), List.of()), List.of(
                new Point(Victim.IMPORT, "results", 6),
                new Point(Victim.IMPORT, "standings", 1)));
        if (args.length > 2) {
            List<String> chosen = List.of(args[2].split(","));
            plan.replaceAll((i, points) -> points.stream().filter(p -> chosen.contains(i.dataset() + ":" + p.statement())).toList());
            plan.values().removeIf(List::isEmpty);
        }
        List<String> table = new ArrayList<>();
        table.add("| import | victim | batch in flight (aimed) | killed on the line | last batch line printed | after | exit | the import's last line | nodes on reopening | reopen s | rerun s | export equal |");
        table.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
        boolean allEqual = true;
        for (Map.Entry<Import, List<Point>> entry : plan.entrySet()) {
            KilledImports harness = new KilledImports(work.resolve(entry.getKey().dataset()), entry.getKey(), jvm, System.out);
            Reference reference = harness.reference();
            table.add(String.format(Locale.ROOT, "| %s | — (clean, seed first) | — | — | %s | %.1f s | 0 | — | — | — | — | %s (%,d lines) |",
                    entry.getKey().dataset(), reference.lines().get(reference.lines().size() - 1).strip(), reference.took().toMillis() / 1000.0,
                    reference.hash().substring(0, 12), reference.exportLines()));
            for (Point point : entry.getValue()) {
                Outcome o;
                try {
                    o = harness.kill(point, reference);
                } catch (RuntimeException e) {
                    allEqual = false;
                    table.add("| " + entry.getKey().dataset() + " | " + point.victim().label + " | " + point.name() + " | FAILED: "
                            + e.getMessage().replace('|', '/').replace('\n', ' ') + " |||||||||");
                    System.out.println("FAILED: " + e.getMessage());
                    continue;
                }
                allEqual &= o.equal();
                table.add(String.format(Locale.ROOT, "| %s | %s | %s | `%s` | %s | %.1f s | %d | %s | %,d | %.1f | %.1f | %s |",
                        entry.getKey().dataset(), point.victim().label, point.name(), o.trigger().strip(),
                        o.landed() ? "the same (the aimed batch was in flight)" : "`" + o.lastLine() + "`",
                        o.toKill().toMillis() / 1000.0, o.exitCode(), o.userSaw().isEmpty() ? "—" : "`" + o.userSaw().replace('|', '/') + "`",
                        o.nodesAfter(), o.reopen().toMillis() / 1000.0, o.rerun().toMillis() / 1000.0,
                        o.equal() ? "yes (" + o.hash().substring(0, 12) + ")" : "**no** (" + o.hash().substring(0, 12) + ")"));
            }
        }
        System.out.println();
        table.forEach(System.out::println);
        System.exit(allEqual ? 0 : 1);
    }
}
