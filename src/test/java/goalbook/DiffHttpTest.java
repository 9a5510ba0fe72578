package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What changed between two versions of a region's report. */
class DiffHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASE = "/api/periods/2024-Q2/regions/nord/submissions/";
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @BeforeAll
    static void start() {
        server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE);
        assertEquals(201, PeriodHttpTest.submitTo(server, "2024-Q2", "nord", FilledTemplates.B_Q2_MET));
        Map<String, Object> changed = new HashMap<>(FilledTemplates.B_Q2_MET);
        changed.put("kunder_tidiga_skeden", 20); // 20 of 100 in early stages: below the 80 % target
        assertEquals(201, PeriodHttpTest.submitTo(server, "2024-Q2", "nord", changed));
    }

    @Test
    void diff_listsTheChangedInputWithOldAndNew_andTheChangedVerdict() throws Exception {
        JsonNode d = JSON.readTree(server.get(BASE + "1/diff/2", "demo-nord").body());
        assertEquals(1, d.get("from").asInt());
        assertEquals(2, d.get("to").asInt());
        assertEquals(1, d.get("inputs").size(), d.toString());
        JsonNode input = d.get("inputs").get(0);
        assertEquals("kunder_tidiga_skeden", input.get("measure").asText());
        assertEquals(85, input.get("before").asInt());
        assertEquals(20, input.get("after").asInt());
        assertTrue(d.get("verdicts").findValuesAsText("goalId").contains("andel_tidiga_skeden"), d.toString());
        JsonNode v = d.get("verdicts").get(0);
        assertEquals("MET", v.get("before").asText());
        assertEquals("NOT_MET", v.get("after").asText());
        assertEquals(0, d.get("comments").size());
    }

    @Test
    void diff_ofAVersionWithItself_isEmpty_andUnknownVersionsAre404() throws Exception {
        JsonNode d = JSON.readTree(server.get(BASE + "2/diff/2", "demo-nord").body());
        assertEquals(0, d.get("inputs").size() + d.get("verdicts").size() + d.get("comments").size());
        assertEquals(404, server.get(BASE + "1/diff/9", "demo-nord").statusCode());
        assertEquals(400, server.get(BASE + "1/diff/x", "demo-nord").statusCode());
        assertEquals(403, server.get(BASE + "1/diff/2", "demo-mitt").statusCode());
    }
}
