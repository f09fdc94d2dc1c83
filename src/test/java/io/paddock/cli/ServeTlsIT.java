package io.paddock.cli;

import io.paddock.TestNeo4j;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@code paddock serve --listen-address 0.0.0.0 --tls-cert --tls-key} with {@code PADDOCK_PASSWORD}, in its own process
 * as a user starts it, with a self-signed certificate made by openssl for this test: it announces bolt+s:// and
 * https:// and no warning; a client that trusts the certificate gets answers over Bolt and HTTPS; a
 * client without encryption, or one that does not trust the certificate, is refused in one line; the serve command
 * checks the TLS files and still wants a password off loopback, and warns in one line when it serves off loopback in
 * clear text.
 */
class ServeTlsIT {

    private static final String PASSWORD = "s3cret-pit-lane";
    private static final Path WORK = TestNeo4j.workDir("serve-tls-it").toAbsolutePath();
    private static final Path DATA_DIR = WORK.resolve("data");
    private static final Path CERT = WORK.resolve("cert.pem");
    private static final Path KEY = WORK.resolve("key.pem");
    /** Another self-signed certificate, for localhost as well: not the one the server presents. */
    private static final Path OTHER_CERT = WORK.resolve("other-cert.pem");
    private static final Path SERVE_ERR = WORK.resolve("serve.err");
    private static ServeProcess served;
    private static int boltPort;
    private static int httpsPort;

