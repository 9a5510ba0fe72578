package goalbook.http;

import goalbook.access.Principal;
import goalbook.goals.GoalStructure;
import goalbook.goals.StructureCatalog;
import goalbook.reference.ReferenceDataException;
import goalbook.reference.ReferenceJson;
import goalbook.submissions.ReferenceDataService;
import goalbook.workbook.intake.UploadLimits;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET|PUT /api/reference/{structure}/{year}}: the controller's reference data as JSON, versioned. */
final class ReferenceRoutes {
    private final StructureCatalog catalog;
    private final ReferenceDataService reference;

    private final UploadLimits limits;
    private final long maxUploadBytes;

    private final Intake intake;

    ReferenceRoutes(StructureCatalog catalog, ReferenceDataService reference, UploadLimits limits, Intake intake) {
        this.catalog = catalog;
        this.intake = intake;
        this.reference = reference;
        this.limits = limits;
        this.maxUploadBytes = limits.maxBytes();
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/reference/{structure}/{year}", this::get);
        config.routes.put("/api/reference/{structure}/{year}", intake.upload(this::put));
    }

    private void get(Context ctx) {
        Authentication.requireController(ctx);
        GoalStructure s = structure(ctx);
        int year = year(ctx, s);
        if (asWorkbook(ctx)) {
            Downloads.xlsx(ctx, reference.workbook(s, year), "goalbook-referensdata-" + s.id() + "-" + year + ".xlsx");
            return;
        }
        ctx.contentType("application/json").result(reference.latest(s, year).map(ReferenceJson::write).orElse("{\"regions\":{},\"group\":{}}"));
    }

    private void put(Context ctx) {
        Principal p = Authentication.requireController(ctx);
        GoalStructure s = structure(ctx);
        int year = year(ctx, s);
        try {
            int version = asWorkbook(ctx) || isWorkbookBody(ctx)
                    ? reference.putWorkbook(s, year, Uploads.workbookBody(ctx, maxUploadBytes, intake), limits, Authentication.actor(p))
                    : reference.put(s, year, intake.body(ctx, ctx::body), Authentication.actor(p));
            ctx.json(Map.of("structure", s.id(), "year", year, "version", version));
        } catch (ReferenceDataException e) {
            throw invalid(e);
        }
    }

    /**
     * 422 with every problem, e.g. {@code {"field":"regions.nord.jmf_andel_kvinnor.Q2","cell":"Referensdata!F7",
     * "severity":"ERROR","message":"Almi Nord, ...: en andel ska vara mellan 0 % och 100 %, angivet 120 %.",
     * "detail":"is a share and must be between 0 and 1 ..."}}: {@code message} in Swedish as in workbook reports.
     */
    static ApiProblem invalid(ReferenceDataException e) {
        List<Map<String, Object>> problems = e.problems().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("field", p.field());
            m.put("cell", p.cell());
            m.put("severity", "ERROR");
            m.put("message", p.swedish());
            m.put("detail", p.message());
            return m;
        }).toList();
        int n = problems.size();
        return new ApiProblem(422, "invalid_reference_data", "Reference data has " + n + " error(s); nothing was saved",
                "Referensdata sparades inte: " + (n == 1 ? "1 fel" : n + " fel") + " att rätta. Rätta och ladda upp igen.", problems);
    }

    private GoalStructure structure(Context ctx) {
        String id = ctx.pathParam("structure");
        return catalog.byId(id).orElseThrow(() -> ApiProblem.notFound("unknown_structure", "Unknown structure '" + id + "'",
                "Okänd målstruktur '" + id + "'."));
    }

    /** {@code /api/reference/almi-2021/2024.xlsx} asks for the workbook rather than JSON. */
    private static boolean asWorkbook(Context ctx) {
        return ctx.pathParam("year").endsWith(".xlsx");
    }

    private static boolean isWorkbookBody(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        return type.startsWith(Downloads.XLSX) || type.startsWith("multipart/form-data");
    }

    static int year(Context ctx, GoalStructure s) {
        String raw = ctx.pathParam("year").replaceFirst("\\.xlsx$", "");
        if (!raw.matches("\\d{4}")) {
            throw ApiProblem.badRequest("bad_year", "Year must be four digits, got '" + raw + "'", "Året ska anges med fyra siffror.");
        }
        int year = Integer.parseInt(raw);
        if (!s.appliesTo(year)) {
            throw new ApiProblem(422, "structure_not_in_force", "Structure " + s.id() + " does not apply to " + year,
                    "Målstrukturen " + s.name() + " gäller inte för " + year + ".");
        }
        return year;
    }
}
