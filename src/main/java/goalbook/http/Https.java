package goalbook.http;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/** An HTTPS connector beside the plain one, from a PKCS#12 keystore. */
final class Https {
    private Https() {}

    static Connector connector(Server server, HttpConfiguration http, TlsSettings tls, String host) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
        ssl.setKeyStoreType("PKCS12");
        ssl.setKeyStorePassword(tls.password());
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        // Clients may reach the server by an address the certificate does not name (a proxy, 127.0.0.1).
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
        connector.setHost(host);
        connector.setPort(tls.port());
        connector.setIdleTimeout(30_000);
        return connector;
    }

    static int localPort(Server server) {
        for (Connector c : server.getConnectors()) {
            if (c instanceof ServerConnector sc && sc.getConnectionFactory(SslConnectionFactory.class) != null) {
                return sc.getLocalPort();
            }
        }
        return -1;
    }
}
