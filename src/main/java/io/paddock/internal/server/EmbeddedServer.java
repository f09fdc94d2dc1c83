package io.paddock.internal.server;

import io.paddock.PaddockException;
import io.paddock.server.ServeSettings;
import io.paddock.server.ServeTls;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.configuration.ssl.ClientAuth;
import org.neo4j.configuration.ssl.SslPolicyConfig;
import org.neo4j.configuration.ssl.SslPolicyScope;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.server.configuration.ServerSettings;
import org.neo4j.server.configuration.ThirdPartyJaxRsPackage;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * An in-process Neo4j Community server that listens for Bolt on a free loopback port, so that the embedded
 * default and a real server are used through the same driver code path.
 * <p>
 * This class is the only one that touches the optional embedded-Neo4j artifacts; library users who only
 * connect to a server never load it.
 */
public final class EmbeddedServer implements AutoCloseable {

    /** Where the guide and the graph style are served (same origin as Neo4j Browser). */
    static final String GUIDE_MOUNT = "/paddock";

    /**
     * Bolt's wait for quiet before it stops, which Paddock turns off (nothing to drain when it stops). Neo4j 5.26 types
     * the setting as whole seconds, 2026.x as a {@link Duration}: one source compiles and runs against both.
     */
    @SuppressWarnings("unchecked")
    private static final Setting<Object> NO_SHUTDOWN_QUIET_PERIOD =
            (Setting<Object>) (Setting<?>) GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period;

    private final DatabaseManagementService dbms;
    private final String boltUri;
    private final String httpUri;

    private EmbeddedServer(DatabaseManagementService dbms, String boltUri, String httpUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.httpUri = httpUri;
    }

