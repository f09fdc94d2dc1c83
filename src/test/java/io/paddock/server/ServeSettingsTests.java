package io.paddock.server;

import io.paddock.PaddockException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The serve settings as the CLI and Java callers build them: TLS is on exactly with both files, secrets never shown. */
class ServeSettingsTests {

    /** A self-signed certificate (public, no key kept): something that parses as X.509. */
    private static final String CERTIFICATE = String.join("\n",
            "-----BEGIN CERTIFICATE-----",
            "MIIBgzCCASmgAwIBAgIUfCEeArTD6mfyLOHP80epoIKD3fswCgYIKoZIzj0EAwIw",
            "FzEVMBMGA1UEAwwMcGFkZG9jay10ZXN0MB4XDTI2MTIwNDE0MTMzM1oXDTM2MTIw",
            "MTE0MTMzM1owFzEVMBMGA1UEAwwMcGFkZG9jay10ZXN0MFkwEwYHKoZIzj0CAQYI",
            "KoZIzj0DAQcDQgAEagOFvhVtFgamzscE4wxgqqhrVHs+pIhEE352YJpJi36zmgqR",
            "0BLkc6/v37KLHTB0VnXZqST7HMCEmarkayS11qNTMFEwHQYDVR0OBBYEFPZkx4mD",
            "9Fg4JOS/bmb3jy3EljUcMB8GA1UdIwQYMBaAFPZkx4mD9Fg4JOS/bmb3jy3EljUc",
            "MA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIge5+6gPRG9zVHZBzi",
            "U2zdfyZOBVXhLpDVL9LHJATK3FECIQCRtwq6u7S84G6mqP99Y2yGQk4xnBcVpMkQ",
            "oRDkdE0j2w==",
            "-----END CERTIFICATE-----", "");

    @Test
    void withoutTlsFilesTheServerIsInClearText() {
        ServeSettings settings = new ServeSettings("127.0.0.1", 7687, 7474, null);

        assertThat(settings.encrypted()).isFalse();
        assertThat(settings.tls()).isNull();
        assertThat(settings).hasToString("ServeSettings[listenAddress=127.0.0.1, boltPort=7687, httpPort=7474, "
                + "authenticated=false, tls=null]");
    }

    @Test
    void theTextShowsTheTlsFilesByNameAndNeverThePassword() {
        ServeTls tls = new ServeTls(Path.of("/etc/paddock/cert.pem"), Path.of("/etc/paddock/key.pem"));
        ServeSettings settings = new ServeSettings("0.0.0.0", 7687, 7473, "s3cret-pit-lane", tls);

        assertThat(settings.encrypted()).isTrue();
        assertThat(settings.toString()).doesNotContain("s3cret-pit-lane")
                .contains("authenticated=true", "certificate=/etc/paddock/cert.pem", "privateKey=/etc/paddock/key.pem");
    }

    @Test
    void relativeTlsFilesAreMadeAbsoluteForNeo4j() {
        ServeTls tls = new ServeTls(Path.of("certs/../cert.pem"), Path.of("key.pem"));

        assertThat(tls.certificate()).isEqualTo(Path.of("cert.pem").toAbsolutePath());
        assertThat(tls.privateKey()).isAbsolute();
    }

    @Test
    void anEncryptedKeyIsRefusedInOneLineWithoutItsContents(@TempDir Path dir) throws IOException {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Files.writeString(cert, CERTIFICATE);
        Files.writeString(key, "-----BEGIN ENCRYPTED PRIVATE KEY-----\nTOPSECRET\n-----END ENCRYPTED PRIVATE KEY-----\n");

        assertThatThrownBy(() -> ServeTls.checked(cert, key)).isInstanceOf(PaddockException.class)
                .hasMessage("The TLS private key " + key + " is encrypted: give an unencrypted key "
                        + "(e.g. openssl pkey -in KEY -out plain.pem), readable by you only");
    }

    @Test
    void aCertificateThatDoesNotParseOrDoesNotExistIsOneLine(@TempDir Path dir) throws IOException {
        Path cert = dir.resolve("cert.pem");
        Path key = dir.resolve("key.pem");
        Files.writeString(cert, "-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n");
        Files.writeString(key, "-----BEGIN PRIVATE KEY-----\nTOPSECRET\n-----END PRIVATE KEY-----\n");

        assertThatThrownBy(() -> ServeTls.checked(cert, key)).isInstanceOf(PaddockException.class)
                .hasMessageStartingWith("The TLS certificate " + cert + " is not a valid X.509 certificate: ")
                .hasMessageNotContaining("\n");
        assertThatThrownBy(() -> ServeTls.checked(dir.resolve("none.pem"), key)).isInstanceOf(PaddockException.class)
                .hasMessage("The TLS certificate " + dir.resolve("none.pem") + " does not exist");
        Files.writeString(cert, CERTIFICATE);
        assertThat(ServeTls.checked(cert, key)).isEqualTo(new ServeTls(cert, key));
    }
}
