package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.internal.cypher.TransactionTag;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The server's side of the launcher: runs the command lines launchers send (ADR 0021) in this process, on the graph
 * the server holds, and streams back what they print. Listens on loopback only; a request must carry the token the
 * server wrote into its owner-only discovery file. Stops the server after an idle time, when asked to, or never.
 */
final class CommandService implements AutoCloseable {

    private static final int REQUEST_TIMEOUT_MILLIS = 10_000;

    private final Paddock graph;
    private final Path dataDir;
    private final Duration idleTimeout;
    private final Runnable stop;
    private final PrintWriter log;
    private final ServerSocket socket;
    private final String token;
    private final ExecutorService workers;
    private final ScheduledExecutorService idleWatch;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());
    private final Instant started = Instant.now();

    /**
     * @param graph       the server's graph
     * @param dataDir     the data directory it owns
     * @param idleTimeout stop after this long without a command; {@code null} or zero: never
     * @param stop        stops the server (on idle, or when a launcher asks)
     * @param log         the server's log
     */
    private CommandService(Paddock graph, Path dataDir, Duration idleTimeout, Runnable stop, PrintWriter log) throws IOException {
        this.graph = graph;
        this.dataDir = dataDir;
        this.idleTimeout = idleTimeout == null || idleTimeout.isZero() ? null : idleTimeout;
        this.stop = stop;
        this.log = log;
        this.socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        this.token = HexFormat.of().formatHex(new SecureRandom().generateSeed(24));
        this.workers = Executors.newCachedThreadPool(daemon("paddock-command"));
        this.idleWatch = Executors.newSingleThreadScheduledExecutor(daemon("paddock-idle"));
    }

    static CommandService start(Paddock graph, Path dataDir, Duration idleTimeout, Runnable stop, PrintWriter log) throws IOException {
        CommandService service = new CommandService(graph, dataDir, idleTimeout, stop, log);
        Thread acceptor = daemon("paddock-accept").newThread(service::acceptLoop);
        acceptor.start();
        if (service.idleTimeout != null) {
            long every = Math.max(200, Math.min(5_000, service.idleTimeout.toMillis() / 10));
            service.idleWatch.scheduleWithFixedDelay(service::stopWhenIdle, every, every, TimeUnit.MILLISECONDS);
        }
        return service;
    }

    int port() {
        return socket.getLocalPort();
    }

    String token() {
        return token;
    }

    /** How many commands run now (the warm-up waits for them). */
    int running() {
        return running.get();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                workers.execute(() -> serve(client));
            } catch (SocketException closed) {
                return;
            } catch (IOException | RuntimeException e) {
                log.println("paddock server: accept failed: " + e.getMessage());
                log.flush();
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            client.setSoTimeout(REQUEST_TIMEOUT_MILLIS);
            DataInputStream in = new DataInputStream(new BufferedInputStream(client.getInputStream()));
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(client.getOutputStream()));
            CommandChannel.Request request;
            try {
                request = CommandChannel.Request.readFrom(in);
            } catch (IOException probeOrStranger) {
                return;   // a launcher checking that the port answers, or not a launcher at all
            }
            client.setSoTimeout(0);
            if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), request.token().getBytes(StandardCharsets.UTF_8))) {
                byte[] refusal = ("paddock: the server on " + dataDir + " refused the command (wrong token)" + System.lineSeparator())
                        .getBytes(StandardCharsets.UTF_8);
                CommandChannel.frame(out, CommandChannel.ERR, refusal, 0, refusal.length);
                CommandChannel.exit(out, 1);
                return;
            }
            switch (request.kind()) {
                case RUN -> run(request, client, in, out);
                case STATUS -> {
                    byte[] status = status().getBytes(StandardCharsets.UTF_8);
                    CommandChannel.frame(out, CommandChannel.OUT, status, 0, status.length);
                    CommandChannel.exit(out, 0);
                }
                case STOP -> {
                    CommandChannel.exit(out, 0);
                    log.println("paddock server: stopping, as a launcher asked");
                    log.flush();
                    daemon("paddock-stop").newThread(stop).start();
                }
            }
        } catch (IOException launcherGone) {
            // the launcher was stopped (Ctrl-C) or its terminal closed: nothing to answer
        }
    }

    private void run(CommandChannel.Request request, Socket client, DataInputStream in, DataOutputStream out) throws IOException {
        running.incrementAndGet();
        long start = System.nanoTime();
        String tag = "command-" + answered.get() + "-" + System.nanoTime();
        Cancel cancel = new Cancel(Thread.currentThread(), tag);
        Thread watcher = daemon("paddock-cancel").newThread(() -> cancel.whenLauncherLeaves(in));
        watcher.start();
        Charset charset = charset(request.charset());
        PrintWriter stdout = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(new FrameStream(out, CommandChannel.OUT)), charset), true);
        PrintWriter stderr = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(new FrameStream(out, CommandChannel.ERR)), charset), true);
        int code;
        try {
            CommandContext.enter(new CommandContext.Remote(Path.of(request.cwd()), request.interactive(), request.env(), graph, dataDir));
            TransactionTag.set(tag);
            code = PaddockCli.run(request.args().toArray(String[]::new), stdout, stderr);
        } finally {
            TransactionTag.set(null);
            CommandContext.leave();
            stdout.flush();
            stderr.flush();
            cancel.done();
            Thread.interrupted();   // a cancel that arrived as the command ended must not hit the next one on this thread
            running.decrementAndGet();
            answered.incrementAndGet();
            lastActivity.set(System.nanoTime());
        }
        log.printf(Locale.ROOT, "paddock server: %s: exit %d in %d ms%n", commandName(request.args()), code,
                (System.nanoTime() - start) / 1_000_000);
        log.flush();
        synchronized (out) {
            CommandChannel.exit(out, code);
        }
    }

    /**
     * Cancels a command whose launcher went away: the launcher sends nothing after its request, so the end of its
     * stream means Ctrl-C (or a closed terminal). The command's thread is interrupted, and the transactions it opened
     * (tagged with {@link TransactionTag}) are terminated until it ends: interrupting a thread that waits for the driver
     * alone leaves the query running in the database. Once the command is done, its thread serves others and is never
     * interrupted for this one.
     */
    private final class Cancel {
        private final Thread worker;
        private final String tag;
        private boolean done;

        Cancel(Thread worker, String tag) {
            this.worker = worker;
            this.tag = tag;
        }

        void whenLauncherLeaves(DataInputStream in) {
            TransactionTag.set(null);   // its own queries must not carry the tag it terminates
            try {
                in.read();
            } catch (IOException closed) {
                // the same: the launcher is gone, or the command ended and the connection closed
            }
            synchronized (this) {
                if (done) {
                    return;
                }
                worker.interrupt();
            }
            log.println("paddock server: the launcher left: cancelling its command");
            log.flush();
            while (!isDone()) {
                terminateTransactions(tag);
                try {
                    Thread.sleep(200);
                } catch (InterruptedException stopping) {
                    return;
                }
            }
        }

        synchronized void done() {
            done = true;
        }

        private synchronized boolean isDone() {
            return done;
        }
    }

    private void terminateTransactions(String tag) {
        try (var session = graph.driver().session(graph.sessionConfig())) {
            List<String> ids = session.run("SHOW TRANSACTIONS YIELD transactionId, metaData WHERE metaData." + TransactionTag.KEY
                    + " = $tag RETURN transactionId", Map.of("tag", tag)).list(r -> r.get(0).asString());
            if (!ids.isEmpty()) {
                session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
            }
        } catch (RuntimeException alreadyOver) {
            // the transaction ended by itself meanwhile, or the server is stopping
        }
    }

    private void stopWhenIdle() {
        if (running.get() == 0 && System.nanoTime() - lastActivity.get() >= idleTimeout.toNanos()) {
            log.println("paddock server: idle for " + describe(idleTimeout) + ", stopping");
            log.flush();
            idleWatch.shutdown();
            daemon("paddock-stop").newThread(stop).start();
        }
    }

    /** The server's state as properties, which {@link StatusCommand} prints. */
    String status() {
        Properties status = new Properties();
        status.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        status.setProperty("dataDir", dataDir.toString());
        status.setProperty("commandPort", Integer.toString(port()));
        status.setProperty("bolt", graph.uri() == null ? "" : graph.uri());
        status.setProperty("http", graph.httpUri() == null ? "" : graph.httpUri());
        status.setProperty("started", started.toString());
        status.setProperty("uptimeSeconds", Long.toString(Duration.between(started, Instant.now()).toSeconds()));
        long idleLeft = idleTimeout == null ? -1
                : Math.max(0, (idleTimeout.toNanos() - (System.nanoTime() - lastActivity.get())) / 1_000_000_000L);
        status.setProperty("idleTimeoutSeconds", Long.toString(idleTimeout == null ? -1 : idleTimeout.toSeconds()));
        status.setProperty("idleSecondsLeft", Long.toString(running.get() > 0 ? (idleTimeout == null ? -1 : idleTimeout.toSeconds()) : idleLeft));
        status.setProperty("commandsAnswered", Long.toString(answered.get()));
        status.setProperty("commandsRunning", Integer.toString(running.get()));
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        status.setProperty("heapUsedBytes", Long.toString(heap.getUsed()));
        status.setProperty("heapCommittedBytes", Long.toString(heap.getCommitted()));
        status.setProperty("heapMaxBytes", Long.toString(heap.getMax()));
        status.setProperty("rssBytes", Long.toString(residentSetBytes()));
        java.io.StringWriter text = new java.io.StringWriter();
        try {
            status.store(text, null);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return text.toString();
    }

    /** Resident set size from {@code /proc/self/status}; -1 where there is no such file. */
    private static long residentSetBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            // fall through
        }
        return -1;
    }

    static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds % 3600 == 0) {
            return seconds / 3600 + " h";
        }
        return seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
    }

    /** The subcommand's name for the log (arguments stay out of it: they may hold a password). */
    private static String commandName(List<String> args) {
        return args.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("(options only)");
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (RuntimeException unknown) {
            return StandardCharsets.UTF_8;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        idleWatch.shutdownNow();
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        workers.shutdownNow();
    }

    /** One tagged frame per flush of the command's output. */
    private static final class FrameStream extends OutputStream {
        private final DataOutputStream out;
        private final byte tag;

        FrameStream(DataOutputStream out, byte tag) {
            this.out = out;
            this.tag = tag;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[]{(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (length == 0) {
                return;
            }
            synchronized (out) {
                CommandChannel.frame(out, tag, bytes, offset, length);
            }
        }
    }
}
