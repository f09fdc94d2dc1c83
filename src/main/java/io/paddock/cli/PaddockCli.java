package io.paddock.cli;

import io.paddock.PaddockException;
import io.paddock.internal.text.Utf8;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code paddock}: load and query the Paddock motorsport graph from a terminal.
 */
@Command(name = "paddock",
        mixinStandardHelpOptions = true,
        version = "paddock 0.1.0",
        description = "Motorsport history as a Neo4j knowledge graph: load it, explore it, ask it questions.",
        subcommands = {DemoCommand.class, ServeCommand.class, LoadCommand.class, ImportCommand.class, ResolveCommand.class, CypherCommand.class,
                SearchCommand.class, TeammatesCommand.class, HeadToHeadCommand.class, BattlesCommand.class, RivalsCommand.class, RecordsCommand.class,
                PathCommand.class, CareerCommand.class, CrossoverCommand.class, ExportCommand.class, IngestCommand.class,
                DriverCommand.class, TeamCommand.class, CarCommand.class, CircuitCommand.class, EventCommand.class, NetworkCommand.class, StatusCommand.class, StopCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Without --uri, a command runs in the Paddock server of its data directory",
                "(--data-dir): the first command starts it in the background; it stops after",
                "30 idle minutes (paddock status, paddock stop). --no-server runs a command in",
                "its own process instead.",
                "Examples:", "  paddock demo", "  paddock cypher \"MATCH (d:Driver) RETURN d.name ORDER BY d.name\" --json"})
public final class PaddockCli implements Runnable {

