package io.paddock.server;


import io.paddock.PaddockException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The certificate and private key with which {@code paddock serve} encrypts Bolt and HTTPS (PEM files). Only the
 * paths are held: the key's bytes stay in its file, are read by Neo4j alone and never printed.
 *
 * @param certificate PEM file with the server's certificate (optionally followed by its chain)
 * @param privateKey  PEM file with the certificate's unencrypted private key (PKCS#8 or PKCS#1)
 */
public record ServeTls(Path certificate, Path privateKey) {

    /** The PEM headers of the unencrypted private keys Neo4j reads (PKCS#8, or PKCS#1 RSA and EC). */
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN (RSA |EC )?PRIVATE KEY-----");
    private static final String ENCRYPTED_KEY = "-----BEGIN ENCRYPTED PRIVATE KEY-----";

    /**
     * Holds the two files, made absolute (Neo4j resolves relative paths against its own folders).
     *
     * @param certificate PEM file with the server's certificate
     * @param privateKey  PEM file with its private key
     */
    public ServeTls {
        certificate = Objects.requireNonNull(certificate, "certificate").toAbsolutePath().normalize();
        privateKey = Objects.requireNonNull(privateKey, "privateKey").toAbsolutePath().normalize();
    }

    /**
     * The two files once checked, so that a wrong one is one line before Neo4j starts rather than Neo4j's stack trace
     * after: both must exist and be readable, the certificate must parse as X.509 PEM and the key must be an
     * unencrypted PEM private key. Whether the key belongs to the certificate is left to Neo4j when it starts.
     *
     * @param certificate PEM file with the server's certificate
     * @param privateKey  PEM file with its private key
     * @return the checked files
     * @throws PaddockException naming the file that is missing, unreadable or not PEM
     */
    public static ServeTls checked(Path certificate, Path privateKey) {
        ServeTls tls = new ServeTls(certificate, privateKey);
        String cert = read(tls.certificate, "certificate");
        if (!cert.contains("-----BEGIN CERTIFICATE-----")) {
            throw new PaddockException("The TLS certificate " + tls.certificate + " is not a PEM certificate "
                    + "(no -----BEGIN CERTIFICATE----- line)");
        }
        try (InputStream in = Files.newInputStream(tls.certificate)) {
            CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | CertificateException e) {
            throw new PaddockException("The TLS certificate " + tls.certificate + " is not a valid X.509 certificate: "
                    + e.getMessage(), e);
        }
        String key = read(tls.privateKey, "private key");
        if (key.contains(ENCRYPTED_KEY)) {
            throw new PaddockException("The TLS private key " + tls.privateKey + " is encrypted: give an unencrypted key "
                    + "(e.g. openssl pkey -in KEY -out plain.pem), readable by you only");
        }
        if (!PRIVATE_KEY.matcher(key).find()) {
            throw new PaddockException("The TLS private key " + tls.privateKey + " is not a PEM private key "
                    + "(no -----BEGIN PRIVATE KEY----- line)");
        }
        return tls;
    }

    private static String read(Path file, String what) {
        if (!Files.exists(file)) {
            throw new PaddockException("The TLS " + what + " " + file + " does not exist");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new PaddockException("The TLS " + what + " " + file + " is not a readable file");
        }
        try {
            // a key's text stays in this method: the messages name the file, never its contents
            return new String(Files.readAllBytes(file), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new PaddockException("Cannot read the TLS " + what + " " + file + ": " + e.getMessage(), e);
        }
    }
}
