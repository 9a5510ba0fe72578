package goalbook.http;

import goalbook.notices.Notices;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Set;

/** The controller's view of the notices: whether they are on, how many went out or failed, and the newest ones. */
final class NoticeRoutes {
    private static final Set<String> STATES = Set.of("PENDING", "SENDING", "SENT", "FAILED");
    private static final int MAX_LIMIT = 500;

    private final Notices notices;

    NoticeRoutes(Notices notices) {
        this.notices = notices;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/notifications", this::overview);
    }

    private void overview(Context ctx) {
        Authentication.requireController(ctx);
        String state = ctx.queryParam("state");
        if (state != null && !STATES.contains(state)) {
            throw ApiProblem.badRequest("bad_state", "Query parameter 'state' must be one of " + new java.util.TreeSet<>(STATES),
                    "Ange state som PENDING, SENDING, SENT eller FAILED.");
        }
        String limitText = ctx.queryParam("limit");
        int limit = 100;
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_LIMIT) {
                throw ApiProblem.badRequest("bad_limit", "Query parameter 'limit' must be a whole number from 1 to " + MAX_LIMIT,
                        "Ange limit som ett heltal från 1 till " + MAX_LIMIT + ".");
            }
        }
        ctx.header("Cache-Control", "no-store").json(notices.overview(state, limit));
    }
}
