package io.paddock.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The launcher's decisions without a server: which command lines go to the server, which directory they mean, the
 * wire format both ends speak, and the idle time serve reads.
 */
class LauncherTests {

    @Test
    void questionsImportsAndLoadsGoToTheServerHelpStatusServeAndOptOutsDoNot() {
        assertThat(Launcher.throughServer(List.of("teammates", "Timo Bernhard"))).isTrue();
        assertThat(Launcher.throughServer(List.of("import", "lemans", "../shared/data/lemans24"))).isTrue();
        assertThat(Launcher.throughServer(List.of("records", "wins", "--json"))).isTrue();

        assertThat(Launcher.throughServer(List.of())).isFalse();
        assertThat(Launcher.throughServer(List.of("--help"))).isFalse();
        assertThat(Launcher.throughServer(List.of("records", "--help"))).isFalse();
        assertThat(Launcher.throughServer(List.of("serve"))).isFalse();
        assertThat(Launcher.throughServer(List.of("status"))).isFalse();
        assertThat(Launcher.throughServer(List.of("stop"))).isFalse();
        assertThat(Launcher.throughServer(List.of("resolve", "--report"))).isFalse();
        assertThat(Launcher.throughServer(List.of("teamates", "x"))).as("a typo is picocli's to explain, here").isFalse();
        assertThat(Launcher.throughServer(List.of("search", "x", "--no-server"))).isFalse();
        assertThat(Launcher.throughServer(List.of("search", "x", "--uri", "bolt://db:7687"))).isFalse();
        assertThat(Launcher.throughServer(List.of("search", "x", "--uri=bolt://db:7687"))).isFalse();
    }

    @Test
    void theDataDirectoryIsAbsoluteAndNormalisedSoOneDirectoryHasOneServer() {
        Path cwd = Path.of("/home/ana/work");
        assertThat(Launcher.dataDir("../data/./paddock", null, cwd)).isEqualTo(Path.of("/home/ana/data/paddock"));
        assertThat(Launcher.dataDir(null, "/srv/paddock/", cwd)).isEqualTo(Path.of("/srv/paddock"));
        assertThat(Launcher.dataDir("here", "/srv/paddock", cwd)).as("the option before the variable").isEqualTo(Path.of("/home/ana/work/here"));
        assertThat(Launcher.dataDir(null, " ", cwd)).isEqualTo(Path.of(System.getProperty("user.home"), ".paddock", "data"));
    }

    @Test
    void aRequestReadsBackAsWrittenAndFramesCarryOutputAndTheExitCode() throws Exception {
        CommandChannel.Request request = new CommandChannel.Request("t0k3n", CommandChannel.Kind.RUN, "/home/ana", "UTF-8", true,
                Map.of("PADDOCK_DATA_DIR", "/srv/paddock"), List.of("h2h", "Łukasz Świątek", "周冠宇", ""));
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        request.writeTo(wire);
        assertThat(CommandChannel.Request.readFrom(new DataInputStream(new ByteArrayInputStream(wire.toByteArray())))).isEqualTo(request);

        ByteArrayOutputStream answer = new ByteArrayOutputStream();
        DataOutputStream frames = new DataOutputStream(answer);
        byte[] out = "Zhou Guanyu 周冠宇\n".getBytes(StandardCharsets.UTF_8);
        byte[] err = "paddock: careful\n".getBytes(StandardCharsets.UTF_8);
        CommandChannel.frame(frames, CommandChannel.OUT, out, 0, out.length);
        CommandChannel.frame(frames, CommandChannel.ERR, err, 0, err.length);
        CommandChannel.exit(frames, 4);
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        int code = CommandChannel.copyUntilExit(new DataInputStream(new ByteArrayInputStream(answer.toByteArray())), stdout, stderr);
        assertThat(code).isEqualTo(4);
        assertThat(stdout.toByteArray()).isEqualTo(out);
        assertThat(stderr.toByteArray()).isEqualTo(err);
        assertThat(request.toString()).doesNotContain("t0k3n", "Łukasz");
    }

    @Test
    void idleTimesReadAsUsersWriteThem() {
        assertThat(ServeCommand.idleTimeout(null, true)).isEqualTo(Duration.ofMinutes(30));
        assertThat(ServeCommand.idleTimeout(null, false)).as("a foreground serve runs until Ctrl-C").isNull();
        assertThat(ServeCommand.idleTimeout("90s", true)).isEqualTo(Duration.ofSeconds(90));
        assertThat(ServeCommand.idleTimeout("2h", true)).isEqualTo(Duration.ofHours(2));
        assertThat(ServeCommand.idleTimeout("45", true)).isEqualTo(Duration.ofMinutes(45));
        assertThat(ServeCommand.idleTimeout("0", true)).isNull();
        assertThat(ServeCommand.idleTimeout("never", true)).isNull();
        assertThatThrownBy(() -> ServeCommand.idleTimeout("soon", true)).hasMessage(
                "--idle-timeout: not a duration: 'soon' (use e.g. 30m, 90s, 2h, or 0 for never)");
    }
}