    @BeforeAll
    static void serve() throws Exception {
        Assumptions.assumeTrue(TestFiles.noPasswordInEnvironment(), "a password is set in this environment");
        Assumptions.assumeTrue(TestFiles.onPath("openssl"), "openssl is not on the PATH: no certificate to test with");
        TestFiles.deleteRecursively(WORK);
        Files.createDirectories(WORK);
        selfSigned(CERT, KEY);
        selfSigned(OTHER_CERT, WORK.resolve("other-key.pem"));
        boltPort = TestFiles.freePort();
        httpsPort = TestFiles.freePort();
        served = ServeProcess.start(DATA_DIR, boltPort, httpsPort, SERVE_ERR, Map.of("PADDOCK_PASSWORD", PASSWORD),
                List.of("--listen-address", "0.0.0.0", "--tls-cert", CERT.toString(), "--tls-key", KEY.toString()));
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (served != null) {
            Process serve = served.process();
            serve.destroy();   // SIGTERM: serve's shutdown hook stops Neo4j and removes its discovery file
            if (!serve.waitFor(30, TimeUnit.SECONDS)) {
                serve.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    /** A key pair and a certificate for localhost and 127.0.0.1, valid two days, as a user would make one. */
    private static void selfSigned(Path cert, Path key) throws IOException, InterruptedException {
        Process openssl = new ProcessBuilder("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes",
                "-keyout", key.toString(), "-out", cert.toString(), "-days", "2", "-subj", "/CN=localhost",
                "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("openssl.log").toFile()).start();
        assertThat(openssl.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(openssl.exitValue()).as(Files.readString(WORK.resolve("openssl.log"))).isZero();
    }

    @Test
    void theReadyLinesShowTheEncryptedAddressesAndNoWarning() throws IOException {
        assertThat(served.printed()).contains(
                "  Bolt:          bolt+s://127.0.0.1:" + boltPort + "  (user neo4j, password from PADDOCK_PASSWORD)",
                "  TLS:           " + CERT + "  (clients of a self-signed one add --trust-cert FILE)",
                "  Neo4j Browser: https://127.0.0.1:" + httpsPort + "/browser/?dbms=bolt%2Bs%3A%2F%2F127.0.0.1%3A" + boltPort
                        + "&preselectAuthMethod=NATIVE",
                "  Guide:         :play https://127.0.0.1:" + httpsPort + "/paddock/guide").doesNotContain(PASSWORD);
        assertThat(Files.readString(SERVE_ERR)).doesNotContain("warning", PASSWORD);
        assertThat(ServeFile.read(DATA_DIR)).hasValueSatisfying(running -> {
            assertThat(running.bolt()).isEqualTo("bolt+s://127.0.0.1:" + boltPort);
            assertThat(running.http()).isEqualTo("https://127.0.0.1:" + httpsPort);
            assertThat(running.certificate()).isEqualTo(CERT.toString());
        });
    }

    @Test
    void aClientTrustingTheCertificateGetsTheAnswer() {
        CliRun run = CliRun.run("teammates", "Timo Bernhard", "--season", "2007", "--uri", "bolt://127.0.0.1:" + boltPort,
                "--trust-cert", CERT.toString(), "--password", PASSWORD);

        assertThat(run.exitCode()).as(run.err()).isZero();
        String coDrivers = run.out().substring(0, run.out().indexOf("team-mates ("));
        assertThat(coDrivers).contains("Timo Bernhard — co-drivers (same car)", "Romain Dumas", "Patrick Long")
                .doesNotContain("Sascha Maassen");
        assertThat(run.err()).doesNotContain(PASSWORD);
    }

    @Test
    void aBoltPlusSAddressWithTheCertificateIsTheSameConnection() {
        CliRun run = CliRun.run("h2h", "Dumas", "Capello", "--uri", "bolt+s://localhost:" + boltPort,
                "--trust-cert", CERT.toString(), "--password", PASSWORD);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Rinaldo Capello 2 – 0 Romain Dumas");
    }

    @Test
    void aCommandOnTheDataDirectoryTrustsTheServedCertificate() {
        CliRun run = CliRun.run("h2h", "Dumas", "Capello", "--data-dir", DATA_DIR.toString(), "--password", PASSWORD, "--verbose");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Rinaldo Capello 2 – 0 Romain Dumas");
        assertThat(run.err()).contains("using the running paddock serve (pid " + served.process().pid() + ") at bolt+s://127.0.0.1:"
                + boltPort);
    }

    @Test
    void aClientWithoutEncryptionIsRefusedInOneLine() {
        CliRun run = CliRun.run("h2h", "Dumas", "Capello", "--uri", "bolt://127.0.0.1:" + boltPort, "--password", PASSWORD);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("paddock: Cannot use Neo4j at bolt://127.0.0.1:" + boltPort + ": ")
                .contains("encryption").endsWith(" (a server with TLS wants bolt+s:// or neo4j+s://; for a self-signed "
                        + "certificate, trust it: paddock --trust-cert FILE, Java TrustedCertificate)\n")
                .doesNotContain("\tat ", PASSWORD);
        assertThat(run.err().strip().lines()).hasSize(1);
    }

    @Test
    void anUntrustedCertificateIsRefusedInOneLine() {
        CliRun system = CliRun.run("h2h", "Dumas", "Capello", "--uri", "bolt+s://127.0.0.1:" + boltPort, "--password", PASSWORD);
        CliRun other = CliRun.run("h2h", "Dumas", "Capello", "--uri", "bolt://127.0.0.1:" + boltPort,
                "--trust-cert", OTHER_CERT.toString(), "--password", PASSWORD);

        for (CliRun run : new CliRun[] {system, other}) {
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).startsWith("paddock: Cannot use Neo4j at bolt").contains(": Failed to establish secured "
                            + "connection with the server: the server's certificate is not trusted (", "); for a self-signed one, "
                            + "trust exactly that certificate (paddock: --trust-cert FILE; Java: TrustedCertificate)")
                    .doesNotContain("\tat ", PASSWORD);
            assertThat(run.err().strip().lines()).hasSize(1);
        }
    }

    @Test
    void aMissingCertificateToTrustIsOneLine() {
        CliRun run = CliRun.run("h2h", "Dumas", "Capello", "--uri", "bolt://127.0.0.1:" + boltPort,
                "--trust-cert", WORK.resolve("nope.pem").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("paddock: The certificate to trust " + WORK.resolve("nope.pem") + " does not exist");
    }

    @Test
    void aKeyAsTheCertificateToTrustOrAnSscAddressIsOneLine() {
        CliRun key = CliRun.run("h2h", "Dumas", "Capello", "--uri", "bolt://127.0.0.1:" + boltPort,
                "--trust-cert", KEY.toString(), "--password", PASSWORD);
        CliRun ssc = CliRun.run("h2h", "Dumas", "Capello", "--uri", "bolt+ssc://127.0.0.1:" + boltPort,
                "--trust-cert", CERT.toString(), "--password", PASSWORD);

        assertThat(key.exitCode()).isEqualTo(1);
        assertThat(key.err()).startsWith("paddock: The certificate to trust " + KEY + " ").doesNotContain("MII", "\tat ");
        assertThat(key.err().strip().lines()).hasSize(1);
        assertThat(ssc.exitCode()).isEqualTo(1);
        assertThat(ssc.err().strip()).isEqualTo("paddock: A certificate to trust needs a bolt://, neo4j://, bolt+s:// or "
                + "neo4j+s:// address, not 'bolt+ssc://127.0.0.1:" + boltPort + "' (+ssc trusts every certificate)");
    }

    @Test
    void theWebServerSpeaksHttpsWithTheCertificateAndNoPlainHttp() throws Exception {
        HttpClient https = HttpClient.newBuilder().sslContext(trusting(CERT)).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<String> discovery = https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpsPort + "/"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("\"neo4j_edition\"", "\"community\"", "\"bolt_direct\"",
                "\"transaction\":\"https://127.0.0.1:" + httpsPort + "/db/{databaseName}/tx\"");
        assertThat(https.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + httpsPort + "/paddock/guide")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

        HttpClient plain = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        assertThatThrownBy(() -> plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpsPort + "/"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
    }

    @Test
    void offLoopbackTheCertificateDoesNotReplaceThePassword() {
        CliRun run = CliRun.run("serve", "--data-dir", WORK.resolve("other-data").toString(), "--listen-address", "0.0.0.0",
                "--tls-cert", CERT.toString(), "--tls-key", KEY.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("paddock: Refusing to listen on 0.0.0.0 without authentication: "
                + "set PADDOCK_PASSWORD (or --password), or leave --listen-address at 127.0.0.1");
    }

    @Test
    void aCertificateWithoutItsKeyIsOneLine() {
        CliRun run = CliRun.run("serve", "--data-dir", WORK.resolve("other-data").toString(), "--tls-cert", CERT.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("paddock: --tls-cert and --tls-key go together: give the certificate and "
                + "its private key (both PEM), or neither");
    }

    @Test
    void aMissingOrWrongTlsFileIsOneLineNamingIt() {
        Path missing = WORK.resolve("missing.pem");
        CliRun noCert = CliRun.run("serve", "--data-dir", WORK.resolve("other-data").toString(),
                "--tls-cert", missing.toString(), "--tls-key", KEY.toString());
        CliRun keyForCert = CliRun.run("serve", "--data-dir", WORK.resolve("other-data").toString(),
                "--tls-cert", KEY.toString(), "--tls-key", KEY.toString());
        CliRun certForKey = CliRun.run("serve", "--data-dir", WORK.resolve("other-data").toString(),
                "--tls-cert", CERT.toString(), "--tls-key", CERT.toString());

        assertThat(noCert.err().strip()).isEqualTo("paddock: The TLS certificate " + missing + " does not exist");
        assertThat(keyForCert.err().strip()).isEqualTo("paddock: The TLS certificate " + KEY
                + " is not a PEM certificate (no -----BEGIN CERTIFICATE----- line)");
        assertThat(certForKey.err().strip()).isEqualTo("paddock: The TLS private key " + CERT
                + " is not a PEM private key (no -----BEGIN PRIVATE KEY----- line)");
        assertThat(noCert.exitCode() + keyForCert.exitCode() + certForKey.exitCode()).isEqualTo(3);
        assertThat(keyForCert.err() + certForKey.err()).doesNotContain("PRIVATE KEY-----\n", "MII");
    }

    @Test
    void offLoopbackInClearTextServeWarnsInOneLine() throws IOException {
        // the Bolt port is taken, so serve stops right after its checks, before Neo4j starts: the warning comes first
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("0.0.0.0"), 0));
            String port = String.valueOf(taken.getLocalPort());
            CliRun clear = CliRun.run("serve", "--data-dir", WORK.resolve("other-data").toString(), "--listen-address", "0.0.0.0",
                    "--password", PASSWORD, "--bolt-port", port);
            CliRun encrypted = CliRun.run("serve", "--data-dir", WORK.resolve("other-data").toString(), "--listen-address", "0.0.0.0",
                    "--password", PASSWORD, "--bolt-port", port, "--tls-cert", CERT.toString(), "--tls-key", KEY.toString());

            assertThat(clear.err().lines().findFirst()).contains("paddock: warning: serving on 0.0.0.0 without TLS: the password "
                    + "and every answer cross the network unencrypted; add --tls-cert FILE --tls-key FILE to encrypt Bolt and HTTP");
            assertThat(clear.err()).contains("paddock: Bolt port " + port + " on 0.0.0.0 is already in use").doesNotContain(PASSWORD);
            assertThat(encrypted.err()).doesNotContain("warning").contains("paddock: Bolt port " + port + " on 0.0.0.0 is already in use");
        }
    }

    private static SSLContext trusting(Path cert) throws Exception {
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        try (InputStream in = Files.newInputStream(cert)) {
            store.setCertificateEntry("paddock", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
