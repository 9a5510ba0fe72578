package goalbook.http;

import goalbook.storage.StorageException;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Failures that are the server's state, not the caller's request: out of memory, a full disk, a
 * read-only database. Each is a 503 with {@code Retry-After} and a Swedish message saying that nothing
 * was saved, so a region knows to send again later rather than fix its workbook.
 */
enum ServerTrouble {
    OUT_OF_MEMORY("out_of_memory", "The server ran out of memory; retry shortly", "60",
            "Servern har för lite minne just nu och kunde inte behandla begäran. Inget sparades. Försök igen om en stund."),
    STORAGE_FULL("storage_full", "The server's storage is full; nothing was saved", "300",
            "Serverns lagringsutrymme är fullt, så inget kunde sparas: din inlämning är inte sparad. Försök igen senare"
                    + " och kontakta koncerncontrollern om felet kvarstår."),
    STORAGE_READ_ONLY("storage_read_only", "The server's database cannot be written; nothing was saved", "300",
            "Serverns databas går inte att skriva till just nu, så din inlämning är inte sparad. Försök igen senare"
                    + " och kontakta koncerncontrollern om felet kvarstår.");

    private static final Logger LOG = LoggerFactory.getLogger(ServerTrouble.class);

    final String type;
    final String title;
    final String retryAfterSeconds;
    final String sv;

    ServerTrouble(String type, String title, String retryAfterSeconds, String sv) {
        this.type = type;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
        this.sv = sv;
    }

    /** The trouble behind {@code t} or one of its causes, or null for any other failure. */
    static ServerTrouble of(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return OUT_OF_MEMORY;
            }
        }
        if (StorageException.isFull(t)) {
            return STORAGE_FULL;
        }
        return StorageException.isReadOnly(t) ? STORAGE_READ_ONLY : null;
    }

    /** Javalin's last resort for an Error: written straight to the servlet response, from constant text, so it needs little memory. */
    static void writeError(HttpServletResponse res, Throwable error) {
        ServerTrouble trouble = of(error);
        LOG.error("fatal error while serving a request", error);
        if (res.isCommitted()) {
            return;
        }
        int status = trouble == null ? 500 : 503;
        String body = trouble == null
                ? problem("internal_error", "Internal server error", 500, "Ett oväntat fel uppstod i servern. Försök igen eller kontakta koncerncontrollern.")
                : problem(trouble.type, trouble.title, 503, trouble.sv);
        try {
            res.resetBuffer();
            res.setStatus(status);
            res.setContentType(ProblemJson.MEDIA_TYPE + ";charset=utf-8");
            res.setHeader("X-Content-Type-Options", "nosniff");
            res.setHeader("Content-Security-Policy", SecurityHeaders.DEFAULT_CSP);
            res.setHeader("Cache-Control", "no-store");
            if (trouble != null) {
                res.setHeader("Retry-After", trouble.retryAfterSeconds);
            }
            res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException | RuntimeException e) {
            error.addSuppressed(e); // the client is gone or the response is broken: nothing more to say
        }
    }

    private static String problem(String type, String title, int status, String sv) {
        return "{\"type\":\"https://goalbook.example/problems/" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"sv\":\"" + sv + "\"}";
    }
}
