package goalbook.http;

import io.javalin.http.Context;

/** Sends a workbook as an attachment with a server-made file name (RFC 6266). */
final class Downloads {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Downloads() {}

    /** @param fileName ASCII only, made by the server, e.g. {@code goalbook-2024-Q2-nord-mall.xlsx} */
    static void xlsx(Context ctx, byte[] bytes, String fileName) {
        if (!fileName.matches("[A-Za-z0-9._-]+")) {
            throw new IllegalArgumentException("server-made file names are plain ASCII, got " + fileName);
        }
        ctx.contentType(XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "private, no-store")
                .result(bytes);
    }

    /** Does the client ask for the workbook rather than JSON? */
    static boolean wantsXlsx(Context ctx) {
        String accept = ctx.header("Accept");
        return accept != null && accept.contains(XLSX);
    }
}
