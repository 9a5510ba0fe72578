package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.storage.QuarterBudget;
import java.net.http.HttpResponse;


import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A region's budget per quarter over HTTP, here 2 versions: the answer past it, and the controller's raise. */
class BudgetHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NORD = ConcurrentLoad.base("nord");

    @RegisterExtension
    static final TestServer server = TestServer.perClass(QuarterBudget.of(2, 10));

    private static byte[] template;

    @BeforeAll
    static void download() {
        HttpResponse<byte[]> t = server.get(NORD + "/template.xlsx", "demo-nord");
        assertEquals(200, t.statusCode());
        template = t.body();
    }

    /** Version {@code n} of nord's report: the same figures but one. */
    private static byte[] version(int n) {
        return FilledTemplates.version(template, n);
    }

    private static HttpResponse<byte[]> submit(byte[] file) {
        return server.upload(NORD + "/submissions", "demo-nord", file, null);
    }

    private static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return JSON.readTree(r.body());
    }

    @Test
    void pastTheBudget_409SaysWhatAndWhoCanHelp_untilTheControllerRaisesIt() throws Exception {
        assertEquals(201, submit(version(1)).statusCode());
        JsonNode below = json(server.get(NORD + "/budget", "demo-nord"));
        assertEquals(1, below.at("/versions/used").asInt());
        assertEquals(2, below.at("/versions/limit").asInt());
        byte[] second = version(2);
        assertEquals(201, submit(second).statusCode(), "the last place");

        HttpResponse<byte[]> third = submit(version(3));
        assertEquals(409, third.statusCode());
        JsonNode problem = json(third);
        assertTrue(problem.get("type").asText().endsWith("/quarter_budget_exceeded"), problem.toString());
        assertTrue(problem.get("sv").asText().contains("2 versioner för 2024-Q2"), problem.toString());
        assertTrue(problem.get("sv").asText().contains("Kontakta koncerncontrollern"), problem.toString());
        assertTrue(problem.get("sv").asText().contains("Inget har sparats"), problem.toString());
        assertEquals(200, submit(second).statusCode(), "the latest version's bytes again still answer with that version");
        assertEquals(2, json(server.get(NORD + "/budget", "demo-controller")).at("/versions/used").asInt(), "nothing stored");

        assertEquals(403, server.put(NORD + "/budget", "demo-nord", "{\"versions\": 5, \"reason\": \"själv\"}").statusCode());
        assertEquals(400, server.put(NORD + "/budget", "demo-controller", "{\"versions\": 5}").statusCode(), "a reason is needed");
        HttpResponse<byte[]> raised = server.put(NORD + "/budget", "demo-controller", "{\"versions\": 3, \"reason\": \"Nord rättar kundtiden\"}");
        assertEquals(200, raised.statusCode());
        assertEquals(3, json(raised).at("/versions/limit").asInt());
        assertEquals(10 * 1024 * 1024, json(raised).at("/bytes/limit").asLong(), "bytes kept when not given");
        assertEquals("Nord rättar kundtiden", json(raised).get("reason").asText());
        assertEquals("Nord rättar kundtiden", json(server.get(NORD + "/budget", "demo-nord")).get("reason").asText(), "the region sees why");

        assertEquals(201, submit(version(3)).statusCode());
        assertEquals(409, submit(version(4)).statusCode());
    }

    @Test
    void raise_withAFieldOutsideItsRangeIs400NamingTheField() throws Exception {
        String mitt = ConcurrentLoad.base("mitt") + "/budget";
        for (String bad : new String[] {"0", "10001", "2.5", "\"tio\""}) {
            HttpResponse<byte[]> r = server.put(mitt, "demo-controller", "{\"versions\": " + bad + ", \"reason\": \"r\"}");
            assertEquals(400, r.statusCode(), bad);
            assertTrue(json(r).get("title").asText().contains("'versions'"), bad);
        }
        assertEquals(200, server.put(mitt, "demo-controller", "{\"versions\": 10000, \"megabytes\": 1, \"reason\": \"r\"}").statusCode(),
                "at the upper bound; megabytes below the setting keep the setting");
        assertEquals(10 * 1024 * 1024, json(server.get(mitt, "demo-mitt")).at("/bytes/limit").asLong());
    }

    @Test
    void anotherRegionsBudget_isNotShown() {
        assertEquals(403, server.get(NORD + "/budget", "demo-mitt").statusCode());
        assertEquals(404, server.get(ConcurrentLoad.base("atlantis") + "/budget", "demo-controller").statusCode());
    }
}
