package goalbook.http;

import io.javalin.config.JavalinConfig;

/** A feature's routes, registered on the app's config. */
@FunctionalInterface
interface RouteGroup {
    void register(JavalinConfig config);
}
