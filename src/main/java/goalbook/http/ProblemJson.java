package goalbook.http;

import goalbook.workbook.intake.WorkbookRefusedException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps every exception to one problem+json answer, in one place; no stack trace ever leaves the server. */
final class ProblemJson {
    static final String MEDIA_TYPE = "application/problem+json";
    private static final String WRITTEN = "goalbook.problemWritten";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemJson.class);

    private ProblemJson() {}

    static void register(JavalinConfig config) {
        config.routes.exception(ApiProblem.class, (e, ctx) -> write(ctx, e.status, e.type, e.getMessage(), e.sv, e.problems));
        config.routes.exception(WorkbookRefusedException.class, (e, ctx) ->
                write(ctx, e.status(), e.code(), e.title(), e.swedish(), List.of()));
        config.routes.exception(goalbook.submissions.ServerBusyException.class, (e, ctx) -> {
            ctx.header("Retry-After", "5");
            write(ctx, 503, "busy", "Too many workbooks are being checked at once; retry shortly",
                    "Servern kontrollerar många arbetsböcker just nu. Försök igen om en liten stund.", List.of());
        });
        config.routes.exception(goalbook.storage.PeriodLockedException.class, (e, ctx) -> {
            goalbook.storage.Approval a = e.approval();
            String when = goalbook.text.SwedishDates.minute(a.at());
            write(ctx, 409, "period_approved", "Period " + a.period() + " was approved at " + a.at() + " by " + a.actor()
                    + "; no more submissions are taken", "Kvartalet " + a.period() + " är godkänt (" + when + " av " + a.actor()
                    + "). Nya inlämningar tas inte emot. Kontakta koncerncontrollern om kvartalet behöver öppnas igen.", List.of());
        });
        config.routes.exception(goalbook.storage.BudgetExceededException.class, (e, ctx) -> {
            ApiProblem p = BudgetRoutes.exceeded(e);
            write(ctx, p.status, p.type, p.getMessage(), p.sv, List.of());
        });
        config.routes.exception(goalbook.storage.ReviewRefusedException.class, (e, ctx) -> {
            ApiProblem p = ReviewProblems.refused(e);
            write(ctx, p.status, p.type, p.getMessage(), p.sv, List.of());
        });
        config.routes.exception(io.javalin.http.HttpResponseException.class, (e, ctx) ->
                write(ctx, e.getStatus(), "http_" + e.getStatus(), e.getMessage(), "Begäran kunde inte behandlas.", List.of()));
        config.routes.exception(Exception.class, (e, ctx) -> {
            ServerTrouble trouble = ServerTrouble.of(e);
            if (trouble != null) {
                LOG.error("{} on {} {}", trouble.type, ctx.method(), ctx.path(), e);
                ctx.header("Retry-After", trouble.retryAfterSeconds);
                write(ctx, 503, trouble.type, trouble.title, trouble.sv, List.of());
                return;
            }
            LOG.error("unexpected error on {} {}", ctx.method(), ctx.path(), e);
            write(ctx, 500, "internal_error", "Internal server error", "Ett oväntat fel uppstod i servern. Försök igen eller kontakta koncerncontrollern.", List.of());
        });
        // An Error (out of memory) bypasses the exception mappers: Javalin would answer an empty text/plain 500.
        config.router.javaLangErrorHandler((res, error) -> ServerTrouble.writeError(res, error));
        config.routes.error(404, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, 404, "not_found", "No such resource: " + ctx.path(), "Adressen finns inte.", List.of());
            }
        });
    }

    static void write(Context ctx, int status, String type, String title, String sv, List<?> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://goalbook.example/problems/" + type);
        body.put("title", title);
        body.put("status", status);
        body.put("sv", sv);
        body.put("instance", ctx.path());
        if (!problems.isEmpty()) {
            body.put("problems", problems);
        }
        ctx.attribute(WRITTEN, Boolean.TRUE);
        if (status == 413 || "bad_multipart".equals(type)) {
            // the request body was not read to its end: the connection cannot carry another request
            ctx.header("Connection", "close");
        }
        ctx.status(status).json(body).contentType(MEDIA_TYPE);
    }
}
