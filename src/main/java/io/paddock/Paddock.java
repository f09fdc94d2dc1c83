package io.paddock;

import io.paddock.export.Exporter;
import io.paddock.importer.Importer;
import io.paddock.internal.cypher.GraphAccess;
import io.paddock.internal.cypher.PlainValues;
import io.paddock.internal.cypher.TransactionTag;
import io.paddock.internal.load.SeedLoader;
import io.paddock.internal.server.EmbeddedServer;
import io.paddock.internal.server.SchemaMigrations;
import io.paddock.load.LoadReport;
import io.paddock.query.DriverNetwork;
import io.paddock.query.PaddockQueries;
import io.paddock.seed.Seed;
import io.paddock.seed.SeedReader;
import io.paddock.server.ServeSettings;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionCallback;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import javax.net.ssl.SSLHandshakeException;

/**
 * The entry point: a handle on one Paddock graph, either in an embedded Neo4j ({@link #embedded(Path)}) or on a
 * server, cluster or Aura instance ({@link #connect(String, AuthToken)}). Connecting applies the schema
 * migrations in {@code cypher/migrations/}. Close the handle when done.
 *
 * <pre>{@code
 * try (Paddock paddock = Paddock.embedded(Path.of("target/paddock-db"))) {
 *     paddock.loadShippedSeed();
 *     paddock.cypher("MATCH (d:Driver) RETURN d.name AS name ORDER BY name", Map.of());
 * }
 * }</pre>
 */
public final class Paddock implements AutoCloseable {

    /** Marks the record tallies stale where a graph has them (a graph without them has nothing to mark). */
    private static final String TALLIES_STALE = "MATCH (s:Tallies {id: 'records'}) SET s.fresh = false";

    private final Driver driver;
    private final SessionConfig sessionConfig;
    private final AutoCloseable embeddedServer;
    private final String uri;
    private final String httpUri;
    private final PaddockQueries queries;
    private final boolean owner;

