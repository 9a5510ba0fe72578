package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.http.RunningServer;
import goalbook.http.TlsSettings;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a PKCS#12 keystore the server also speaks HTTPS, which Office needs to load the add-in. */
class TlsTest {

    @Test
    void server_withKeystore_servesTheAddinOverHttps(@TempDir Path dir) throws Exception {
        Path p12 = dir.resolve("goalbook.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair",
                "-alias", "goalbook", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", p12.toString(),
                "-storepass", "hemligt", "-keypass", "hemligt").redirectErrorStream(true).start();
        assertEquals(0, keytool.waitFor(), new String(keytool.getInputStream().readAllBytes()));

        Config config = new Config(0, dir, "jdbc:sqlite:" + dir.resolve("goalbook.db"), null,
                Path.of(System.getProperty("goalbook.templates", "templates")), 10L * 1024 * 1024, "127.0.0.1", 20,
                "https://localhost:8443", Set.of(), new TlsSettings(p12, "hemligt", 0));
        RunningServer server = Server.start(config);
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(p12)) {
                trust.load(in, "hemligt".toCharArray());
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext ssl = SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            HttpClient client = HttpClient.newBuilder().sslContext(ssl).build();
            assertTrue(server.tlsPort() > 0);
            HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + server.tlsPort() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            HttpResponse<String> manifest = client.send(HttpRequest.newBuilder(
                    URI.create("https://localhost:" + server.tlsPort() + "/addin/manifest.xml")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, manifest.statusCode());
            assertTrue(manifest.body().contains("https://localhost:8443/addin/taskpane.html"), manifest.body());
        } finally {
            server.stop();
        }
    }
}
