package io.paddock.server;

import java.util.Objects;

/**
 * How {@code paddock serve} exposes the embedded database: the address it binds, the Bolt and HTTP ports, and the
 * password of the {@code neo4j} user (authentication is on exactly when a password is given).
 *
 * @param listenAddress address to bind, e.g. {@code 127.0.0.1} (loopback) or {@code 0.0.0.0}
 * @param boltPort      Bolt port (0 picks a free one)
 * @param httpPort      HTTP port for Neo4j Browser and the guide (0 picks a free one)
 * @param password      password of the {@code neo4j} user, or {@code null} for no authentication
 */
public record ServeSettings(String listenAddress, int boltPort, int httpPort, String password) {

    /** Neo4j's shortest accepted password. */
    public static final int MINIMUM_PASSWORD_LENGTH = 8;

    /**
     * Checks the settings.
     *
     * @param listenAddress address to bind, e.g. {@code 127.0.0.1} (loopback) or {@code 0.0.0.0}
     * @param boltPort Bolt port (0 picks a free one)
     * @param httpPort HTTP port for Neo4j Browser and the guide (0 picks a free one)
     * @param password password of the {@code neo4j} user, or {@code null} for no authentication
     *
     * @throws IllegalArgumentException when a value is out of range
     */
    public ServeSettings {
        Objects.requireNonNull(listenAddress, "listenAddress");
        if (boltPort < 0 || boltPort > 65535 || httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("ports must be between 0 and 65535");
        }
    }

    /**
     * @return whether clients must authenticate
     */
    public boolean authenticated() {
        return password != null;
    }

    @Override
    public String toString() {
        // never the password
        return "ServeSettings[listenAddress=" + listenAddress + ", boltPort=" + boltPort + ", httpPort=" + httpPort
                + ", authenticated=" + authenticated() + "]";
    }
}
