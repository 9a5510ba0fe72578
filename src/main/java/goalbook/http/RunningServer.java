package goalbook.http;

/** A started HTTP server, e.g. on port 7070; stopping it frees the port. */
public interface RunningServer {
    int port();

    /** The HTTPS port, or -1 when TLS is not configured. */
    int tlsPort();

    /** Every registered route as the router holds it, e.g. {@code GET /api/regions}; tests compare it with the OpenAPI description. */
    java.util.Set<String> routes();

    void stop();
}
