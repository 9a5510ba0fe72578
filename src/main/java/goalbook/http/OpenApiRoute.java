package goalbook.http;

import io.javalin.config.JavalinConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the hand-written OpenAPI 3.1 description (src/main/resources/openapi.json); public, like /health. */
final class OpenApiRoute {
    private OpenApiRoute() {}

    static void register(JavalinConfig config) {
        byte[] doc = load();
        config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(doc));
    }

    static byte[] load() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
