package io.paddock;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A certificate a client trusts for one connection, instead of the system's certificate authorities: the certificate
 * of a server with a self-signed one (such as a {@code paddock serve --tls-cert}), or of the authority that signed
 * it. The connection is encrypted and the server must present a certificate that this one is or has signed.
 *
 * @param file           PEM file with the certificate
 * @param verifyHostname whether the address connected to must also be named in the server's certificate; turn it off
 *                       only when the address is known to be that server's (e.g. read from its own discovery file)
 */
public record TrustedCertificate(Path file, boolean verifyHostname) {

    /**
     * Checks the arguments.
     *
     * @param file           PEM file with the certificate
     * @param verifyHostname whether the address must be named in the server's certificate
     */
    public TrustedCertificate {
        file = Objects.requireNonNull(file, "file").toAbsolutePath().normalize();
    }

    /**
     * Trusts the certificate in {@code file}, with the usual check that the server's certificate names the address.
     *
     * @param file PEM file with the certificate
     * @return the certificate to trust
     */
    public static TrustedCertificate of(Path file) {
        return new TrustedCertificate(file, true);
    }
}
