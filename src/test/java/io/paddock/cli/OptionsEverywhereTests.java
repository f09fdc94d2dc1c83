package io.paddock.cli;

import io.paddock.cli.FilterOptions.Filter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Options mean something everywhere (issue 19, ADR 0028): every command that prints a table offers {@code --csv}, and
 * every command that takes the shared filters says which of them it applies, so that a new command cannot forget
 * either. Walks picocli's command tree as {@code paddock} builds it; the refusals run before anything opens a graph,
 * so they are checked here too (the catalogue of refusals against a graph is {@code BadInputCatalogueIT}).
 */
class OptionsEverywhereTests {

    /** The commands without --csv, each with why: none of them prints a table of data. */
    private static final Map<String, String> NO_CSV = Map.of(
            "serve", "runs a server in the foreground and prints where it listens",
            "stop", "stops the background server and says so in one line",
            "status", "prints the server's state as labelled lines, not a table (--json for scripts)",
            "export", "writes the graph's tables as files (--format csv); what it prints is the list of files written",
            "demo", "a tour of the seed printing the answers of cypher/tour.cypher; `paddock cypher --csv` runs each");

    /** The question commands that do not declare their filters yet, each with why. */
    private static final Map<String, String> FILTERS_UNDECLARED = Map.of(
            "records", "what it applies depends on KIND: the facade refuses --event for the records whose query has no "
                    + "event filter, and --by for the kinds without that holder");

    private static List<CommandLine> leaves(CommandLine command) {
        List<CommandLine> leaves = new ArrayList<>();
        if (command.getSubcommands().isEmpty()) {
            leaves.add(command);
        }
        command.getSubcommands().values().stream().distinct()
                .filter(sub -> !(sub.getCommand() instanceof CommandLine.HelpCommand))
                .forEach(sub -> leaves.addAll(leaves(sub)));
        return leaves;
    }

    private static String name(CommandLine command) {
        return command.getCommandSpec().qualifiedName(" ").replaceFirst("^paddock ", "");
    }

    @Test
    void everyCommandThatPrintsATableOffersCsv() {
        List<CommandLine> leaves = leaves(new CommandLine(new PaddockCli()));
        List<String> names = leaves.stream().map(OptionsEverywhereTests::name).toList();

        assertThat(names).as("the tree walked").contains("teammates", "path", "crossover", "career", "search", "driver",
                "team", "car", "circuit", "event", "ingest", "network central", "import ergast", "load", "resolve");
        assertThat(names).as("every exception is a command that exists").containsAll(NO_CSV.keySet());
        for (CommandLine command : leaves) {
            boolean csv = command.getCommandSpec().findOption("--csv") != null;
            if (NO_CSV.containsKey(name(command))) {
                assertThat(csv).as(name(command) + " is listed without --csv, but has it: take it off the list").isFalse();
            } else {
                assertThat(csv).as(name(command) + " prints a table: it needs --csv (CsvOption), or a reason in NO_CSV")
                        .isTrue();
            }
        }
    }

    @Test
    void everyCommandThatTakesTheFiltersSaysWhichItApplies() {
        List<String> questions = new ArrayList<>();
        for (CommandLine command : leaves(new CommandLine(new PaddockCli()))) {
            if (command.getCommand() instanceof QuestionCommand) {
                questions.add(name(command));
                boolean declared = command.getCommand().getClass().isAnnotationPresent(FilterOptions.Applies.class);
                if (!FILTERS_UNDECLARED.containsKey(name(command))) {
                    assertThat(declared).as(name(command) + " takes the shared filters: @FilterOptions.Applies says which "
                            + "its query applies").isTrue();
                }
            }
        }
        assertThat(questions).containsAll(FILTERS_UNDECLARED.keySet())
                .contains("path", "crossover", "career", "teammates", "rivals", "network separation");
    }

