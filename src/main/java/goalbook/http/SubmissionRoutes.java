package goalbook.http;

import goalbook.access.Principal;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.storage.StoredVersion;
import goalbook.submissions.SubmissionService;
import goalbook.storage.SubmissionStore;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Submit, dry-run, list and download versions of a region's workbook for a period. */
final class SubmissionRoutes {

    private final SubmissionService service;
    private final SubmissionStore store;
    private final goalbook.storage.ReviewStore reviews;
    private final Regions regions;
    private final long maxUploadBytes;
    private final Intake intake;

    SubmissionRoutes(SubmissionService service, SubmissionStore store, goalbook.storage.ReviewStore reviews, Regions regions,
                     long maxUploadBytes, Intake intake) {
        this.reviews = reviews;
        this.intake = intake;
        this.service = service;
        this.store = store;
        this.regions = regions;
        this.maxUploadBytes = maxUploadBytes;
    }

    void register(JavalinConfig config) {
        config.routes.post("/api/periods/{period}/regions/{region}/submissions", intake.upload(this::submit));
        config.routes.post("/api/periods/{period}/regions/{region}/validate", intake.upload(this::validate));
        config.routes.get("/api/periods/{period}/regions/{region}/submissions", this::list);
        config.routes.get("/api/periods/{period}/regions/{region}/submissions/{version}/original.xlsx", ctx -> download(ctx, false));
        config.routes.get("/api/periods/{period}/regions/{region}/submissions/{version}/annotated.xlsx", ctx -> download(ctx, true));
    }

    private void submit(Context ctx) {
        Period period = PathParams.period(ctx);
        Region region = PathParams.region(ctx, regions);
        Principal p = Authentication.requireRegion(ctx, region.id());
        String key = idempotencyKey(ctx);
        SubmissionService.Outcome o = service.submit(period, region.id(), Authentication.actor(p), Uploads.multipartFile(ctx, maxUploadBytes, intake), key,
                Downloads.wantsXlsx(ctx));
        StoredVersion v = o.stored().orElseThrow();
        if (!v.period().equals(period.toString()) || !v.region().equals(region.id())) {
            throw new ApiProblem(422, "idempotency_key_reused", "Idempotency-Key " + key + " was used for " + v.period() + "/" + v.region(),
                    "Nyckeln (Idempotency-Key) användes redan för en annan inlämning.");
        }
        ctx.status(v.created() ? 201 : 200).header("Location", ctx.path() + "/" + v.version());
        if (Downloads.wantsXlsx(ctx) && o.annotated() == null) {
            // a retry or the same bytes again: the stored version's copy, made now if it was stored without one
            o = new SubmissionService.Outcome(o.report(), o.inputs(), service.annotated(v.period(), v.region(), v.version()).orElseThrow(),
                    o.sha256(), o.stored());
        }
        answer(ctx, o, v.version(), "goalbook-" + period + "-" + region.id() + "-v" + v.version() + "-granskad.xlsx");
    }

    /** An optional {@code Idempotency-Key}: printable ASCII, at most 200 characters. */
    private static String idempotencyKey(Context ctx) {
        String key = ctx.header("Idempotency-Key");
        if (key == null) {
            return null;
        }
        if (!key.matches("[\\x21-\\x7E]{1,200}")) {
            throw ApiProblem.badRequest("bad_idempotency_key", "Idempotency-Key must be 1 to 200 printable ASCII characters",
                    "Ogiltig nyckel (Idempotency-Key).");
        }
        return key;
    }

    private void validate(Context ctx) {
        Period period = PathParams.period(ctx);
        Region region = PathParams.region(ctx, regions);
        Authentication.requireRegion(ctx, region.id());
        SubmissionService.Outcome o = service.validate(period, region.id(), Uploads.multipartFile(ctx, maxUploadBytes, intake), Downloads.wantsXlsx(ctx));
        answer(ctx, o, null, "goalbook-" + period + "-" + region.id() + "-kontroll.xlsx");
    }

    private static void answer(Context ctx, SubmissionService.Outcome o, Integer version, String fileName) {
        if (Downloads.wantsXlsx(ctx)) {
            Downloads.xlsx(ctx, o.annotated(), fileName);
        } else {
            ctx.json(ReportView.of(o.report(), version, o.sha256(), o.inputs()));
        }
    }

    private void list(Context ctx) {
        Period period = PathParams.period(ctx);
        Region region = PathParams.region(ctx, regions);
        Authentication.requireRegion(ctx, region.id());
        // the controller's last decision on each version, so the history reads "v2 Återförvisad: skäl"
        Map<Integer, goalbook.storage.Review> decided = new java.util.HashMap<>();
        reviews.history(period.toString(), region.id()).forEach(r -> decided.put(r.version(), r));
        List<Map<String, Object>> versions = store.history(period.toString(), region.id()).stream()
                .map(v -> summary(v, decided.get(v.version()))).toList();
        ctx.json(versions);
    }

    private static Map<String, Object> summary(goalbook.storage.VersionSummary v, goalbook.storage.Review review) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("time", v.createdAt().toString());
        m.put("who", v.actor());
        m.put("sha256", v.sha256());
        m.put("valid", v.valid());
        m.put("goals", v.goals());
        m.put("review", review == null ? null : ReviewView.decision(review));
        return m;
    }

    private void download(Context ctx, boolean annotated) {
        Period period = PathParams.period(ctx);
        Region region = PathParams.region(ctx, regions);
        Authentication.requireRegion(ctx, region.id());
        int version;
        try {
            version = Integer.parseInt(ctx.pathParam("version"));
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("bad_version", "Version must be a whole number, got '" + ctx.pathParam("version") + "'",
                    "Versionen måste vara ett heltal.");
        }
        byte[] bytes = (annotated ? service.annotated(period.toString(), region.id(), version) : store.original(period.toString(), region.id(), version))
                .orElseThrow(() -> ApiProblem.notFound("unknown_version", "No version " + version + " for " + region.id() + " in " + period,
                        "Version " + version + " finns inte för " + region.name() + " " + period + "."));
        Downloads.xlsx(ctx, bytes, "goalbook-" + period + "-" + region.id() + "-v" + version + (annotated ? "-granskad" : "-original") + ".xlsx");
    }
}
