package goalbook.http;

import goalbook.access.Principal;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.submissions.ReportJson;
import goalbook.submissions.StoredReport;
import goalbook.submissions.StoredVersion;
import goalbook.submissions.SubmissionService;
import goalbook.submissions.SubmissionStore;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Submit, dry-run, list and download versions of a region's workbook for a period. */
final class SubmissionRoutes {
    private static final String BASE = "/api/periods/{period}/regions/{region}";

    private final SubmissionService service;
    private final SubmissionStore store;
    private final Regions regions;
    private final long maxUploadBytes;

    SubmissionRoutes(SubmissionService service, SubmissionStore store, Regions regions, long maxUploadBytes) {
        this.service = service;
        this.store = store;
        this.regions = regions;
        this.maxUploadBytes = maxUploadBytes;
    }

    void register(JavalinConfig config) {
        config.routes.post(BASE + "/submissions", this::submit);
        config.routes.post(BASE + "/validate", this::validate);
        config.routes.get(BASE + "/submissions", this::list);
        config.routes.get(BASE + "/submissions/{version}/original.xlsx", ctx -> download(ctx, false));
        config.routes.get(BASE + "/submissions/{version}/annotated.xlsx", ctx -> download(ctx, true));
    }

    private void submit(Context ctx) {
        Period period = PathParams.period(ctx);
        Region region = PathParams.region(ctx, regions);
        Principal p = Authentication.requireRegion(ctx, region.id());
        SubmissionService.Outcome o = service.submit(period, region.id(), p.name(), upload(ctx));
        StoredVersion v = o.stored().orElseThrow();
        ctx.status(v.created() ? 201 : 200).header("Location", ctx.path() + "/" + v.version());
        answer(ctx, o, v.version(), "goalbook-" + period + "-" + region.id() + "-v" + v.version() + "-granskad.xlsx");
    }

    private void validate(Context ctx) {
        Period period = PathParams.period(ctx);
        Region region = PathParams.region(ctx, regions);
        Authentication.requireRegion(ctx, region.id());
        SubmissionService.Outcome o = service.validate(period, region.id(), upload(ctx));
        answer(ctx, o, null, "goalbook-" + period + "-" + region.id() + "-kontroll.xlsx");
    }

    private static void answer(Context ctx, SubmissionService.Outcome o, Integer version, String fileName) {
        if (Downloads.wantsXlsx(ctx)) {
            Downloads.xlsx(ctx, o.annotated(), fileName);
        } else {
            ctx.json(ReportJson.api(o.report(), version, o.sha256(), o.inputs()));
        }
    }

    private void list(Context ctx) {
        Period period = PathParams.period(ctx);
        Region region = PathParams.region(ctx, regions);
        Authentication.requireRegion(ctx, region.id());
        List<Map<String, Object>> versions = store.versions(period.toString(), region.id()).stream().map(SubmissionRoutes::summary).toList();
        ctx.json(versions);
    }

    private static Map<String, Object> summary(StoredVersion v) {
        StoredReport r = ReportJson.readStored(v.reportJson());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("time", v.createdAt().toString());
        m.put("who", v.actor());
        m.put("sha256", v.sha256());
        m.put("valid", v.valid());
        Map<String, String> statuses = new LinkedHashMap<>();
        r.report().goals().forEach(g -> statuses.put(g.id(), g.status().name()));
        m.put("goals", statuses);
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
        byte[] bytes = (annotated ? store.annotated(period.toString(), region.id(), version) : store.original(period.toString(), region.id(), version))
                .orElseThrow(() -> ApiProblem.notFound("unknown_version", "No version " + version + " for " + region.id() + " in " + period,
                        "Version " + version + " finns inte för " + region.name() + " " + period + "."));
        Downloads.xlsx(ctx, bytes, "goalbook-" + period + "-" + region.id() + "-v" + version + (annotated ? "-granskad" : "-original") + ".xlsx");
    }

    /** The one file part {@code file}, read whole but never beyond the size limit; client file names are ignored. */
    private byte[] upload(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("multipart/form-data")) {
            throw new ApiProblem(415, "not_multipart", "Send the workbook as multipart/form-data in the field 'file'",
                    "Skicka arbetsboken som en filuppladdning (fältet 'file').");
        }
        if (ctx.contentLength() > maxUploadBytes + 64 * 1024) {
            throw tooLarge();
        }
        List<UploadedFile> all = ctx.uploadedFiles();
        if (all.size() != 1 || ctx.uploadedFile("file") == null) {
            throw new ApiProblem(400, "one_file_part", "Expected exactly one file part named 'file', got " + all.size(),
                    "Skicka exakt en fil i fältet 'file'.");
        }
        UploadedFile f = ctx.uploadedFile("file");
        if (f.size() > maxUploadBytes) {
            throw tooLarge();
        }
        try (InputStream in = f.content()) {
            return in.readNBytes((int) maxUploadBytes + 1);
        } catch (IOException e) {
            throw new ApiProblem(400, "upload_unreadable", "The upload could not be read", "Filen kunde inte tas emot. Försök igen.");
        }
    }

    private ApiProblem tooLarge() {
        return new ApiProblem(413, "too_large", "The workbook is larger than " + maxUploadBytes / (1024 * 1024) + " MiB",
                "Filen är för stor (högst " + maxUploadBytes / (1024 * 1024) + " MB). Ta bort bilder eller extra blad och försök igen.");
    }
}
