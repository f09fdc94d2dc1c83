package io.paddock.server;

import io.paddock.PaddockException;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import java.nio.file.Path;

/**
 * An in-process Neo4j Community server that listens for Bolt on a free loopback port, so that the embedded
 * default and a real server are used through the same driver code path.
 * <p>
 * This class is the only one that touches the optional embedded-Neo4j artifacts; library users who only
 * connect to a server never load it.
 */
public final class EmbeddedServer implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final String boltUri;

    private EmbeddedServer(DatabaseManagementService dbms, String boltUri) {
        this.dbms = dbms;
        this.boltUri = boltUri;
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
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (RuntimeException e) {
            throw new PaddockException("Cannot start the embedded Neo4j in " + dataDir + ": " + rootMessage(e), e);
        }
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        HostnamePort bolt = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        return new EmbeddedServer(dbms, "bolt://" + bolt.getHost() + ":" + bolt.getPort());
    }

    /**
     * @return the {@code bolt://} address the server listens on
     */
    public String boltUri() {
        return boltUri;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
