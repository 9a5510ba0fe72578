package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cache-Control on every JSON answer, and Jetty's own error pages as problem+json with the security headers. */
class HeadersHttpTest {
    static final String OWN = "/api/periods/2024-Q2/regions/nord";
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeAll
    static void start() {
        assertEquals(200, server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE).statusCode());
        byte[] template = server.get(OWN + "/template.xlsx", "demo-nord").body();
        assertEquals(201, server.upload(OWN + "/submissions", "demo-nord", FilledTemplates.fill(template, FilledTemplates.B_Q2_MET), null)
                .statusCode());
    }

    @Test
    void everyJsonAnswer_carriesCacheControlNoStore() {
        Map<String, HttpResponse<byte[]>> answers = new LinkedHashMap<>();
        answers.put("structures", server.get("/api/structures", "demo-nord"));
        answers.put("regions", server.get("/api/regions", "demo-nord"));
        answers.put("history", server.get(OWN + "/submissions", "demo-nord"));
        answers.put("status", server.get("/api/periods/2024-Q2/status", "demo-controller"));
        answers.put("reference", server.get("/api/reference/almi-2021/2024", "demo-controller"));
        answers.put("health", server.get("/health", null));
        answers.put("401", server.get("/api/regions", null));
        answers.put("403", server.get(OWN + "/submissions", "demo-mitt"));
        answers.put("404", server.get("/api/nothing-here", "demo-nord"));
        Map<String, String> wrong = new LinkedHashMap<>();
        answers.forEach((what, r) -> {
            String type = r.headers().firstValue("Content-Type").orElse("");
            String cache = r.headers().firstValue("Cache-Control").orElse("(none)");
            if (!type.contains("json") || !cache.contains("no-store")) {
                wrong.put(what, r.statusCode() + " " + type + " Cache-Control: " + cache);
            }
        });
        assertEquals(Map.of(), wrong);
    }

    @Test
    void uriOf20KB_isAProblemJson414WithTheSecurityHeaders() throws Exception {
        RawAnswer a = raw("GET /api/regions?x=" + "a".repeat(20 * 1024) + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblemWithHeaders(a, 414);
    }

    @Test
    void headersOf100KB_areAProblemJson431WithTheSecurityHeaders() throws Exception {
        StringBuilder req = new StringBuilder("GET /api/regions HTTP/1.1\r\nHost: localhost\r\n");
        for (int i = 0; i < 100; i++) {
            req.append("X-Filler-").append(i).append(": ").append("b".repeat(1000)).append("\r\n");
        }
        RawAnswer a = raw(req.append("Connection: close\r\n\r\n").toString());
        assertProblemWithHeaders(a, 431);
    }

    @Test
    void malformedRequestLine_isAProblemJson400WithTheSecurityHeaders() throws Exception {
        RawAnswer a = raw("GET /api/regions HTTP/9.9 what\r\nHost: localhost\r\n\r\n");
        assertProblemWithHeaders(a, 400);
    }

    private static void assertProblemWithHeaders(RawAnswer a, int status) throws IOException {
        assertEquals(status, a.status, a.toString());
        assertTrue(a.header("content-type").startsWith("application/problem+json"), a.toString());
        assertEquals("nosniff", a.header("x-content-type-options"), a.toString());
        assertTrue(a.header("content-security-policy").contains("default-src 'none'"), a.toString());
        assertTrue(a.header("cache-control").contains("no-store"), a.toString());
        JsonNode body = JSON.readTree(a.body);
        assertEquals(status, body.get("status").asInt(), a.body);
        assertTrue(body.get("sv").asText().length() > 10, "a Swedish message: " + a.body);
        assertTrue(body.get("type").asText().startsWith("https://goalbook.example/problems/"), a.body);
    }

    record RawAnswer(int status, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }

    /** Sends bytes as they are (java.net.http would refuse or fix them) and reads the answer until the server closes. */
    static RawAnswer raw(String request) throws IOException {
        URIParts base = new URIParts(server.base());
        try (Socket s = new Socket(base.host, base.port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            for (int n; (n = in.read(buf)) > 0; ) {
                all.write(buf, 0, n);
            }
            String text = all.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            return new RawAnswer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
        }
    }

    private record URIParts(String host, int port) {
        URIParts(String base) {
            this(java.net.URI.create(base).getHost(), java.net.URI.create(base).getPort());
        }
    }
}
