package goalbook.http;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads an uploaded workbook, never beyond the size limit; client file names never touch the file system. */
final class Uploads {
    private Uploads() {}

    /** A workbook sent either as the raw body (Content-Type xlsx) or as the multipart field {@code file}. */
    static byte[] workbookBody(Context ctx, long maxUploadBytes, Intake intake) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (type.startsWith("multipart/form-data")) {
            return multipartFile(ctx, maxUploadBytes, intake);
        }
        if (ctx.contentLength() > maxUploadBytes) {
            throw tooLarge(maxUploadBytes);
        }
        byte[] body = intake.body(ctx, ctx::bodyAsBytes);
        if (body.length > maxUploadBytes) {
            throw tooLarge(maxUploadBytes);
        }
        return body;
    }

    /** The one file part {@code file}, read whole but never beyond the size limit; client file names are ignored. */
    static byte[] multipartFile(Context ctx, long maxUploadBytes, Intake intake) {
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        if (!type.startsWith("multipart/form-data")) {
            throw new ApiProblem(415, "not_multipart", "Send the workbook as multipart/form-data in the field 'file'",
                    "Skicka arbetsboken som en filuppladdning (fältet 'file').");
        }
        if (ctx.contentLength() > maxUploadBytes + 64 * 1024) {
            throw tooLarge(maxUploadBytes);
        }
        List<UploadedFile> all;
        try {
            all = intake.body(ctx, ctx::uploadedFiles);
        } catch (ApiProblem e) {
            throw e;
        } catch (Exception e) { // Jetty throws ServletException unchecked through Kotlin
            // Jetty refuses a malformed body (no parts, cut off, bad boundary): the client's mistake, not ours.
            throw new ApiProblem(400, "bad_multipart", "The multipart body cannot be read",
                    "Filen kom inte fram hel. Försök skicka igen.");
        }
        if (all.size() != 1 || ctx.uploadedFile("file") == null) {
            throw new ApiProblem(400, "one_file_part", "Expected exactly one file part named 'file', got " + all.size(),
                    "Skicka exakt en fil i fältet 'file'.");
        }
        UploadedFile f = ctx.uploadedFile("file");
        if (f.size() > maxUploadBytes) {
            throw tooLarge(maxUploadBytes);
        }
        try (InputStream in = f.content()) {
            return in.readNBytes((int) maxUploadBytes + 1);
        } catch (IOException e) {
            throw new ApiProblem(400, "upload_unreadable", "The upload could not be read", "Filen kunde inte tas emot. Försök igen.");
        }
    }

    static ApiProblem tooLarge(long maxUploadBytes) {
        return new ApiProblem(413, "too_large", "The workbook is larger than " + maxUploadBytes / (1024 * 1024) + " MiB",
                "Filen är för stor (högst " + maxUploadBytes / (1024 * 1024) + " MB). Ta bort bilder eller extra blad och försök igen.");
    }
}
