package goalbook.http;

import com.fasterxml.jackson.databind.JsonNode;
import goalbook.access.Principal;
import goalbook.goals.Period;
import goalbook.goals.StructureCatalog;
import goalbook.storage.Approval;
import goalbook.periods.PeriodService;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The controller's quarter: status, approval and reopening. */
final class PeriodRoutes {
    private final PeriodService periods;
    private final Clock clock;
    private final Duration deadline;
    private final StructureCatalog catalog;
    private final Intake intake;
    private final goalbook.notices.Notices notices;

    PeriodRoutes(PeriodService periods, StructureCatalog catalog, Clock clock, Duration deadlineAfterQuarterEnd, Intake intake,
                 goalbook.notices.Notices notices) {
        this.periods = periods;
        this.notices = notices;
        this.intake = intake;
        this.catalog = catalog;
        this.clock = clock;
        this.deadline = deadlineAfterQuarterEnd;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/periods/{period}/status", this::status);
        config.routes.post("/api/periods/{period}/approval", this::approve);
        config.routes.post("/api/periods/{period}/reopen", this::reopen);
    }

    private void status(Context ctx) {
        Authentication.requireController(ctx);
        ctx.json(PeriodStatusView.of(periods.status(PathParams.periodWithStructure(ctx, catalog), clock.instant(), deadline),
                notices.failedForGood()));
    }

    private void approve(Context ctx) {
        Principal p = Authentication.requireController(ctx);
        Period period = PathParams.periodWithStructure(ctx, catalog);
        JsonNode body = JsonBodies.optional(ctx, intake);
        boolean allowMissing = body.path("allowMissing").asBoolean(false);
        boolean allowNotAccepted = body.path("allowNotAccepted").asBoolean(false);
        try {
            Approval a = periods.approve(period, Authentication.actor(p), allowMissing, allowNotAccepted, body.path("comment").asText(null));
            Map<String, Object> answer = view(a);
            answer.put("regions", periods.reviewOverview(period));
            ctx.status(201).json(answer);
        } catch (PeriodService.NotAcceptedRegionsException e) {
            throw ReviewProblems.notAccepted(e);
        } catch (PeriodService.MissingRegionsException e) {
            throw new ApiProblem(409, "regions_missing", e.missing().size() + " region(s) have not submitted: " + e.missing()
                    + "; send {\"allowMissing\": true} to approve anyway (recorded)",
                    e.missing().size() + " regioner har inte lämnat in. Godkänn ändå endast med uttryckligt val; det registreras.", e.missing());
        }
    }

    private void reopen(Context ctx) {
        Principal p = Authentication.requireController(ctx);
        Period period = PathParams.periodWithStructure(ctx, catalog);
        String reason = JsonBodies.optional(ctx, intake).path("reason").asText("").trim();
        if (reason.isEmpty()) {
            throw ApiProblem.badRequest("reason_required", "Reopening needs a reason: {\"reason\": \"...\"}",
                    "Ange ett skäl för att öppna kvartalet igen.");
        }
        Approval a = periods.reopen(period, Authentication.actor(p), reason).orElseThrow(() -> new ApiProblem(409, "not_approved",
                "Period " + period + " is not approved", "Kvartalet " + period + " är inte godkänt och kan inte öppnas igen."));
        ctx.json(view(a));
    }


    static Map<String, Object> view(Approval a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", a.period());
        m.put("state", a.state().name());
        m.put("version", a.version());
        m.put("at", a.at().toString());
        m.put("by", a.actor());
        m.put("reason", a.reason());
        return m;
    }
}
