package goalbook.http;

import goalbook.goals.Regions;
import goalbook.goals.StructureCatalog;
import io.javalin.config.JavalinConfig;

/** {@code GET /api/structures}, {@code /api/structures/{id}} and {@code /api/regions}: readable by every authenticated role. */
final class StructureRoutes {
    private StructureRoutes() {}

    static void register(JavalinConfig config, StructureCatalog catalog, Regions regions) {
        config.routes.get("/api/structures", ctx -> ctx.json(catalog.all().stream().map(StructureView::summary).toList()));
        config.routes.get("/api/structures/{id}", ctx -> ctx.json(StructureView.of(catalog.byId(ctx.pathParam("id"))
                .orElseThrow(() -> ApiProblem.notFound("unknown_structure", "Unknown structure '" + ctx.pathParam("id") + "'",
                        "Okänd målstruktur '" + ctx.pathParam("id") + "'.")))));
        config.routes.get("/api/regions", ctx -> ctx.json(regions.all().stream().map(StructureView::region).toList()));
    }
}
