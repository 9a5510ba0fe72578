package goalbook.http;

import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.storage.StoredReportJson;
import goalbook.storage.StoredVersion;
import goalbook.storage.SubmissionStore;
import goalbook.submissions.VersionDiff;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;

/** What changed between two versions of a region's report; for the region itself and the controller. */
final class DiffRoutes {
    private final SubmissionStore store;
    private final Regions regions;

    DiffRoutes(SubmissionStore store, Regions regions) {
        this.store = store;
        this.regions = regions;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/periods/{period}/regions/{region}/submissions/{version}/diff/{other}", this::diff);
    }

    private void diff(Context ctx) {
        Period period = PathParams.period(ctx);
        Region region = PathParams.region(ctx, regions);
        Authentication.requireRegion(ctx, region.id());
        StoredVersion from = version(period, region, ctx.pathParam("version"));
        StoredVersion to = version(period, region, ctx.pathParam("other"));
        ctx.json(VersionDiff.between(from.version(), StoredReportJson.read(from.reportJson()), to.version(), StoredReportJson.read(to.reportJson())));
    }

    private StoredVersion version(Period period, Region region, String text) {
        int v;
        try {
            v = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiProblem.badRequest("bad_version", "Version must be a whole number, got '" + text + "'", "Versionen måste vara ett heltal.");
        }
        return store.version(period.toString(), region.id(), v).orElseThrow(() -> ApiProblem.notFound("unknown_version",
                "No version " + v + " for " + region.id() + " in " + period, "Version " + v + " finns inte för " + region.name() + " " + period + "."));
    }
}