    private Paddock(Driver driver, String database, AutoCloseable embeddedServer, String uri, String httpUri) {
        this.driver = driver;
        this.sessionConfig = database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database);
        this.embeddedServer = embeddedServer;
        this.uri = uri;
        this.httpUri = httpUri;
        this.queries = new PaddockQueries(new GraphAccess(driver, sessionConfig));
        this.owner = true;
    }

    private Paddock(Paddock lender) {
        this.driver = lender.driver;
        this.sessionConfig = lender.sessionConfig;
        this.embeddedServer = lender.embeddedServer;
        this.uri = lender.uri;
        this.httpUri = lender.httpUri;
        this.queries = lender.queries;
        this.owner = false;
    }

    /**
     * A handle on this same connection whose {@link #close()} leaves the connection (and the embedded database)
     * running: for lending this handle to code that closes what it is given, such as the commands a Paddock server
     * runs on its one graph.
     *
     * @return a handle that shares this one's connection, database and query facade
     */
    public Paddock shared() {
        return new Paddock(this);
    }

    /**
     * Starts an embedded Neo4j Community database stored under {@code dataDir} (created when missing) and
     * connects to it. Needs the optional {@code org.neo4j:neo4j} artifact on the classpath.
     *
     * @param dataDir where the database files live
     * @return a connected handle that also stops the database on {@link #close()}
     */
    public static Paddock embedded(Path dataDir) {
        Objects.requireNonNull(dataDir, "dataDir");
        requireEmbeddedEngine();
        EmbeddedServer server = EmbeddedServer.start(dataDir);
        try {
            return open(server.boltUri(), AuthTokens.none(), null, server, null);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /**
     * Starts the embedded database under {@code dataDir} as a server other programs can use: Bolt and HTTP on the
     * settings' address and ports, Neo4j Browser at {@link #httpUri()}{@code /browser} (with the
     * {@code org.neo4j.client:neo4j-browser} artifact on the classpath) and the Paddock guide at
     * {@link #httpUri()}{@code /paddock/guide}; authentication when the settings carry a password, and TLS (Bolt
     * encrypted only, HTTPS instead of HTTP) when they carry a certificate and key.
     *
     * @param dataDir  where the database files live
     * @param settings address, ports, password and TLS files
     * @return a connected handle that also stops the server on {@link #close()}
     */
    public static Paddock serve(Path dataDir, ServeSettings settings) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(settings, "settings");
        requireEmbeddedEngine();
        EmbeddedServer server = EmbeddedServer.serve(dataDir, settings);
        try {
            AuthToken auth = settings.authenticated() ? AuthTokens.basic("neo4j", settings.password()) : AuthTokens.none();
            // its own server, at the address it was just given: trust exactly the certificate it serves, whatever
            // host names that certificate carries
            TrustedCertificate own = settings.encrypted() ? new TrustedCertificate(settings.tls().certificate(), false) : null;
            return open(server.boltUri(), auth, null, server, server.httpUri(), true, own);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    private static void requireEmbeddedEngine() {
        try {
            Class.forName("org.neo4j.dbms.api.DatabaseManagementServiceBuilder");
        } catch (ClassNotFoundException e) {
            throw new PaddockException("The embedded mode needs org.neo4j:neo4j on the classpath; "
                    + "add it, or connect to a server with Paddock.connect(uri, auth)", e);
        }
    }

    /**
     * Connects to a Neo4j server, cluster ({@code neo4j://}) or Aura instance ({@code neo4j+s://}) and uses
     * its default database.
     *
     * @param uri  {@code bolt://}, {@code neo4j://}, {@code neo4j+s://} … address
     * @param auth credentials, e.g. {@code AuthTokens.basic(user, password)}
     * @return a connected handle
     */
    public static Paddock connect(String uri, AuthToken auth) {
        return connect(uri, auth, null);
    }

    /**
     * Like {@link #connect(String, AuthToken)}, with a named database.
     *
     * @param uri      server address
     * @param auth     credentials
     * @param database database name, or {@code null} for the server's default
     * @return a connected handle
     */
    public static Paddock connect(String uri, AuthToken auth, String database) {
        return open(uri, auth, database, null, null);
    }

    /**
     * Like {@link #connect(String, AuthToken, String)}, encrypted and trusting the given certificate instead of the
     * system's certificate authorities: for a server with a self-signed certificate, such as a
     * {@code paddock serve --tls-cert}. The address is {@code bolt://} or {@code neo4j://} (a {@code bolt+s://} or
     * {@code neo4j+s://} one is accepted as the same); {@code +ssc}, which trusts any certificate, is refused.
     *
     * @param uri      server address
     * @param auth     credentials
     * @param database database name, or {@code null} for the server's default
     * @param trusted  the certificate to trust
     * @return a connected handle
     * @throws PaddockException when the certificate cannot be read, or the server does not present it (or one it signed)
     */
    public static Paddock connect(String uri, AuthToken auth, String database, TrustedCertificate trusted) {
        Objects.requireNonNull(trusted, "trusted");
        return open(uri, auth, database, null, null, true, trusted);
    }

    /**
     * Connects to a server whose schema Paddock has already prepared, such as a running {@code paddock serve}
     * (which applies the migrations when it starts), without checking the migrations again: a short-lived caller saves
     * a class-path scan and a round trip. Use {@link #connect(String, AuthToken)} for any other server.
     *
     * @param uri  server address
     * @param auth credentials
     * @return a connected handle
     */
    public static Paddock attach(String uri, AuthToken auth) {
        return open(uri, auth, null, null, null, false, null);
    }

    /**
     * Like {@link #attach(String, AuthToken)}, for a prepared server with TLS whose certificate is trusted as
     * {@link #connect(String, AuthToken, String, TrustedCertificate)} trusts it.
     *
     * @param uri     server address
     * @param auth    credentials
     * @param trusted the certificate to trust
     * @return a connected handle
     */
    public static Paddock attach(String uri, AuthToken auth, TrustedCertificate trusted) {
        Objects.requireNonNull(trusted, "trusted");
        return open(uri, auth, null, null, null, false, trusted);
    }

    private static Paddock open(String uri, AuthToken auth, String database, AutoCloseable server, String httpUri) {
        return open(uri, auth, database, server, httpUri, true, null);
    }

    private static Paddock open(String uri, AuthToken auth, String database, AutoCloseable server, String httpUri,
                                boolean migrate, TrustedCertificate trusted) {
        Driver driver;
        try {
            driver = trusted == null ? GraphDatabase.driver(uri, auth) : GraphDatabase.driver(withoutTlsSuffix(uri), auth, trusting(trusted));
        } catch (IllegalArgumentException e) {
            throw new PaddockException("Not a Neo4j address: '" + uri + "' (" + e.getMessage() + ")", e);
        }
        try {
            driver.verifyConnectivity();
            if (migrate) {
                SchemaMigrations.apply(driver, database);
            }
        } catch (Neo4jException e) {
            driver.close();
            throw new PaddockException("Cannot use Neo4j at " + uri + ": " + e.getMessage() + untrusted(e)
                    + (trusted == null ? plainToTls(uri, e) : ""), e);
        } catch (RuntimeException e) {
            driver.close();
            throw new PaddockException("Cannot prepare the Paddock schema at " + uri + ": " + e.getMessage(), e);
        }
        return new Paddock(driver, database, server, uri, httpUri);
    }

    /**
     * Why a secured connection failed when the cause is the server's certificate (the driver's own message says only
     * that it failed), with what to do about it; else nothing.
     */
    private static String untrusted(Neo4jException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLHandshakeException || cause instanceof CertificateException) {
                Throwable root = cause;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                return ": the server's certificate is not trusted (" + root.getMessage() + "); for a self-signed one, "
                        + "trust exactly that certificate (paddock: --trust-cert FILE; Java: TrustedCertificate)";
            }
        }
        return "";
    }

    /**
     * A plain connection a server closed at once, which the driver says may be a matter of encryption settings: with a
     * Paddock server that is TLS, so say how to ask for it; else nothing.
     */
    private static String plainToTls(String uri, Neo4jException e) {
        boolean plain = uri.startsWith("bolt://") || uri.startsWith("neo4j://");
        boolean encryptionHint = e instanceof ServiceUnavailableException
                && e.getMessage() != null && e.getMessage().contains("encryption");
        return plain && encryptionHint ? " (a server with TLS wants bolt+s:// or neo4j+s://; for a self-signed certificate, "
                + "trust it: paddock --trust-cert FILE, Java TrustedCertificate)" : "";
    }

    /**
     * The driver takes a custom trust strategy with the plain schemes only ({@code +s} means the system's authorities);
     * a {@code +s} address given with a certificate to trust means the same encrypted connection, so it becomes plain.
     */
    private static String withoutTlsSuffix(String uri) {
        String lower = uri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("bolt+ssc://") || lower.startsWith("neo4j+ssc://")) {
            throw new PaddockException("A certificate to trust needs a bolt://, neo4j://, bolt+s:// or neo4j+s:// address, not '"
                    + uri + "' (+ssc trusts every certificate)");
        }
        if (lower.startsWith("bolt+s://") || lower.startsWith("neo4j+s://")) {
            int plus = uri.indexOf('+');
            return uri.substring(0, plus) + uri.substring(plus + 2);
        }
        return uri;
    }

    /** Encrypted, trusting exactly the certificate in the file (read here first, so that a bad file is one line). */
    private static Config trusting(TrustedCertificate trusted) {
        Path file = trusted.file();
        if (!Files.isRegularFile(file)) {
            throw new PaddockException("The certificate to trust " + file + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (CertificateFactory.getInstance("X.509").generateCertificates(in).isEmpty()) {
                throw new PaddockException("The certificate to trust " + file + " holds no PEM certificate");
            }
        } catch (IOException e) {
            throw new PaddockException("Cannot read the certificate to trust " + file + ": " + e.getMessage(), e);
        } catch (CertificateException e) {
            throw new PaddockException("The certificate to trust " + file + " is not a PEM certificate: " + e.getMessage(), e);
        }
        Config.TrustStrategy strategy = Config.TrustStrategy.trustCustomCertificateSignedBy(file.toFile());
        strategy = trusted.verifyHostname() ? strategy.withHostnameVerification() : strategy.withoutHostnameVerification();
        return Config.builder().withEncryption().withTrustStrategy(strategy).build();
    }

    /**
     * Loads the seed that ships with Paddock (the curated American Le Mans Series articles).
     *
     * @return what the load wrote
     */
    public LoadReport loadShippedSeed() {
        return load(SeedReader.shipped(), line -> { });
    }

    /**
     * Validates the seed in {@code seedDirectory} completely, then writes it in batches of 5,000 rows, one
     * transaction each (the shipped seed fits in one batch per statement; an interrupted load completes when run
     * again). A seed with any problem is rejected with a {@link io.paddock.seed.SeedException} before anything is
     * written.
     *
     * @param seedDirectory a folder with {@code registry.json} and {@code articles/*.json}
     * @return what the load wrote
     */
    public LoadReport load(Path seedDirectory) {
        return load(SeedReader.fromDirectory(seedDirectory), line -> { });
    }

    /**
     * Writes an already validated seed, reporting each step.
     *
     * @param seed     from {@link SeedReader}
     * @param progress receives one line per loader step
     * @return what the load wrote
     */
    public LoadReport load(Seed seed, Consumer<String> progress) {
        return new SeedLoader(driver, sessionConfig).load(seed, progress);
    }

    /**
     * @return the dataset importer: Formula 1 (Ergast CSV layout) and the 24 Hours of Le Mans
     */
    public Importer importer() {
        return new Importer(new GraphAccess(driver, sessionConfig));
    }

    /**
     * @return the table exporter: results, entries, drivers, events and standings as CSV or JSON Lines
     */
    public Exporter exporter() {
        return new Exporter(new GraphAccess(driver, sessionConfig));
    }

    /**
     * Runs a read-only Cypher query with parameters in a managed read transaction (so a cluster can route it
     * to a replica). A query that tries to write is refused by the server.
     *
     * @param query      Cypher text
     * @param parameters query parameters
     * @return the rows, each column as a plain Java value (nodes as property maps with {@code _labels})
     */
    public List<Map<String, Object>> cypher(String query, Map<String, ?> parameters) {
        return cypher(query, parameters, false);
    }

    /**
     * Runs a Cypher query that may write, with parameters, in a managed write transaction (on a cluster, on the
     * leader; retried on transient failures, so the query should be idempotent, e.g. {@code MERGE}). The same
     * transaction marks the record tallies stale (ADR 0043): records are counted from the results until the next load
     * or import rebuilds them, so a change made here shows in every answer at once.
     *
     * @param query      Cypher text
     * @param parameters query parameters
     * @return the rows, each column as a plain Java value
     */
    public List<Map<String, Object>> cypherWrite(String query, Map<String, ?> parameters) {
        return cypher(query, parameters, true);
    }

    private List<Map<String, Object>> cypher(String query, Map<String, ?> parameters, boolean write) {
        try (var session = driver.session(sessionConfig)) {
            TransactionCallback<List<Map<String, Object>>> rows =
                    tx -> tx.run(query, new java.util.HashMap<String, Object>(parameters)).list(PlainValues::row);
            if (!write) {
                return session.executeRead(rows, TransactionTag.config());
            }
            return session.executeWrite(tx -> {
                tx.run(TALLIES_STALE).consume();
                return rows.execute(tx);
            }, TransactionTag.config());
        } catch (ClientException e) {
            throw new PaddockException("Cypher failed: " + e.getMessage(), e);
        }
    }

    /**
     * @return the query facade: teammates, rivalries, records and lookups
     */
    public PaddockQueries queries() {
        return queries;
    }

    /**
     * The driver network's questions: who connects motorsport (PageRank, betweenness), its families of drivers
     * (communities), who is like whom (node similarity) and how far apart everyone is (separation), computed by Neo4j
     * Graph Data Science. The embedded mode enables GDS on first use (about 1.4 s); a server needs the GDS plugin.
     *
     * @return the network questions
     */
    public DriverNetwork network() {
        if (embeddedServer instanceof EmbeddedServer server) {
            server.enableGraphDataScience();
        }
        return queries.network();
    }

    /**
     * @return the underlying driver, for work this API does not cover
     */
    public Driver driver() {
        return driver;
    }

    /**
     * @return session settings (the target database) to use with {@link #driver()}
     */
    public SessionConfig sessionConfig() {
        return sessionConfig;
    }

    /**
     * @return the address this handle talks to ({@code bolt://127.0.0.1:…} for the embedded mode, {@code bolt+s://…}
     *         for a server with TLS)
     */
    public String uri() {
        return uri;
    }

    /**
     * @return the web server's {@code http://} (or, with TLS, {@code https://}) address for a handle from
     *         {@link #serve(Path, ServeSettings)} (Neo4j Browser at {@code /browser}), else {@code null}
     */
    public String httpUri() {
        return httpUri;
    }

    @Override
    public void close() {
        if (!owner) {
            return;
        }
        driver.close();
        if (embeddedServer != null) {
            try {
                embeddedServer.close();
            } catch (Exception e) {
                throw new PaddockException("Embedded Neo4j did not stop cleanly: " + e.getMessage(), e);
            }
        }
    }
}
