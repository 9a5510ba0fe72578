package goalbook.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Set;

/**
 * Headers on every answer: {@code nosniff}, a Content-Security-Policy that forbids everything unless
 * a page sets its own (the add-in's task pane does), {@code Cache-Control: no-store} on every JSON answer, and CORS only
 * for configured origins.
 */
final class SecurityHeaders {
    static final String DEFAULT_CSP = "default-src 'none'; frame-ancestors 'none'";

    private SecurityHeaders() {}

    static void register(JavalinConfig config, Set<String> corsOrigins) {
        config.routes.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Content-Security-Policy", DEFAULT_CSP);
            ctx.header("Referrer-Policy", "no-referrer");
            cors(ctx, corsOrigins);
        });
        // A JSON answer (a report, the history, the status, a problem) is one caller's data: never cached.
        config.routes.after(ctx -> {
            String type = ctx.res().getContentType();
            if (type != null && type.contains("json")) {
                ctx.header("Cache-Control", "no-store");
            }
        });
        // A preflight from an allowed origin is answered; from any other origin it is refused.
        config.routes.options("/api/*", ctx -> {
            if (ctx.res().getHeader("Access-Control-Allow-Origin") == null) {
                throw ApiProblem.forbidden("Origin not allowed: " + ctx.header("Origin"));
            }
            ctx.header("Access-Control-Allow-Methods", "GET, POST, PUT");
            ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, Accept, Idempotency-Key");
            ctx.header("Access-Control-Max-Age", "600");
            ctx.status(204);
        });
    }

    private static void cors(Context ctx, Set<String> allowed) {
        String origin = ctx.header("Origin");
        if (origin != null && allowed.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Vary", "Origin");
        }
    }
}
