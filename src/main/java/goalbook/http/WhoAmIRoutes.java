package goalbook.http;

import goalbook.access.Principal;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import io.javalin.config.JavalinConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /api/me}: who the token belongs to and the quarter to start from, e.g.
 * {@code {"role":"REGION","region":"nord","regionName":"Almi Nord","name":"demo-nord","lastCompletedPeriod":"2024-Q2"}},
 * so the page shows a region only its own region and opens on the quarter people report on.
 */
final class WhoAmIRoutes {
    /** Quarters end at midnight in Sweden, whatever the server's zone. */

    private final Regions regions;
    private final Clock clock;

    WhoAmIRoutes(Regions regions, Clock clock) {
        this.regions = regions;
        this.clock = clock;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/me", ctx -> ctx.json(view(Authentication.principal(ctx), clock.instant())));
    }

    Map<String, Object> view(Principal p, Instant now) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("role", p.role().name());
        m.put("region", p.region());
        m.put("regionName", p.region() == null ? null : regions.byId(p.region()).map(Region::name).orElse(p.region()));
        m.put("regions", new java.util.TreeSet<>(p.regions()));
        m.put("name", p.name());
        m.put("lastCompletedPeriod", lastCompleted(now).toString());
        return m;
    }

    static Period lastCompleted(Instant now) {
        return Period.lastCompletedOn(LocalDate.ofInstant(now, goalbook.text.SwedishDates.SWEDEN));
    }
}