    @Test
    void whatEachCommandAppliesIsWhatItsQueryUses() {
        // Read from each command's Cypher: a filter is applied where its parameter is in a WHERE or a LIMIT.
        assertThat(FilterOptions.declared(PathCommand.class)).as("path.cypher")
                .containsExactly(Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES);
        assertThat(FilterOptions.declared(CrossoverCommand.class)).as("crossover.cypher: --series is series A")
                .containsExactly(Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES, Filter.LIMIT);
        assertThat(FilterOptions.declared(CareerCommand.class)).as("career.cypher has no LIMIT")
                .isEqualTo(EnumSet.complementOf(EnumSet.of(Filter.LIMIT)));
        assertThat(FilterOptions.declared(RivalsCommand.class)).as("rivals.cypher and rivals-overall.cypher have no event")
                .isEqualTo(EnumSet.complementOf(EnumSet.of(Filter.EVENT)));
        assertThat(FilterOptions.declared(TeammatesCommand.class)).isEqualTo(EnumSet.allOf(Filter.class));
        assertThat(FilterOptions.declared(NetworkCommand.Central.class)).as("network/project.cypher has no event")
                .isEqualTo(EnumSet.complementOf(EnumSet.of(Filter.EVENT)));
        assertThat(FilterOptions.declared(NetworkCommand.Separations.class)).as("separation ranks nothing")
                .containsExactly(Filter.SEASON, Filter.FROM, Filter.TO, Filter.SERIES, Filter.CLASS);
    }

    @Test
    void aFilterACommandCannotApplyIsRefusedInOneLineBeforeAnythingRuns() {
        // No graph anywhere: --uri names a port nothing listens on, so a command that ran would fail differently.
        Map<List<String>, String> refusals = Map.of(
                List.of("path", "lietz", "neiman", "--class", "GT2"),
                "paddock: path does not take --class: its query applies only --season, --from, --to and --series (a chain's "
                        + "links are at different events, in any class).",
                List.of("path", "lietz", "neiman", "--event", "Petit Le Mans 2007", "--limit", "2"),
                "paddock: path does not take --event or --limit: its query applies only --season, --from, --to and --series "
                        + "(a chain's links are at different events, in any class).",
                List.of("crossover", "--class", "LMP2", "--event", "Mosport 2008", "--season", "2008"),
                "paddock: crossover does not take --class or --event: its query applies only --season, --from, --to, "
                        + "--series and --limit.",
                List.of("teammates", "bernhard", "--with", "dumas", "--season", "2007"),
                "paddock: teammates --with does not take --season: it applies none of the shared filters (it lists every event "
                        + "the two shared).",
                List.of("network", "separation", "--limit", "3"),
                "paddock: network separation does not take --limit: its query applies only --season, --from, --to, "
                        + "--series and --class (it ranks nothing; one event is too small a network).");
        refusals.forEach((args, line) -> {
            List<String> withUri = new ArrayList<>(args);
            withUri.addAll(List.of("--uri", "bolt://127.0.0.1:9"));
            CliRun run = CliRun.run(withUri.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).as(String.join(" ", args)).isEqualTo(line + System.lineSeparator());
            assertThat(run.out()).isEmpty();
        });
    }

    @Test
    void helpAndTheFiltersACommandAppliesAreNotRefused() {
        assertThat(CliRun.run("path", "--help", "--class", "GT2").exitCode()).isZero();
        CommandLine cli = new CommandLine(new PaddockCli());
        CommandLine.ParseResult parsed = cli.parseArgs("teammates", "bernhard", "--season", "2007", "--class", "LMP2",
                "--event", "Petit Le Mans 2007", "--limit", "1");
        QuestionCommand teammates = (QuestionCommand) parsed.subcommand().commandSpec().userObject();
        teammates.refuseUnappliedFilters();
        assertThat(teammates.filter.given()).containsExactly(Filter.SEASON, Filter.CLASS, Filter.EVENT, Filter.LIMIT);
    }

    @Test
    void theHelpListsOnlyTheFiltersTheCommandApplies() {
        assertThat(CliRun.run("path", "--help").out()).contains("--season=YEAR", "--from=YEAR", "--to=YEAR", "--series=NAME")
                .doesNotContain("--class", "--event", "--limit");
        assertThat(CliRun.run("career", "--help").out()).contains("--class=NAME", "--event=NAME").doesNotContain("--limit");
        assertThat(CliRun.run("network", "separation", "--help").out()).contains("--class=NAME")
                .doesNotContain("--event", "--limit");
        assertThat(CliRun.run("teammates", "--help").out()).contains("--class=NAME", "--event=NAME", "--limit=N");
    }

    @Test
    void csvWithJsonIsRefusedBeforeAnythingRuns() {
        for (List<String> args : List.of(List.of("career", "bernhard"), List.of("driver", "bernhard"),
                List.of("network", "central"), List.of("ingest", "report.txt"))) {
            List<String> line = new ArrayList<>(args);
            line.addAll(List.of("--csv", "--json", "--uri", "bolt://127.0.0.1:9"));
            CliRun run = CliRun.run(line.toArray(String[]::new));
            assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
            assertThat(run.err()).isEqualTo("paddock: --csv and --json exclude each other: pick one" + System.lineSeparator());
        }
    }
}
