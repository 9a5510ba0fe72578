package goalbook.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.HandlerType;

/**
 * HEAD runs the GET route's own handler, access checks included; Jetty sends its status and headers
 * without the body. Javalin alone answers HEAD on any GET route with 200 and never runs the handler,
 * so a token could learn that a route exists for a region it may not read.
 */
final class HeadAsGet {
    private HeadAsGet() {}

    /** Call before any route is registered: every GET registered afterwards gets its HEAD twin. */
    static void register(JavalinConfig config) {
        config.events.handlerAdded(info -> {
            if (info.getHttpMethod() == HandlerType.GET) {
                config.routes.head(info.getPath(), info.getHandler());
            }
        });
    }
}