    /** Held so the level set on it is not lost when the logger is garbage-collected. */
    private static final Logger MIGRATIONS_LOG = Logger.getLogger("ac.simons.neo4j.migrations");
    /**
     * Java driver 6 logs through {@link System.Logger}, which is java.util.logging unless configured otherwise: an INFO
     * line on stderr for every driver created and closed (driver 5 logs nothing by default). Held like the one above.
     */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.neo4j.driver");
    /** The embedded engine's Lucene says on Java 21+ that the vector module is not enabled: not the user's concern. */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * @param args command line
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs a command line with the given streams (what tests call).
     *
     * @param args command line
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean verbose = Arrays.asList(args).contains("--verbose");
        MIGRATIONS_LOG.setLevel(verbose ? Level.INFO : Level.WARNING);
        DRIVER_LOG.setLevel(verbose ? Level.INFO : Level.WARNING);
        LUCENE_LOG.setLevel(verbose ? Level.INFO : Level.SEVERE);
        CommandLine cli = new CommandLine(new PaddockCli());
        hideUnappliedFilters(cli);
        // Relative paths are relative to where the user typed the command, also when the server runs it elsewhere; they
        // are made absolute so that both paths print the same words.
        cli.registerConverter(Path.class, text -> CommandContext.cwd().resolve(text).normalize());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, rest) -> {
            // picocli's own message repeats unknown arguments, which may be a password given to a command without
            // --password: one line with any password masked, then where to look, instead of the whole usage text.
            CommandLine command = e.getCommandLine();
            command.getErr().println("paddock: " + argumentsVisible(masked(e.getMessage(), args), args));
            command.getErr().println("Try 'paddock " + command.getCommandSpec().qualifiedName(" ")
                    .replaceFirst("^paddock ?", "") + (command.getCommandSpec().parent() == null ? "" : " ") + "--help' for the options.");
            command.getErr().flush();
            return command.getCommandSpec().exitCodeOnInvalidInput();
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (verbose) {
                e.printStackTrace(err);
            }
            err.println("paddock: " + linesVisible(oneLine(e)));
            err.flush();
            return 1;
        });
        cli.setExecutionStrategy(parseResult -> {
            // A filter the command's query cannot apply, or --csv with --json, is refused before anything runs (ADR 0028).
            try {
                refuseBeforeRunning(parseResult);
            } catch (PaddockException e) {
                err.println("paddock: " + linesVisible(e.getMessage()));
                err.flush();
                return 1;
            }
            return new CommandLine.RunLast().execute(parseResult);
        });
        long start = System.nanoTime();
        int code = cli.execute(args);
        if (verbose) {
            long jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
            err.println("paddock: command took " + (System.nanoTime() - start) / 1_000_000 + " ms; JVM up " + jvm + " ms");
            err.flush();
        }
        return code;
    }

    /**
     * A command's help lists only the filters its query applies (ADR 0028): the others stay options, hidden, so that
     * giving one is refused in the command's own words instead of picocli's "Unknown option".
     */
    static void hideUnappliedFilters(CommandLine command) {
        if (command.getCommand() instanceof QuestionCommand question) {
            CommandLine.Model.CommandSpec spec = command.getCommandSpec();
            java.util.Set<FilterOptions.Filter> applied = FilterOptions.declared(question.getClass());
            for (FilterOptions.Filter filter : FilterOptions.Filter.values()) {
                CommandLine.Model.OptionSpec option = spec.findOption(filter.option);
                if (!applied.contains(filter) && option != null && !option.hidden()) {
                    spec.remove(option);
                    spec.addOption(CommandLine.Model.OptionSpec.builder(option).hidden(true).build());
                }
            }
        }
        command.getSubcommands().values().stream().distinct().forEach(PaddockCli::hideUnappliedFilters);
    }

    /**
     * What the command that will run (the last one parsed) cannot do is refused before it runs: a filter its query does
     * not apply, {@code --csv} with {@code --json}.
     */
    private static void refuseBeforeRunning(CommandLine.ParseResult parseResult) {
        CommandLine.ParseResult last = parseResult;
        while (true) {
            if (last.isUsageHelpRequested() || last.isVersionHelpRequested()) {
                return;
            }
            if (!last.hasSubcommand()) {
                break;
            }
            last = last.subcommand();
        }
        if (last.commandSpec().userObject() instanceof QuestionCommand question) {
            question.refuseUnappliedFilters();
        }
        if (last.commandSpec().userObject() instanceof PlainCommand command) {
            for (CommandLine.Model.CommandSpec mixin : last.commandSpec().mixins().values()) {
                if (mixin.userObject() instanceof CsvOption csv) {
                    csv.requested(command.output);
                }
            }
        }
    }

    /** The text with the value of every --password argument (and the password variables' values) replaced. */
    static String masked(String text, String[] args) {
        java.util.List<String> secrets = new java.util.ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--password") && i + 1 < args.length) {
                secrets.add(args[i + 1]);
            } else if (args[i].startsWith("--password=")) {
                secrets.add(args[i].substring("--password=".length()));
            }
        }
        for (String variable : new String[]{"NEO4J_PASSWORD", ConnectionOptions.SERVE_PASSWORD_ENV}) {
            String value = CommandContext.env(variable);
            if (value != null) {
                secrets.add(value);
            }
        }
        String result = text == null ? "" : text;
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                result = result.replace(secret, "****");
            }
        }
        return result;
    }

    /** picocli's message with each argument it quotes shown as {@link Utf8#visible}: a line break typed in an
     *  argument does not break the refusal's one line, and an escape sequence is not obeyed by the terminal. */
    private static String argumentsVisible(String message, String[] args) {
        String shown = message;
        for (String arg : args) {
            String visible = Utf8.visible(arg);
            if (!visible.equals(arg) && !arg.isEmpty()) {
                shown = shown.replace(arg, visible);
            }
        }
        return shown;
    }

    /** A message's lines, each {@link Utf8#visible} (a seed's refusal lists one problem per line on purpose). */
    private static String linesVisible(String message) {
        return String.valueOf(message).lines().map(Utf8::visible).collect(java.util.stream.Collectors.joining(System.lineSeparator()));
    }

    private static String oneLine(Exception e) {
        if (e instanceof PaddockException) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return e.getClass().getSimpleName() + ": " + (root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage())
                + " (run with --verbose for details)";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
