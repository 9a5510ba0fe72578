package goalbook.http;

import com.fasterxml.jackson.databind.JsonNode;
import goalbook.access.Principal;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.storage.BudgetExceededException;
import goalbook.storage.BudgetUse;
import goalbook.storage.QuarterBudget;
import goalbook.storage.QuarterBudgets;
import goalbook.text.SwedishNumbers;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/** A region's budget for a quarter (versions and stored bytes): the region and the controller read it, the controller raises it. */
final class BudgetRoutes {
    /** Far above any need, so a typing slip cannot turn the budget off. */
    private static final int MAX_VERSIONS = 10_000;
    private static final int MAX_MEGABYTES = 100_000;

    private final QuarterBudgets budgets;
    private final Regions regions;
    private final Intake intake;

    BudgetRoutes(QuarterBudgets budgets, Regions regions, Intake intake) {
        this.budgets = budgets;
        this.regions = regions;
        this.intake = intake;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/periods/{period}/regions/{region}/budget", this::show);
        config.routes.put("/api/periods/{period}/regions/{region}/budget", this::raise);
    }

    private void show(Context ctx) {
        Region region = PathParams.region(ctx, regions);
        Authentication.requireRegion(ctx, region.id());
        ctx.json(view(budgets.use(PathParams.period(ctx).toString(), region.id())));
    }

    private void raise(Context ctx) {
        Principal p = Authentication.requireController(ctx);
        Period period = PathParams.period(ctx);
        Region region = PathParams.region(ctx, regions);
        JsonNode body = JsonBodies.optional(ctx, intake);
        String reason = body.path("reason").asText("").trim();
        if (reason.isEmpty()) {
            throw ApiProblem.badRequest("reason_required", "Raising a budget needs a reason: {\"versions\": 60, \"megabytes\": 200, \"reason\": \"...\"}",
                    "Ange ett skäl för att höja gränsen.");
        }
        BudgetUse now = budgets.use(period.toString(), region.id());
        int versions = bounded(body, "versions", now.budget().versions(), MAX_VERSIONS, "antal versioner");
        int megabytes = bounded(body, "megabytes", now.budget().megabytes(), MAX_MEGABYTES, "megabyte");
        ctx.json(view(budgets.raise(period.toString(), region.id(), QuarterBudget.of(versions, megabytes), Authentication.actor(p), reason)));
    }

    private static int bounded(JsonNode body, String field, int current, int max, String swedish) {
        JsonNode n = body.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return current;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < 1 || n.asInt() > max) {
            throw ApiProblem.badRequest("bad_budget", "Field '" + field + "' must be a whole number from 1 to " + max,
                    "Fältet '" + field + "' (" + swedish + ") ska vara ett heltal från 1 till " + SwedishNumbers.number(BigDecimal.valueOf(max), 0) + ".");
        }
        return n.asInt();
    }

    static Map<String, Object> view(BudgetUse u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", u.period());
        m.put("region", u.region());
        m.put("versions", usedAndLimit(u.versions(), u.budget().versions()));
        m.put("bytes", usedAndLimit(u.bytes(), u.budget().bytes()));
        m.put("raisedBy", u.raisedBy());
        m.put("reason", u.reason());
        return m;
    }

    private static Map<String, Object> usedAndLimit(long used, long limit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("used", used);
        m.put("limit", limit);
        return m;
    }

    /** 409, saying what is used up and that the controller can raise it; nothing was stored. */
    static ApiProblem exceeded(BudgetExceededException e) {
        BudgetUse u = e.use();
        if (e.versionsUsedUp()) {
            return new ApiProblem(409, "quarter_budget_exceeded", "Region " + u.region() + " has stored " + u.versions() + " versions for "
                    + u.period() + ", the most allowed per region and quarter; nothing was stored. The controller can raise the limit",
                    "Regionen har redan lämnat " + u.versions() + " versioner för " + u.period() + ", det högsta som tas emot per region och kvartal."
                            + " Inget har sparats. Kontakta koncerncontrollern, som kan höja gränsen om fler versioner behövs.");
        }
        return new ApiProblem(409, "quarter_budget_exceeded", "Region " + u.region() + " has stored " + u.bytes() + " of its " + u.budget().bytes()
                + " bytes for " + u.period() + " and this version needs " + e.newBytes() + " more; nothing was stored. The controller can raise the limit",
                "Regionens versioner för " + u.period() + " tar redan " + megabytes(u.bytes()) + " MB av de " + megabytes(u.budget().bytes())
                        + " MB som sparas per region och kvartal, och den här filen behöver " + megabytes(e.newBytes()) + " MB till."
                        + " Inget har sparats. Kontakta koncerncontrollern, som kan höja gränsen.");
    }

    private static String megabytes(long bytes) {
        return SwedishNumbers.number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP), 1);
    }
}
