package goalbook.http;

import java.nio.file.Path;

/**
 * HTTPS for the add-in (Office loads add-ins over HTTPS only): a PKCS#12 keystore with the
 * certificate chain and key, e.g. {@code /etc/goalbook/goalbook.p12}, served on {@code port} (8443).
 */
public record TlsSettings(Path keystore, String password, int port) {
    @Override
    public String toString() {
        return "TlsSettings[keystore=" + keystore + ", port=" + port + "]"; // never the password
    }
}
