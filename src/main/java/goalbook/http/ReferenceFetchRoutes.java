package goalbook.http;

import goalbook.access.Principal;
import goalbook.goals.GoalStructure;
import goalbook.goals.StructureCatalog;
import goalbook.sources.FetchFailedException;
import goalbook.sources.FetchFailure;
import goalbook.sources.FetchPreview;
import goalbook.sources.ScbReference;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/reference/{structure}/{year}/fetch-preview} and {@code POST …/fetch}: comparison values
 * from Statistics Sweden, previewed per region and measure, saved as one new version or not at all.
 */
final class ReferenceFetchRoutes {
    private final StructureCatalog catalog;
    private final ScbReference scb;

    ReferenceFetchRoutes(StructureCatalog catalog, ScbReference scb) {
        this.catalog = catalog;
        this.scb = scb;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/reference/{structure}/{year}/fetch-preview", this::preview);
        config.routes.post("/api/reference/{structure}/{year}/fetch", this::fetch);
    }

    private void preview(Context ctx) {
        Authentication.requireController(ctx);
        GoalStructure s = mapped(ctx);
        FetchPreview p = scb.preview(s, ReferenceRoutes.year(ctx, s));
        ctx.json(p);
    }

    private void fetch(Context ctx) {
        Principal principal = Authentication.requireController(ctx);
        GoalStructure s = mapped(ctx);
        int year = ReferenceRoutes.year(ctx, s);
        boolean overwrite = "true".equals(ctx.queryParam("overwriteHandTyped"));
        try {
            int version = scb.fetch(s, year, Authentication.actor(principal), overwrite);
            ctx.status(201).json(Map.of("structure", s.id(), "year", year, "version", version, "source", "scb"));
        } catch (FetchFailedException e) {
            throw failed(e);
        }
    }

    /**
     * 502 fetch_failed listing every failed region/measure, or 409 hand_typed_values listing the values a
     * save would overwrite ({@code ?overwriteHandTyped=true} saves anyway); nothing is saved in either.
     */
    static ApiProblem failed(FetchFailedException e) {
        List<Map<String, Object>> problems = e.failures().stream().map(ReferenceFetchRoutes::problem).toList();
        int n = problems.size();
        if (e.handTyped()) {
            return new ApiProblem(409, "hand_typed_values", n + " value(s) typed by hand would be overwritten; nothing was saved (add ?overwriteHandTyped=true to save anyway)",
                    n + " värde(n) som skrivits in för hand skulle skrivas över; inget sparades. Hämta igen med överskrivning om SCB:s värden ska gälla.", problems);
        }
        return new ApiProblem(502, "fetch_failed", n + " value(s) could not be fetched from Statistics Sweden; nothing was saved",
                n + " värde(n) kunde inte hämtas från SCB; inget sparades.", problems);
    }

    private static Map<String, Object> problem(FetchFailure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", f.region());
        m.put("measure", f.measure());
        m.put("title", f.title());
        m.put("sv", f.sv());
        return m;
    }

    private GoalStructure mapped(Context ctx) {
        String id = ctx.pathParam("structure");
        GoalStructure s = catalog.byId(id).orElseThrow(() -> ApiProblem.notFound("unknown_structure", "Unknown structure '" + id + "'",
                "Okänd målstruktur '" + id + "'."));
        if (scb == null || !scb.maps(s)) {
            throw ApiProblem.notFound("no_source", "No source of comparison values is mapped for structure '" + id + "'",
                    "Ingen källa för jämförelsevärden är angiven för målstrukturen '" + id + "' (templates/sources/scb.yaml).");
        }
        return s;
    }
}
