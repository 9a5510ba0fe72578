package goalbook.http;

import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.goals.StructureCatalog;
import io.javalin.http.Context;

/** Reads and checks the {@code {period}} and {@code {region}} path parameters: 400 names the bad part, 404 the unknown thing. */
final class PathParams {
    private PathParams() {}

    static Period period(Context ctx) {
        String raw = ctx.pathParam("period");
        try {
            return Period.parse(raw);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("bad_period", "Bad period '" + raw + "': " + e.getMessage(),
                    "Ogiltig period '" + raw + "': ange år och kvartal som 2024-Q2 (kvartal 1–4).");
        }
    }

    static Region region(Context ctx, Regions regions) {
        String id = ctx.pathParam("region");
        return regions.byId(id).orElseThrow(() -> ApiProblem.notFound("unknown_region", "Unknown region '" + id + "'",
                "Okänd region '" + id + "'."));
    }

    /** The period, 404 when no goal structure applies to its year. */
    static Period periodWithStructure(Context ctx, StructureCatalog catalog) {
        Period p = period(ctx);
        structureFor(p, catalog);
        return p;
    }

    static GoalStructure structureFor(Period period, StructureCatalog catalog) {
        return catalog.forYear(period.year()).orElseThrow(() -> ApiProblem.notFound("unknown_structure",
                "No goal structure applies to " + period.year(), "Ingen målstruktur gäller för " + period.year() + "."));
    }
}
