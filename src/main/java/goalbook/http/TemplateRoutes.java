package goalbook.http;

import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.goals.StructureCatalog;
import goalbook.submissions.ReferenceDataService;
import goalbook.workbook.template.TemplateCache;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** {@code GET /api/periods/{year}-Q{n}/regions/{region}/template.xlsx}: the region's own template, or any for the controller. */
final class TemplateRoutes {
    private final StructureCatalog catalog;
    private final Regions regions;
    private final ReferenceDataService reference;
    private final TemplateCache templates;

    TemplateRoutes(StructureCatalog catalog, Regions regions, ReferenceDataService reference, TemplateCache templates) {
        this.catalog = catalog;
        this.regions = regions;
        this.reference = reference;
        this.templates = templates;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/periods/{period}/regions/{region}/template.xlsx", this::template);
    }

    private void template(Context ctx) {
        Period period = PathParams.period(ctx);
        Region region = PathParams.region(ctx, regions);
        Authentication.requireRegion(ctx, region.id());
        GoalStructure s = PathParams.structureFor(period, catalog);
        byte[] bytes = templates.template(s, region, period, reference.resolved(s, period, region.id()));
        Downloads.xlsx(ctx, bytes, "goalbook-" + period + "-" + region.id() + "-mall.xlsx");
    }
}
