package io.paddock.cli;

import io.paddock.Paddock;
import org.neo4j.driver.AuthTokens;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * Where a command finds its graph: an embedded database under {@code --data-dir} by default, or a server
 * given by {@code --uri} (or {@code NEO4J_URI}).
 */
final class ConnectionOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Embedded database folder (default: $PADDOCK_DATA_DIR or ~/.paddock/data). Ignored with --uri.")
    Path dataDir;

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = "Use a Neo4j server, cluster or Aura instead of the embedded database: bolt://, neo4j://, neo4j+s://… (env NEO4J_URI)")
    String uri;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "${env:NEO4J_USERNAME:-neo4j}",
            description = "User for --uri (env NEO4J_USERNAME, default neo4j)")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "${env:NEO4J_PASSWORD}",
            description = "Password for --uri (env NEO4J_PASSWORD); without one, no authentication is sent")
    String password;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "${env:NEO4J_DATABASE}",
            description = "Database on the server (env NEO4J_DATABASE; default: the server's default)")
    String database;

    Paddock open() {
        if (uri != null && !uri.isBlank()) {
            var auth = password == null || password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(user, password);
            return Paddock.connect(uri, auth, database == null || database.isBlank() ? null : database);
        }
        return Paddock.embedded(effectiveDataDir());
    }

    String target() {
        return uri != null && !uri.isBlank() ? uri : "embedded database in " + effectiveDataDir();
    }

    private Path effectiveDataDir() {
        if (dataDir != null) {
            return dataDir;
        }
        String fromEnv = System.getenv("PADDOCK_DATA_DIR");
        return fromEnv != null && !fromEnv.isBlank()
                ? Path.of(fromEnv)
                : Path.of(System.getProperty("user.home"), ".paddock", "data");
    }
}
