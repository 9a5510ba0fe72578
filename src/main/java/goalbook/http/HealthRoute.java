package goalbook.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code GET /health}: 200 while the database can take a write, else 503 with the reason. The probe
 * is a real (rolled-back) write, so its answer is kept for a second: a monitor, or anyone calling
 * without a token, cannot make it contend with uploads for the database.
 */
final class HealthRoute {
    private static final long KEEP_NANOS = 1_000_000_000L;

    private final Supplier<Optional<String>> databaseTrouble;
    private final java.util.function.IntSupplier uploadsInFlight;
    private Optional<String> last = Optional.empty();
    private long checkedAt;
    private boolean checked;

    HealthRoute(Supplier<Optional<String>> databaseTrouble, java.util.function.IntSupplier uploadsInFlight) {
        this.databaseTrouble = databaseTrouble;
        this.uploadsInFlight = uploadsInFlight;
    }

    void register(JavalinConfig config) {
        config.routes.get("/health", this::health);
    }

    private void health(Context ctx) {
        Optional<String> trouble = current();
        if (trouble.isEmpty()) {
            java.util.Map<String, Object> ok = new java.util.LinkedHashMap<>();
            ok.put("status", "ok");
            ok.put("database", "writable");
            // how many uploads this instance is reading now: what an operator (or a test) looks at under load
            ok.put("uploadsInFlight", uploadsInFlight.getAsInt());
            ctx.json(ok);
            return;
        }
        ctx.header("Retry-After", "60");
        ProblemJson.write(ctx, 503, "unhealthy", "The database cannot take a write: " + trouble.get(),
                "Servern kan inte spara något just nu. Kontakta driften eller koncerncontrollern.", java.util.List.of());
    }

    private synchronized Optional<String> current() {
        long now = System.nanoTime();
        if (!checked || now - checkedAt > KEEP_NANOS) {
            last = databaseTrouble.get();
            checkedAt = now;
            checked = true;
        }
        return last;
    }
}
