package io.paddock.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every question command against the embedded default: no server set up, only --data-dir (each call starts and
 * stops its own embedded Neo4j, as a user's shell does).
 */
class EmbeddedCommandsIT {

    private static final String DATA_DIR = Path.of("target", "embedded-commands").toString();

    private static CliRun embedded(String... args) {
        String[] withDataDir = java.util.Arrays.copyOf(args, args.length + 2);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = DATA_DIR;
        CliRun run = CliRun.run(withDataDir);
        assertThat(run.exitCode()).as(String.join(" ", args) + ": " + run.err()).isZero();
        return run;
    }

    @BeforeAll
    static void load() {
        assertThat(embedded("load").err()).contains("Seed valid: 6 files");
    }

    @Test
    void search() {
        assertThat(embedded("search", "bergmeister").out()).contains("Jörg Bergmeister");
    }

    @Test
    void teammates() {
        assertThat(embedded("teammates", "bernhard", "--season", "2007").out()).contains("Romain Dumas", "Sascha Maassen");
    }

    @Test
    void headToHead() {
        assertThat(embedded("h2h", "Dumas", "Capello").out()).startsWith("Rinaldo Capello 2 – 0 Romain Dumas");
    }

    @Test
    void rivals() {
        assertThat(embedded("rivals", "Timo Bernhard", "--limit", "1").out()).containsPattern("Sascha Maassen\\s+3\\s+2 – 0");
    }

    @Test
    void records() {
        assertThat(embedded("records", "closest-finishes").out()).containsPattern("1\\s+Laguna Seca 4 Hours\\s+0.41");
    }

    @Test
    void acrossSeries() {
        assertThat(embedded("path", "Richard Lietz", "Seth Neiman").out()).startsWith("Richard Lietz – Seth Neiman: 3 links");
        assertThat(embedded("career", "bernhard").out()).containsPattern("American Le Mans Series\\s+total \\(2\\)\\s+3\\s+2");
        assertThat(embedded("crossover").out()).startsWith("No driver raced in two of these series.");
    }

    @Test
    void export() {
        assertThat(embedded("export", "events").out().lines())
                .hasSize(9)
                .contains("alms,American Le Mans Series,2008,alms-2008-mosport,Mosport,8,,mosport-international-raceway,"
                        + "Mosport International Raceway,CA,,,,false,,4.102,,QUALIFYING,11,"
                        + "Year not printed: the article calls 2007 the previous year.,003_35013f9b1b801e33#p1|003_35013f9b1b801e33#p6");
    }

    @Test
    void profiles() {
        assertThat(embedded("driver", "mucke").out()).contains("Stefan Mücke");
        assertThat(embedded("team", "Flying Lizard").out()).contains("Flying Lizard Motorsports");
        assertThat(embedded("car", "Lola").out()).contains("Lola-Mazda");
        assertThat(embedded("circuit", "Laguna Seca").out()).contains("3.6 km");
        assertThat(embedded("event", "Mosport 2008").out()).contains("Round:", "8");
    }
}
