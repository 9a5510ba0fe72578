package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The controller's review of one region's report and the conversation per goal, through the API, as a quarter runs. */
class ReviewHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PERIOD = "/api/periods/2024-Q2";
    private static final String NORD = ConcurrentLoad.base("nord");
    private static final String GOAL = "andel_kvinnor";

    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    private static byte[] template;

    @BeforeAll
    static void download() {
        template = server.get(NORD + "/template.xlsx", "demo-nord").body();
    }

    private static byte[] version(int n) {
        return FilledTemplates.version(template, n);
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return JSON.readTree(r.body());
    }

    private static HttpResponse<byte[]> review(String body) {
        return server.post(NORD + "/review", "demo-controller", body);
    }

    @Test
    void aQuarterWithAReturnedRegion_fromReturnToApproval() throws Exception {
        assertEquals(201, server.upload(NORD + "/submissions", "demo-nord", version(1), null).statusCode());
        assertEquals("SUBMITTED", json(server.get(NORD + "/review", "demo-nord")).get("state").asText());

        HttpResponse<byte[]> returned = review("{\"decision\": \"returned\", \"version\": 1, \"reason\": \"Kundtiden verkar orimlig\","
                + " \"comments\": [{\"goalId\": \"" + GOAL + "\", \"text\": \"Kontrollera andelen kvinnor\"}]}");
        assertEquals(201, returned.statusCode(), new String(returned.body()));
        JsonNode state = json(server.get(NORD + "/review", "demo-nord"));
        assertEquals("RETURNED", state.get("state").asText());
        assertEquals("Återförvisad", state.get("stateText").asText());
        assertEquals("Kundtiden verkar orimlig", state.at("/decision/reason").asText());

        assertEquals(201, server.post(NORD + "/comments", "demo-nord", "{\"goalId\": \"" + GOAL + "\", \"text\": \"Rättat i underlaget\"}")
                .statusCode());
        JsonNode thread = json(server.get(NORD + "/comments", "demo-nord")).at("/threads/0");
        assertEquals(GOAL, thread.get("goalId").asText());
        assertEquals("controller", thread.at("/comments/0/from").asText());
        assertEquals("region", thread.at("/comments/1/from").asText());
        assertEquals("Rättat i underlaget", thread.at("/comments/1/text").asText());

        HttpResponse<byte[]> acceptReturned = review("{\"decision\": \"accepted\"}");
        assertEquals(409, acceptReturned.statusCode());
        assertTrue(json(acceptReturned).get("type").asText().endsWith("/returned_version"));
        assertTrue(json(acceptReturned).get("sv").asText().contains("återförvisad"), new String(acceptReturned.body()));

        JsonNode row = statusRow("nord");
        assertEquals("RETURNED", row.get("review").asText());
        assertEquals("Kundtiden verkar orimlig", row.get("reviewReason").asText());

        // approving needs the explicit choice for missing regions, then for the returned one
        HttpResponse<byte[]> refused = server.post(PERIOD + "/approval", "demo-controller", "{\"allowMissing\": true}");
        assertEquals(409, refused.statusCode());
        JsonNode problem = json(refused);
        assertTrue(problem.get("type").asText().endsWith("/regions_not_accepted"), problem.toString());
        assertEquals("nord", problem.at("/problems/0").asText());

        HttpResponse<byte[]> second = server.upload(NORD + "/submissions", "demo-nord", version(2), TestServer.XLSX);
        assertEquals(201, second.statusCode());
        String results = BoardHttpTest.sheetText(second.body(), "Resultat");
        assertTrue(results.contains("Kommentarer från granskningen"), results);
        assertTrue(results.contains("Version 1 återförvisades") && results.contains("Kundtiden verkar orimlig"), results);
        assertTrue(results.contains("Kontrollera andelen kvinnor") && results.contains("Rättat i underlaget"), "the thread on the next copy");
        assertEquals("SUBMITTED", statusRow("nord").get("review").asText(), "a new version resets the state");
        JsonNode history = json(server.get(NORD + "/submissions", "demo-nord"));
        assertEquals("RETURNED", history.get(1).at("/review/state").asText(), "v1's decision stays in the history");
        assertTrue(history.get(0).get("review").isNull());

        assertEquals(409, review("{\"decision\": \"accepted\", \"version\": 1}").statusCode(), "v1 is no longer the latest");
        assertEquals(201, review("{\"decision\": \"accepted\", \"version\": 2}").statusCode());
        HttpResponse<byte[]> approved = server.post(PERIOD + "/approval", "demo-controller", "{\"allowMissing\": true}");
        assertEquals(201, approved.statusCode(), new String(approved.body()));
        assertEquals("nord", json(approved).at("/regions/accepted/0").asText());
        assertEquals(15, json(approved).at("/regions/missing").size());
        assertEquals(409, review("{\"decision\": \"returned\", \"reason\": \"sent\"}").statusCode(), "no decisions in an approved quarter");
    }

    private static JsonNode statusRow(String region) throws Exception {
        for (JsonNode r : json(server.get(PERIOD + "/status", "demo-controller")).get("perRegion")) {
            if (r.get("region").asText().equals(region)) {
                return r;
            }
        }
        throw new AssertionError(region);
    }

    @Test
    void badDecisions_are400NamingTheField() throws Exception {
        String mitt = "/api/periods/2024-Q3/regions/mitt"; // another quarter than the one the first test approves
        String[][] cases = {
            {"{\"decision\": \"maybe\"}", "bad_decision"},
            {"{\"decision\": \"returned\"}", "reason_required"},
            {"{\"decision\": \"returned\", \"reason\": \"x\", \"comments\": [{\"goalId\": \"no_such_goal\", \"text\": \"x\"}]}", "unknown_goal"},
            {"{\"decision\": \"returned\", \"reason\": \"x\", \"comments\": [{\"goalId\": \"" + GOAL + "\"}]}", "comment_required"},
            {"{\"decision\": \"returned\", \"reason\": \"" + "x".repeat(2001) + "\"}", "text_too_long"},
            {"{\"decision\": \"accepted\", \"version\": 0}", "bad_version"},
        };
        for (String[] c : cases) {
            HttpResponse<byte[]> r = server.post(mitt + "/review", "demo-controller", c[0]);
            assertEquals(400, r.statusCode(), c[1]);
            assertTrue(json(r).get("type").asText().endsWith("/" + c[1]), c[1] + ": " + new String(r.body()));
        }
        HttpResponse<byte[]> noVersion = server.post(mitt + "/review", "demo-controller", "{\"decision\": \"returned\", \"reason\": \""
                + "x".repeat(2000) + "\"}");
        assertEquals(409, noVersion.statusCode(), "2 000 characters pass the text check; mitt has no version to review");
        assertTrue(json(noVersion).get("type").asText().endsWith("/no_version"), new String(noVersion.body()));
    }

    @Test
    void aRegion_cannotReviewItselfNorReadAnothersConversation() {
        String uppsala = "/api/periods/2024-Q3/regions/uppsala";
        assertEquals(403, server.post(uppsala + "/review", "demo-uppsala", "{\"decision\": \"accepted\"}").statusCode());
        assertEquals(403, server.get(uppsala + "/comments", "demo-mitt").statusCode());
        assertEquals(403, server.post(uppsala + "/comments", "demo-mitt", "{\"goalId\": \"" + GOAL + "\", \"text\": \"x\"}").statusCode());
        assertEquals(403, server.get(uppsala + "/review", "demo-board").statusCode());
    }
}
