package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.access.TestIssuer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real server with OIDC sign-in against a test issuer: people signed in with the organisation's
 * account get exactly the access the access file grants, the demo tokens keep working beside them,
 * and the record names the person.
 */
class SignInHttpTest {
    static final Instant NOW = Instant.parse("2024-08-15T10:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();
    static final String NORD = "/api/periods/2024-Q2/regions/nord";
    static final String MITT = "/api/periods/2024-Q2/regions/mitt";
    static final String SKANE = "/api/periods/2024-Q2/regions/skane";
    static TestIssuer issuer;
    static TestServer server;
    static String controller, board, twoRegions, nobody;

    @BeforeAll
    static void start() throws Exception {
        issuer = new TestIssuer();
        Path access = Files.createTempFile("access", ".yaml");
        Files.writeString(access, """
                controller: { roles: [Goalbook.Controller] }
                board: { roles: [Goalbook.Board] }
                regions:
                  nord: { roles: [Goalbook.Region.Nord] }
                  mitt: { groups: [mitt-staff] }
                """);
        server = new TestServer(Clock.fixed(NOW, ZoneOffset.UTC), issuer.settings(access));
        controller = person("Carl Controller", List.of("Goalbook.Controller"), List.of());
        board = person("Britt Board", List.of("Goalbook.Board"), List.of());
        twoRegions = person("Anna Berg", List.of("Goalbook.Region.Nord"), List.of("mitt-staff"));
        nobody = person("Nils Nobody", List.of(), List.of("some-other-group"));
        server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE);
    }

    static String person(String name, List<String> roles, List<String> groups) {
        return issuer.token(NOW, b -> b.claim("name", name).claim("oid", "oid-" + name.hashCode()).claim("roles", roles).claim("groups", groups));
    }

    @AfterAll
    static void stop() {
        server.close();
        issuer.close();
    }

    static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void ssoMatrix_eachPersonGetsExactlyWhatTheAccessFileGrants() {
        String[] callers = {controller, board, twoRegions, nobody};
        String[] names = {"controller", "board", "two regions", "nobody"};
        Map<String, int[]> rows = new LinkedHashMap<>();
        rows.put("/api/me", new int[] {200, 200, 200, 403});
        rows.put(NORD + "/template.xlsx", new int[] {200, 403, 200, 403});
        rows.put(MITT + "/template.xlsx", new int[] {200, 403, 200, 403});
        rows.put(SKANE + "/template.xlsx", new int[] {200, 403, 403, 403});
        rows.put("/api/periods/2024-Q2/status", new int[] {200, 403, 403, 403});
        Map<String, String> wrong = new LinkedHashMap<>();
        rows.forEach((path, expected) -> {
            for (int i = 0; i < callers.length; i++) {
                int actual = server.get(path, callers[i]).statusCode();
                if (actual != expected[i]) {
                    wrong.put(path + " as " + names[i], "expected " + expected[i] + ", got " + actual);
                }
            }
        });
        assertEquals(Map.of(), wrong);
    }

    @Test
    void me_listsBothRegionsOfAPersonServingTwo_andTheirName() throws Exception {
        JsonNode me = json(server.get("/api/me", twoRegions));
        assertEquals("REGION", me.get("role").asText());
        assertEquals("mitt", me.get("region").asText());
        assertEquals(List.of("mitt", "nord"), List.of(me.get("regions").get(0).asText(), me.get("regions").get(1).asText()));
        assertTrue(me.get("name").asText().startsWith("Anna Berg <anna.berg@almi.se> [oid-"), me.toString());
    }

    @Test
    void signedInWithoutAccess_is403_askingTheControllerInSwedish() throws Exception {
        JsonNode problem = json(server.get("/api/me", nobody));
        assertEquals("no_access", problem.get("type").asText().replaceAll(".*/", ""));
        assertTrue(problem.get("sv").asText().contains("Nils Nobody"), problem.toString());
        assertTrue(problem.get("sv").asText().contains("Be controllern om åtkomst"), problem.toString());
    }

    @Test
    void refusedToken_is401_likeAnUnknownToken() {
        String expired = issuer.token(NOW.minusSeconds(7200), b -> b.claim("roles", List.of("Goalbook.Controller")));
        assertEquals(401, server.get("/api/me", expired).statusCode());
        String wrongAudience = issuer.token(NOW, b -> b.audience("someone-else").claim("roles", List.of("Goalbook.Controller")));
        assertEquals(401, server.get("/api/me", wrongAudience).statusCode());
    }

    @Test
    void demoTokens_keepWorkingBesideSignIn() throws Exception {
        assertEquals("demo-nord", json(server.get("/api/me", "demo-nord")).get("name").asText());
    }

    @Test
    void submission_recordsThePerson_inTheVersionHistory() throws Exception {
        byte[] template = server.get(MITT + "/template.xlsx", twoRegions).body();
        HttpResponse<byte[]> r = server.upload(MITT + "/submissions", twoRegions, FilledTemplates.fill(template, FilledTemplates.B_Q2_MET), null);
        assertEquals(201, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
        String history = new String(server.get(MITT + "/submissions", controller).body(), StandardCharsets.UTF_8);
        assertTrue(history.contains("Anna Berg <anna.berg@almi.se> [oid-"), history);
    }

    @Test
    void issuerUnreachable_withNoKeyEverFetched_is503_not500() throws Exception {
        try (TestIssuer down = new TestIssuer();
                TestServer other = new TestServer(Clock.fixed(NOW, ZoneOffset.UTC), down.settings(Files.writeString(
                        Files.createTempFile("access", ".yaml"), "controller: { roles: [Goalbook.Controller] }\n")))) {
            String token = down.token(NOW, b -> b.claim("roles", List.of("Goalbook.Controller")));
            down.close();
            HttpResponse<byte[]> r = other.get("/api/me", token);
            assertEquals(503, r.statusCode());
            assertTrue(json(r).get("sv").asText().contains("Inloggningstjänsten"));
        }
    }
}