    /**
     * Starts (or reopens) the database stored under {@code dataDir}.
     *
     * @param dataDir folder that holds the database files; created when missing
     * @return the running server
     */
    public static EmbeddedServer start(Path dataDir) {
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(NO_SHUTDOWN_QUIET_PERIOD, noQuietPeriod())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"))
                    .build();
        } catch (RuntimeException e) {
            throw startFailure("Cannot start the embedded Neo4j in ", dataDir, e);
        }
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort bolt = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        return new EmbeddedServer(dbms, "bolt://" + bolt.getHost() + ":" + bolt.getPort(), null);
    }

    /**
     * Starts (or reopens) the database under {@code dataDir} as a server for other programs: Bolt and the web server on
     * the given address and ports, Neo4j Browser at {@code /browser} (from the {@code org.neo4j.client:neo4j-browser}
     * jar on the classpath), the Paddock guide and graph style under {@code /paddock}, and authentication when the
     * settings carry a password (the {@code neo4j} user's password is then set to it). With TLS in the settings, Bolt
     * accepts encrypted connections only ({@code bolt+s://}) and the web server speaks HTTPS only, on the same port.
     *
     * @param dataDir  folder that holds the database files; created when missing
     * @param settings address, ports, password and TLS files
     * @return the running server
     * @throws PaddockException when a port is taken or the database cannot start
     */
    public static EmbeddedServer serve(Path dataDir, ServeSettings settings) {
        String host = settings.listenAddress();
        int boltPort = freePort(host, settings.boltPort(), "Bolt");
        int httpPort = freePort(host, settings.httpPort(), settings.encrypted() ? "HTTPS" : "HTTP");
        String clientHost = clientHost(host);
        String httpUri = (settings.encrypted() ? "https://" : "http://") + clientHost + ":" + httpPort;
        DatabaseManagementService dbms;
        try {
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress(host, boltPort))
                    .setConfig(GraphDatabaseSettings.auth_enabled, settings.authenticated())
                    .setConfig(ServerSettings.third_party_packages,
                            List.of(new ThirdPartyJaxRsPackage("io.paddock.internal.server.guide", GUIDE_MOUNT)))
                    .setConfig(ServerSettings.http_auth_allowlist, List.of("/", "/browser.*", GUIDE_MOUNT + ".*"))
                    .setConfig(ServerSettings.browser_remote_content_hostname_whitelist,
                            "guides.neo4j.com,localhost,127.0.0.1," + clientHost)
                    .setConfig(ServerSettings.browser_post_connect_cmd,
                            "style " + httpUri + GUIDE_MOUNT + "/style.grass")
                    .setConfig(ServerSettings.allow_telemetry, false)
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    .setConfig(NO_SHUTDOWN_QUIET_PERIOD, noQuietPeriod())
                    .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("gds.*"));
            SocketAddress web = new SocketAddress(host, httpPort);
            if (settings.encrypted()) {
                encrypt(builder, settings.tls(), web);
            } else {
                builder.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                        .setConfig(HttpConnector.enabled, true)
                        .setConfig(HttpConnector.listen_address, web)
                        .setConfig(HttpsConnector.enabled, false);
            }
            dbms = builder.build();
        } catch (RuntimeException e) {
            throw startFailure("Cannot start Neo4j in ", dataDir, e);
        }
        if (settings.authenticated()) {
            try {
                setPassword(dbms, settings.password());
            } catch (RuntimeException e) {
                dbms.shutdown();
                throw new PaddockException("Cannot set the password: " + rootMessage(e), e);
            }
        }
        String bolt = (settings.encrypted() ? "bolt+s://" : "bolt://") + clientHost + ":" + boltPort;
        return new EmbeddedServer(dbms, bolt, httpUri);
    }

    /**
     * Bolt with TLS required and the web server on HTTPS only, both from one certificate and key. Plain HTTP is off
     * rather than redirected: Neo4j has no redirect of its own, and a Browser page served over HTTP would send the
     * password it is given in clear text. Clients are not asked for certificates ({@code client_auth=NONE}); the
     * policies' base directory is the certificate's folder, which Neo4j requires to exist.
     */
    private static void encrypt(DatabaseManagementServiceBuilder builder, ServeTls tls, SocketAddress web) {
        for (SslPolicyScope scope : List.of(SslPolicyScope.BOLT, SslPolicyScope.HTTPS)) {
            SslPolicyConfig policy = SslPolicyConfig.forScope(scope);
            builder.setConfig(policy.enabled, true)
                    .setConfig(policy.base_directory, tls.certificate().getParent())
                    .setConfig(policy.private_key, tls.privateKey())
                    .setConfig(policy.public_certificate, tls.certificate())
                    .setConfig(policy.client_auth, ClientAuth.NONE);
        }
        builder.setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.REQUIRED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, true)
                .setConfig(HttpsConnector.listen_address, web);
    }

    /**
     * Makes Graph Data Science's procedures available in this database (once; about 1.4 s the first time), for the
     * network analytics and for a Browser user of {@code paddock serve}.
     *
     * @return false when the GDS jars are not on the classpath
     */
    public boolean enableGraphDataScience() {
        return GraphDataScience.install(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME));
    }

    private static Object noQuietPeriod() {
        return NO_SHUTDOWN_QUIET_PERIOD.defaultValue() instanceof Duration ? Duration.ZERO : Integer.valueOf(0);
    }

    /**
     * @return the address to connect to: {@code bolt://}, or {@code bolt+s://} for a server with TLS
     */
    public String boltUri() {
        return boltUri;
    }

    /**
     * @return the {@code http://} (or, with TLS, {@code https://}) address of the web server (Neo4j Browser at
     *         {@code /browser}), or {@code null}
     *         when the server was started without HTTP ({@link #start(Path)})
     */
    public String httpUri() {
        return httpUri;
    }

    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (QueryExecutionException e) {
            if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                throw e;
            }
            // already this password: nothing to change
        }
    }

    /** The given port when it can be bound on {@code host} now, a free one for 0; else a one-line error naming it. */
    private static int freePort(String host, int port, String what) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return socket.getLocalPort();
        } catch (BindException e) {
            throw new PaddockException(what + " port " + port + " on " + host + " is already in use"
                    + " (another Neo4j, or paddock serve?): " + e.getMessage(), e);
        } catch (IOException e) {
            throw new PaddockException("Cannot listen on " + host + ":" + port + " for " + what + ": " + e.getMessage(), e);
        }
    }

    /** The address a client on this machine uses: loopback for the wildcard address. */
    private static String clientHost(String listenAddress) {
        return "0.0.0.0".equals(listenAddress) || "::".equals(listenAddress) ? "127.0.0.1" : listenAddress;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    /** One line; for a store another process holds, who that may be and what to do instead of Neo4j's lock text. */
    private static PaddockException startFailure(String what, Path dataDir, RuntimeException e) {
        String root = rootMessage(e);
        if (root != null && root.contains("has been locked by another process")) {
            return new PaddockException("The data directory " + dataDir.toAbsolutePath().normalize() + " is in use by another "
                    + "process (a Paddock server, or a command run with --no-server): use that server (paddock status), "
                    + "or wait for the command to end", e);
        }
        return new PaddockException(what + dataDir + ": " + root, e);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
