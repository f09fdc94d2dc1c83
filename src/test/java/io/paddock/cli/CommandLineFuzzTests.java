package io.paddock.cli;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The command line under generated arguments (issue 22): a question command with any mix of its options, values that
 * break parsers, and any text, pointed at a Bolt address where nothing listens (so nothing starts, nothing is written,
 * and a line that parses ends at the connection). Every one ends in normal output, or in a refusal: exit 1 or 2 and
 * at most two lines on standard error, the first "paddock: …" (the second, for a mistyped option, where to read the
 * help); never a stack trace, never a hang.
 */
class CommandLineFuzzTests {

    /** Nothing listens on port 1: a line that parses fails at once when it connects. */
    private static final List<String> NOWHERE = List.of("--uri", "bolt://127.0.0.1:1");
    private static final List<String> COMMANDS = List.of("search", "teammates", "h2h", "battles", "rivals", "records",
            "path", "career", "crossover", "driver", "team", "car", "circuit", "event", "network", "cypher");
    private static final List<String> WORDS = List.of("--season", "--from", "--to", "--series", "--class", "--event",
            "--limit", "--json", "--csv", "--sources", "--details", "--teams", "--manufacturers", "--with", "--by",
            "--team", "--links", "--help", "-h", "central", "communities", "similar", "separation", "wins", "poles",
            "podiums", "starts", "titles", "class-wins", "closest-finishes", "lap-records", "nonsense", "manufacturer",
            "chassis-maker", "engine-maker", "driver", "f1", "lemans", "alms", "LMP2", "2007", "2031", "1899", "-5", "0",
            "99999999999", "abc", "", " ", "Timo Bernhard", "Dumas", "Capello", "\"", "'", "MATCH (n) RETURN n",
            "CALL dbms.shutdown()", "日本語", "\u0000", "\n", "--season=2007", "--limit=", "-x", "--bogus");

    @Provide
    Arbitrary<List<String>> commandLine() {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of(WORDS), Arbitraries.of(WORDS),
                Arbitraries.strings().all().ofMaxLength(20));
        return Combinators.combine(Arbitraries.of(COMMANDS), word.list().ofMaxSize(6)).as((command, words) -> {
            List<String> line = new ArrayList<>();
            line.add(command);
            // "--" would make the address below a positional parameter, and the command would open the default data
            // directory; --verbose prints stack traces on purpose
            words.stream().filter(w -> !w.equals("--") && !w.startsWith("--verbose") && !w.startsWith("--uri")
                    && !w.startsWith("--data-dir") && !w.startsWith("--no-server")).forEach(line::add);
            line.addAll(NOWHERE);
            return line;
        });
    }

    @Property
    void anyCommandLineEndsInAnswerOrOneLineRefusal(@ForAll("commandLine") List<String> line) {
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRun.run(line.toArray(String[]::new)));

        assertThat(run.exitCode()).as(String.valueOf(line)).isIn(0, 1, 2);
        assertThat(run.out() + run.err()).as(String.valueOf(line)).doesNotContain("\tat ", "Exception:", "Caused by");
        if (run.exitCode() != 0) {
            List<String> lines = run.err().lines().toList();
            assertThat(lines).as(String.valueOf(line)).hasSizeBetween(1, 2);
            assertThat(lines.get(0)).as(String.valueOf(line)).startsWith("paddock: ");
        }
    }

    /** Found by the property above: a line break typed in an argument broke the refusal into two lines. */
    @net.jqwik.api.Example
    void aLineBreakInAnArgumentIsShownNotPrinted() {
        CliRun run = CliRun.run("teammates", "--season", "\n", "--uri", "bolt://127.0.0.1:1");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("paddock: Invalid value for option '--season': '\\u000A' is not an int\n"
                + "Try 'paddock teammates --help' for the options.\n");
    }
}
