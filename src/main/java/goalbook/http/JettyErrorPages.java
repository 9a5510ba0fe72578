package goalbook.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers Jetty writes itself, before Javalin sees a request (a malformed request line, a URI or
 * headers too large): problem+json with the same security headers as every other answer, instead of
 * Jetty's HTML page.
 */
final class JettyErrorPages extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        HttpFields.Mutable headers = response.getHeaders();
        securityHeaders(headers);
        response.write(true, ByteBuffer.wrap(body(code, request.getHttpURI().getPath())), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        securityHeaders(fields);
        return ByteBuffer.wrap(body(status, null));
    }

    private static void securityHeaders(HttpFields.Mutable headers) {
        headers.put(HttpHeader.CONTENT_TYPE, ProblemJson.MEDIA_TYPE + ";charset=utf-8");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", SecurityHeaders.DEFAULT_CSP);
        headers.put("Referrer-Policy", "no-referrer");
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }

    /** The problem document; built by hand so that nothing here can fail or allocate much. */
    static byte[] body(int status, String instance) {
        String[] text = switch (status) {
            case 400 -> new String[] {"bad_request", "The request could not be read", "Begäran var felaktigt formulerad och kunde inte läsas."};
            case 413 -> new String[] {"too_large", "The request is too large", "Begäran är för stor."};
            case 414 -> new String[] {"uri_too_long", "The request URI is too long", "Adressen i begäran är för lång."};
            case 431 -> new String[] {"headers_too_large", "The request headers are too large", "Begärans rubrikfält (headers) är för stora."};
            default -> new String[] {"http_" + status, "The request could not be handled", "Begäran kunde inte behandlas."};
        };
        String json = "{\"type\":\"https://goalbook.example/problems/" + text[0] + "\",\"title\":\"" + text[1] + "\",\"status\":" + status
                + ",\"sv\":\"" + text[2] + "\"" + (instance == null ? "" : ",\"instance\":\"" + escape(instance) + "\"") + "}";
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() > 200 ? sb.substring(0, 200) : sb.toString();
    }
}
