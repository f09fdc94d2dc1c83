package io.paddock.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The discovery file: a server is used only while its process lives and its Bolt port answers; a file left by a
 * killed server is ignored.
 */
class ServeFileTests {

    @TempDir
    Path dir;

    @Test
    void noFileNoServer() {
        assertThat(ServeFile.find(dir)).isEmpty();
    }

    @Test
    void aLiveProcessWhosePortAnswersIsUsed() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try (ServerSocket bolt = new ServerSocket(0)) {
            ServeFile.write(dir, new ServeFile.Running(sleeper.pid(), "bolt://127.0.0.1:" + bolt.getLocalPort(), "http://127.0.0.1:1", false));

            assertThat(ServeFile.find(dir)).get().extracting(ServeFile.Running::pid).isEqualTo(sleeper.pid());
        } finally {
            sleeper.destroy();
        }
    }

    @Test
    void aFileLeftByAKilledServerIsIgnored() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        try (ServerSocket bolt = new ServerSocket(0)) {
            ServeFile.write(dir, new ServeFile.Running(gone.pid(), "bolt://127.0.0.1:" + bolt.getLocalPort(), "http://127.0.0.1:1", false));

            assertThat(ServeFile.find(dir)).isEmpty();
        }
    }

    @Test
    void aLiveProcessWithoutTheBoltPortIsIgnored() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try {
            ServeFile.write(dir, new ServeFile.Running(sleeper.pid(), "bolt://127.0.0.1:" + closedPort, "http://127.0.0.1:1", false));

            assertThat(ServeFile.find(dir)).isEmpty();
        } finally {
            sleeper.destroy();
        }
    }

    @Test
    void aStartingServerIsSeenWhileItsProcessLivesAndItsFileIsTheOwnersAlone() throws Exception {
        Process sleeper = new ProcessBuilder("sleep", "30").start();
        try {
            ServeFile.write(dir, ServeFile.Running.starting(sleeper.pid()));

            assertThat(ServeFile.current(dir)).get().extracting(ServeFile.Running::state).isEqualTo(ServeFile.State.STARTING);
            assertThat(ServeFile.find(dir)).as("not ready: nothing to send commands to yet").isEmpty();
            assertThat(java.nio.file.Files.getPosixFilePermissions(ServeFile.path(dir)))
                    .extracting(java.nio.file.attribute.PosixFilePermission::name).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
            assertThat(ServeFile.read(dir)).get().extracting(ServeFile.Running::build).isEqualTo(ServeFile.currentBuild());
        } finally {
            sleeper.destroy();
        }
    }

    @Test
    void deleteRemovesOnlyTheFileOfTheGivenProcess() throws Exception {
        ServeFile.write(dir, new ServeFile.Running(12345, "bolt://127.0.0.1:1", "http://127.0.0.1:1", false));

        ServeFile.delete(dir, 999);
        assertThat(ServeFile.path(dir)).exists();
        ServeFile.delete(dir, 12345);
        assertThat(ServeFile.path(dir)).doesNotExist();
    }
}
