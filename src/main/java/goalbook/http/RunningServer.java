package goalbook.http;

/** A started HTTP server, e.g. on port 7070; stopping it frees the port. */
public interface RunningServer {
    int port();

    void stop();
}
