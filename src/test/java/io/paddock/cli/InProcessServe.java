package io.paddock.cli;

import io.paddock.Paddock;
import io.paddock.server.ServeSettings;

import java.io.IOException;
import java.nio.file.Path;

/**
 * {@code paddock serve} inside the test JVM: a password-protected server on loopback with the shipped seed, announced in
 * the data directory's serve file, so CLI commands given that directory attach to it as they would to a real serve.
 */
final class InProcessServe {

    private InProcessServe() {
    }

    static Paddock start(Path dataDir, int httpPort, String password) throws IOException {
        Paddock served = Paddock.serve(dataDir, new ServeSettings("127.0.0.1", TestFiles.freePort(), httpPort, password));
        served.loadShippedSeed();
        ServeFile.write(dataDir, new ServeFile.Running(ProcessHandle.current().pid(), served.uri(), served.httpUri(), true));
        return served;
    }

    static void stop(Paddock served, Path dataDir) {
        if (served != null) {
            ServeFile.delete(dataDir, ProcessHandle.current().pid());
            served.close();
        }
    }
}
