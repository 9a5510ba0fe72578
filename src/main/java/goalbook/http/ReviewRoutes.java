package goalbook.http;

import com.fasterxml.jackson.databind.JsonNode;
import goalbook.access.Principal;
import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.goals.StructureCatalog;
import goalbook.storage.GoalComment;
import goalbook.storage.Review;
import goalbook.storage.ReviewState;
import goalbook.storage.ReviewStore;
import goalbook.storage.SubmissionStore;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The controller's review of a region's latest version (accept, or return with a reason and goal
 * comments) and the conversation per goal, which the region and the controller both write to.
 */
final class ReviewRoutes {
    /** A reason or comment is a few sentences; longer text belongs in the report's own comment cells. */
    static final int MAX_TEXT = 2000;
    private static final int MAX_COMMENTS = 100;

    private final ReviewStore reviews;
    private final SubmissionStore versions;
    private final Regions regions;
    private final StructureCatalog catalog;
    private final Intake intake;

    ReviewRoutes(ReviewStore reviews, SubmissionStore versions, Regions regions, StructureCatalog catalog, Intake intake) {
        this.reviews = reviews;
        this.versions = versions;
        this.regions = regions;
        this.catalog = catalog;
        this.intake = intake;
    }

    void register(JavalinConfig config) {
        config.routes.get("/api/periods/{period}/regions/{region}/review", this::show);
        config.routes.post("/api/periods/{period}/regions/{region}/review", this::decide);
        config.routes.get("/api/periods/{period}/regions/{region}/comments", this::comments);
        config.routes.post("/api/periods/{period}/regions/{region}/comments", this::comment);
    }

    private void show(Context ctx) {
        Period period = PathParams.periodWithStructure(ctx, catalog);
        Region region = PathParams.region(ctx, regions);
        Authentication.requireRegion(ctx, region.id());
        ctx.json(ReviewView.of(period.toString(), region.id(), versions.latest(period.toString(), region.id()).orElse(null),
                reviews.history(period.toString(), region.id())));
    }

    private void decide(Context ctx) {
        Principal p = Authentication.requireController(ctx);
        Period period = PathParams.periodWithStructure(ctx, catalog);
        Region region = PathParams.region(ctx, regions);
        GoalStructure structure = PathParams.structureFor(period, catalog);
        JsonNode body = JsonBodies.optional(ctx, intake);
        ReviewState decision = switch (body.path("decision").asText("")) {
            case "accepted" -> ReviewState.ACCEPTED;
            case "returned" -> ReviewState.RETURNED;
            default -> throw ApiProblem.badRequest("bad_decision", "Field 'decision' must be \"accepted\" or \"returned\"",
                    "Ange beslut: godkänd (\"accepted\") eller återförvisad (\"returned\").");
        };
        String reason = text(body, "reason", "skäl");
        if (decision == ReviewState.RETURNED && reason == null) {
            throw ApiProblem.badRequest("reason_required", "Returning a version needs a reason: {\"decision\": \"returned\", \"reason\": \"...\"}",
                    "Ange ett skäl när rapporten återförvisas, så att regionen vet vad som ska rättas.");
        }
        String override = text(body, "override", "skäl att godkänna ändå");
        JsonNode v = body.path("version");
        if (!v.isMissingNode() && !(v.isIntegralNumber() && v.asInt() >= 1)) {
            throw ApiProblem.badRequest("bad_version", "Field 'version' must be a version number from 1",
                    "Fältet 'version' ska vara ett versionsnummer från 1.");
        }
        List<ReviewStore.NewComment> comments = new ArrayList<>();
        JsonNode list = body.path("comments");
        if (!list.isMissingNode() && (!list.isArray() || list.size() > MAX_COMMENTS)) {
            throw ApiProblem.badRequest("bad_comment", "Field 'comments' must be a list of at most " + MAX_COMMENTS + " {\"goalId\", \"text\"}",
                    "Fältet 'comments' ska vara en lista med högst " + MAX_COMMENTS + " kommentarer.");
        }
        for (JsonNode c : list) {
            comments.add(newComment(c, structure));
        }
        Review r = reviews.decide(period.toString(), region.id(), v.isMissingNode() ? 0 : v.asInt(), decision, reason, override, comments,
                Authentication.actor(p));
        ctx.status(201).json(ReviewView.decision(r));
    }

    private void comments(Context ctx) {
        Period period = PathParams.periodWithStructure(ctx, catalog);
        Region region = PathParams.region(ctx, regions);
        Authentication.requireRegion(ctx, region.id());
        ctx.json(threads(PathParams.structureFor(period, catalog), reviews.comments(period.toString(), region.id())));
    }

    private void comment(Context ctx) {
        Period period = PathParams.periodWithStructure(ctx, catalog);
        Region region = PathParams.region(ctx, regions);
        Principal p = Authentication.requireRegion(ctx, region.id());
        ReviewStore.NewComment c = newComment(JsonBodies.optional(ctx, intake), PathParams.structureFor(period, catalog));
        GoalComment written = reviews.comment(period.toString(), region.id(), c, p.isController(), Authentication.actor(p));
        ctx.status(201).json(ReviewView.comment(written));
    }

    private static ReviewStore.NewComment newComment(JsonNode c, GoalStructure structure) {
        String goalId = c.path("goalId").asText("");
        if (structure.goal(goalId).isEmpty()) {
            throw ApiProblem.badRequest("unknown_goal", "Field 'goalId': no goal '" + goalId + "' in " + structure.id(),
                    "Målet '" + goalId + "' finns inte i målstrukturen " + structure.id() + ".");
        }
        String text = text(c, "text", "kommentar");
        if (text == null) {
            throw ApiProblem.badRequest("comment_required", "Field 'text' must hold the comment",
                    "Skriv kommentaren i fältet 'text'.");
        }
        return new ReviewStore.NewComment(goalId, text);
    }

    /** The trimmed text of {@code field}, null when absent or blank; 400 naming the field when too long. */
    private static String text(JsonNode body, String field, String swedish) {
        JsonNode n = body.path(field);
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        String t = n.asText("").strip();
        if (t.length() > MAX_TEXT) {
            throw ApiProblem.badRequest("text_too_long", "Field '" + field + "' is longer than " + MAX_TEXT + " characters",
                    "Fältet '" + field + "' (" + swedish + ") får vara högst " + MAX_TEXT + " tecken.");
        }
        return t.isEmpty() ? null : t;
    }

    /** Per goal that has entries, in the structure's order: its number and name, then the entries in the order written. */
    static Map<String, Object> threads(GoalStructure structure, List<GoalComment> all) {
        List<Map<String, Object>> threads = new ArrayList<>();
        for (Goal g : structure.goals()) {
            List<Map<String, Object>> entries = all.stream().filter(c -> c.goalId().equals(g.id())).map(ReviewView::comment).toList();
            if (!entries.isEmpty()) {
                Map<String, Object> t = new LinkedHashMap<>();
                t.put("goalId", g.id());
                t.put("goalNumber", g.number());
                t.put("goalName", g.name());
                t.put("comments", entries);
                threads.add(t);
            }
        }
        return Map.of("threads", threads);
    }
}
