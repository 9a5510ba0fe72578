package goalbook.http;

import goalbook.access.Principal;
import goalbook.access.Role;
import goalbook.goals.Period;
import goalbook.goals.StructureCatalog;
import goalbook.periods.PeriodService;
import goalbook.periods.QuarterResults;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/**
 * The quarter's results as data (JSON, CSV): the controller sees all rows, the board secretary all
 * rows once the quarter is approved, a region only its own rows.
 */
final class ResultsRoutes {
    private final QuarterResults results;
    private final PeriodService periods;
    private final StructureCatalog catalog;

    ResultsRoutes(QuarterResults results, PeriodService periods, StructureCatalog catalog) {
        this.results = results;
        this.periods = periods;
        this.catalog = catalog;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/periods/{period}/results", ctx -> ctx.json(visible(ctx)));
        config.routes.get("/api/periods/{period}/results.csv", this::csv);
    }

    private QuarterResults.Results visible(Context ctx) {
        Principal who = Authentication.principal(ctx);
        Period p = PathParams.periodWithStructure(ctx, catalog);
        if (who.isController()) {
            return results.of(p);
        }
        if (who.role() == Role.BOARD) {
            if (!periods.approval(p).map(a -> a.locks()).orElse(false)) {
                throw new ApiProblem(403, "forbidden", "The results of " + p + " are available to the board once the quarter is approved",
                        "Resultaten för " + p + " finns för styrelsen när kvartalet är godkänt.");
            }
            return results.of(p);
        }
        if (who.region() == null) {
            throw ApiProblem.forbidden("Only the controller, the board and regions may read results");
        }
        return results.of(p).only(who.region());
    }

    private void csv(Context ctx) {
        String sep = ctx.queryParam("sep");
        if (sep != null && !sep.equals("comma") && !sep.equals("semicolon")) {
            throw ApiProblem.badRequest("bad_separator", "sep must be 'semicolon' (default, Swedish Excel) or 'comma', got '" + sep + "'",
                    "Avgränsaren måste vara semicolon eller comma.");
        }
        QuarterResults.Results r = visible(ctx);
        boolean swedish = !"comma".equals(sep);
        String name = "goalbook-" + r.period() + "-resultat" + (swedish ? "" : "-comma") + ".csv";
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("Cache-Control", "private, no-store")
                .result(ResultsCsv.write(r, swedish));
    }
}
