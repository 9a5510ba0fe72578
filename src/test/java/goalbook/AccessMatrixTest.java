package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every endpoint × every caller (no token, the region's own token, another region's token, the
 * controller, the board secretary) with the exact status each must get. A route registered without
 * a row here fails the build.
 */
class AccessMatrixTest {
    /** Callers, in the order of each row's expected statuses. */
    static final String[] CALLERS = {null, "demo-nord", "demo-mitt", "demo-controller", "demo-board"};
    static final String OWN = "/api/periods/2024-Q2/regions/nord";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static byte[] template;
    static final AtomicInteger distinct = new AtomicInteger();

    record Row(String route, BiFunction<String, TestServer, HttpResponse<byte[]>> call, int... expected) {}

    @BeforeAll
    static void start() {
        server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE);
        template = server.get(OWN + "/template.xlsx", "demo-nord").body();
        assertEquals(201, server.upload(OWN + "/submissions", "demo-nord", filled(), null).statusCode());
    }

    /** A filled template with different bytes every time, so each allowed submission makes a new version. */
    static byte[] filled() {
        Map<String, Object> v = new HashMap<>(FilledTemplates.B_Q2_MET);
        v.put("unika_kunder", 1000 + distinct.incrementAndGet());
        return FilledTemplates.fill(template, v);
    }

    /** A GET of one path; the HEAD test sends the same path with HEAD. */
    record GetCall(String path) implements BiFunction<String, TestServer, HttpResponse<byte[]>> {
        @Override
        public HttpResponse<byte[]> apply(String token, TestServer s) {
            return s.get(path, token);
        }
    }

    static BiFunction<String, TestServer, HttpResponse<byte[]>> get(String path) {
        return new GetCall(path);
    }

    static HttpResponse<byte[]> head(String path, String token, TestServer s) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).method("HEAD", HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return s.send(b.build());
    }

    static BiFunction<String, TestServer, HttpResponse<byte[]>> json(String method, String path, String body) {
        return (token, s) -> {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base() + path)).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            return s.send(b.build());
        };
    }

    static BiFunction<String, TestServer, HttpResponse<byte[]>> upload(String path) {
        return (token, s) -> s.upload(path, token, filled(), null);
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("GET /health", get("/health"), 200, 200, 200, 200, 200));
        // CORS preflight without an allowed Origin: refused for everyone.
        rows.add(new Row("OPTIONS /api/*", json("OPTIONS", "/api/regions", ""), 403, 403, 403, 403, 403));
        rows.add(new Row("GET /", get("/"), 302, 302, 302, 302, 302));
        rows.add(new Row("GET /addin", get("/addin"), 302, 302, 302, 302, 302));
        rows.add(new Row("GET /addin/{file}", get("/addin/taskpane.html"), 200, 200, 200, 200, 200));
        rows.add(new Row("GET /addin/manifest.xml", get("/addin/manifest.xml"), 200, 200, 200, 200, 200));
        rows.add(new Row("GET /addin/sso.json", get("/addin/sso.json"), 200, 200, 200, 200, 200));
        rows.add(new Row("GET /addin/icons/{file}", get("/addin/icons/icon-32.png"), 200, 200, 200, 200, 200));
        rows.add(new Row("GET /api/structures", get("/api/structures"), 401, 200, 200, 200, 200));
        rows.add(new Row("GET /api/structures/{id}", get("/api/structures/almi-2021"), 401, 200, 200, 200, 200));
        rows.add(new Row("GET /api/regions", get("/api/regions"), 401, 200, 200, 200, 200));
        rows.add(new Row("GET /api/me", get("/api/me"), 401, 200, 200, 200, 200));
        rows.add(new Row("GET /api/periods/{period}/regions/{region}/template.xlsx", get(OWN + "/template.xlsx"), 401, 200, 403, 200, 403));
        rows.add(new Row("POST /api/periods/{period}/regions/{region}/submissions", upload(OWN + "/submissions"), 401, 201, 403, 201, 403));
        rows.add(new Row("POST /api/periods/{period}/regions/{region}/validate", upload(OWN + "/validate"), 401, 200, 403, 200, 403));
        rows.add(new Row("GET /api/periods/{period}/regions/{region}/submissions", get(OWN + "/submissions"), 401, 200, 403, 200, 403));
        rows.add(new Row("GET /api/periods/{period}/regions/{region}/submissions/{version}/original.xlsx",
                get(OWN + "/submissions/1/original.xlsx"), 401, 200, 403, 200, 403));
        rows.add(new Row("GET /api/periods/{period}/regions/{region}/submissions/{version}/annotated.xlsx",
                get(OWN + "/submissions/1/annotated.xlsx"), 401, 200, 403, 200, 403));
        rows.add(new Row("GET /api/periods/{period}/regions/{region}/board.xlsx", get(OWN + "/board.xlsx"), 401, 200, 403, 200, 403));
        rows.add(new Row("GET /api/periods/{period}/regions/{region}/submissions/{version}/diff/{other}",
                get(OWN + "/submissions/1/diff/1"), 401, 200, 403, 200, 403));
        rows.add(new Row("GET /api/periods/{period}/regions/{region}/budget", get(OWN + "/budget"), 401, 200, 403, 200, 403));
        rows.add(new Row("PUT /api/periods/{period}/regions/{region}/budget", json("PUT", OWN + "/budget", "{\"reason\":\"test\"}"),
                401, 403, 403, 200, 403));
        rows.add(new Row("GET /api/periods/{period}/regions/{region}/review", get(OWN + "/review"), 401, 200, 403, 200, 403));
        // 2023-Q1: nord has no version there, so the controller's decision is refused (409) after access passed
        rows.add(new Row("POST /api/periods/{period}/regions/{region}/review",
                json("POST", "/api/periods/2023-Q1/regions/nord/review", "{\"decision\":\"accepted\"}"), 401, 403, 403, 409, 403));
        rows.add(new Row("GET /api/periods/{period}/regions/{region}/comments", get(OWN + "/comments"), 401, 200, 403, 200, 403));
        rows.add(new Row("POST /api/periods/{period}/regions/{region}/comments",
                json("POST", OWN + "/comments", "{\"goalId\":\"andel_kvinnor\",\"text\":\"x\"}"), 401, 201, 403, 201, 403));
        // the board reads results only once the quarter is approved (2024-Q2 is open here); a region its own rows
        rows.add(new Row("GET /api/periods/{period}/results", get("/api/periods/2024-Q2/results"), 401, 200, 200, 200, 403));
        rows.add(new Row("GET /api/periods/{period}/results.csv", get("/api/periods/2024-Q2/results.csv"), 401, 200, 200, 200, 403));
        rows.add(new Row("GET /openapi.json", get("/openapi.json"), 200, 200, 200, 200, 200));
        rows.add(new Row("GET /api/periods/{period}/status", get("/api/periods/2024-Q2/status"), 401, 403, 403, 200, 403));
        rows.add(new Row("GET /api/notifications", get("/api/notifications"), 401, 403, 403, 200, 403));
        rows.add(new Row("GET /api/periods/{period}/consolidated.xlsx", get("/api/periods/2024-Q2/consolidated.xlsx"), 401, 403, 403, 200, 403));
        rows.add(new Row("GET /api/periods/{period}/board.xlsx", get("/api/periods/2024-Q2/board.xlsx"), 401, 403, 403, 200, 403));
        // 2023-Q1 has no submissions: approving needs the explicit flag (409), reopening an open quarter is refused (409).
        rows.add(new Row("POST /api/periods/{period}/approval", json("POST", "/api/periods/2023-Q1/approval", "{}"), 401, 403, 403, 409, 403));
        rows.add(new Row("POST /api/periods/{period}/reopen", json("POST", "/api/periods/2023-Q1/reopen", "{\"reason\":\"test\"}"),
                401, 403, 403, 409, 403));
        rows.add(new Row("GET /api/reference/{structure}/{year}", get("/api/reference/almi-2021/2024"), 401, 403, 403, 200, 403));
        rows.add(new Row("GET /api/reference/{structure}/{year}", get("/api/reference/almi-2021/2024.xlsx"), 401, 403, 403, 200, 403));
        rows.add(new Row("PUT /api/reference/{structure}/{year}", json("PUT", "/api/reference/almi-2021/2024", SubmissionHttpTest.REFERENCE),
                401, 403, 403, 200, 403));
        // The tests' SCB address is unreachable: the preview lists the failures (200), the fetch saves nothing (502).
        rows.add(new Row("GET /api/reference/{structure}/{year}/fetch-preview", get("/api/reference/almi-2021/2024/fetch-preview"),
                401, 403, 403, 200, 403));
        rows.add(new Row("POST /api/reference/{structure}/{year}/fetch", json("POST", "/api/reference/almi-2021/2024/fetch", ""),
                401, 403, 403, 502, 403));
        return rows;
    }

    @Test
    void everyEndpointAndCaller_getsExactlyItsStatus() {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Row row : rows()) {
            for (int i = 0; i < CALLERS.length; i++) {
                int actual = row.call().apply(CALLERS[i], server).statusCode();
                if (actual != row.expected()[i]) {
                    wrong.put(row.route() + " as " + (CALLERS[i] == null ? "anonymous" : CALLERS[i]), "expected " + row.expected()[i] + ", got " + actual);
                }
            }
        }
        assertEquals(Map.of(), wrong);
    }

    /** HEAD runs the GET route's own access checks: a token that may not GET a route may not HEAD it either. */
    @Test
    void head_onEveryGetRoute_getsExactlyTheStatusOfGet_andNoBody() {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (Row row : rows()) {
            if (!(row.call() instanceof GetCall g)) {
                continue;
            }
            for (int i = 0; i < CALLERS.length; i++) {
                HttpResponse<byte[]> r = head(g.path(), CALLERS[i], server);
                String who = "HEAD " + g.path() + " as " + (CALLERS[i] == null ? "anonymous" : CALLERS[i]);
                if (r.statusCode() != row.expected()[i]) {
                    wrong.put(who, "expected " + row.expected()[i] + ", got " + r.statusCode());
                } else if (r.body().length != 0) {
                    wrong.put(who, "a body of " + r.body().length + " bytes");
                }
            }
        }
        assertEquals(Map.of(), wrong);
    }

    @Test
    void everyRegisteredRoute_hasARowInTheMatrix() {
        Set<String> covered = new TreeSet<>();
        rows().forEach(r -> covered.add(r.route()));
        assertEquals(RouteScan.routes(), covered);
    }
}
