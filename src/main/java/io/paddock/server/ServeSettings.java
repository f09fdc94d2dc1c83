package io.paddock.server;

import java.util.Objects;

/**
 * How {@code paddock serve} exposes the embedded database: the address it binds, the Bolt and HTTP ports, the
 * password of the {@code neo4j} user (authentication is on exactly when a password is given), and the certificate
 * and key that encrypt Bolt and the web server (TLS is on exactly when they are given).
 *
 * @param listenAddress address to bind, e.g. {@code 127.0.0.1} (loopback) or {@code 0.0.0.0}
 * @param boltPort      Bolt port (0 picks a free one)
 * @param httpPort      port of the web server, Neo4j Browser and the guide: HTTP, or HTTPS with TLS (0 picks a free one)
 * @param password      password of the {@code neo4j} user, or {@code null} for no authentication
 * @param tls           certificate and private key for Bolt and HTTPS, or {@code null} for no encryption
 */
public record ServeSettings(String listenAddress, int boltPort, int httpPort, String password, ServeTls tls) {

    /** Neo4j's shortest accepted password. */
    public static final int MINIMUM_PASSWORD_LENGTH = 8;

    /**
     * Checks the settings.
     *
     * @param listenAddress address to bind, e.g. {@code 127.0.0.1} (loopback) or {@code 0.0.0.0}
     * @param boltPort Bolt port (0 picks a free one)
     * @param httpPort HTTP port for Neo4j Browser and the guide (0 picks a free one)
     * @param password password of the {@code neo4j} user, or {@code null} for no authentication
     * @param tls certificate and private key for Bolt and HTTPS, or {@code null} for no encryption
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
     * Settings without TLS: Bolt and HTTP in clear text.
     *
     * @param listenAddress address to bind, e.g. {@code 127.0.0.1} (loopback) or {@code 0.0.0.0}
     * @param boltPort Bolt port (0 picks a free one)
     * @param httpPort HTTP port for Neo4j Browser and the guide (0 picks a free one)
     * @param password password of the {@code neo4j} user, or {@code null} for no authentication
     */
    public ServeSettings(String listenAddress, int boltPort, int httpPort, String password) {
        this(listenAddress, boltPort, httpPort, password, null);
    }

    /**
     * @return whether Bolt requires TLS and the web server speaks HTTPS only
     */
    public boolean encrypted() {
        return tls != null;
    }

    /**
     * @return whether clients must authenticate
     */
    public boolean authenticated() {
        return password != null;
    }

    @Override
    public String toString() {
        // never the password; the TLS files by name only (their paths are no secret, the key's contents are)
        return "ServeSettings[listenAddress=" + listenAddress + ", boltPort=" + boltPort + ", httpPort=" + httpPort
                + ", authenticated=" + authenticated() + ", tls=" + tls + "]";
    }
}
