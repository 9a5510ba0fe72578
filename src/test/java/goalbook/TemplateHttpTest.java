package goalbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Structures, regions, health and the template download over HTTP, with their access rules. */
class TemplateHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.perClass();

    @Test
    void health_answers200WithoutToken() {
        assertEquals(200, server.get("/health", null).statusCode());
    }

    @Test
    void structures_listBothWithYears() throws Exception {
        JsonNode list = JSON.readTree(server.get("/api/structures", "demo-board").body());
        assertEquals(2, list.size());
        JsonNode b = JSON.readTree(server.get("/api/structures/almi-2021", "demo-nord").body());
        assertEquals(2021, b.get("validFrom").asInt());
        assertEquals(7, b.get("areas").size());
        JsonNode goal3 = b.get("areas").get(1).get("goals").get(0);
        assertEquals(3, goal3.get("number").asInt());
        assertEquals("Å", goal3.get("type").asText());
        assertEquals("[2,4]", goal3.get("boardQuarters").toString());
        assertEquals("[\"kunder_tidiga_skeden\",\"unika_kunder\"]", goal3.get("measures").toString());
        boolean referenceListed = false;
        for (JsonNode m : b.get("measures")) {
            if (m.get("id").asText().equals("plan_utbetalda_lan")) {
                referenceListed = m.get("source").asText().equals("reference");
            }
        }
        assertTrue(referenceListed);
    }

    @Test
    void structures_unknownId_is404ProblemJson() throws Exception {
        HttpResponse<byte[]> r = server.get("/api/structures/nope", "demo-nord");
        assertEquals(404, r.statusCode());
        assertEquals("Okänd målstruktur 'nope'.", JSON.readTree(r.body()).get("sv").asText());
    }

    @Test
    void regions_listsSixteen() throws Exception {
        JsonNode list = JSON.readTree(server.get("/api/regions", "demo-controller").body());
        assertEquals(16, list.size());
        assertEquals("nord", list.get(0).get("id").asText());
    }

    @Test
    void template_ownRegion_isAnXlsxAttachmentAndDeterministic() {
        HttpResponse<byte[]> a = server.get("/api/periods/2024-Q1/regions/nord/template.xlsx", "demo-nord");
        HttpResponse<byte[]> b = server.get("/api/periods/2024-Q1/regions/nord/template.xlsx", "demo-controller");
        assertEquals(200, a.statusCode());
        assertEquals(TestServer.XLSX, a.headers().firstValue("Content-Type").orElse(""));
        assertTrue(a.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment; filename=\"goalbook-2024-Q1-nord-mall.xlsx\""));
        assertArrayEquals(a.body(), b.body());
    }

    @Test
    void template_accessRules() {
        String path = "/api/periods/2024-Q2/regions/mitt/template.xlsx";
        assertEquals(401, server.get(path, null).statusCode());
        assertEquals(401, server.get(path, "not-a-token").statusCode());
        assertEquals(403, server.get(path, "demo-nord").statusCode());
        assertEquals(403, server.get(path, "demo-board").statusCode());
        assertEquals(200, server.get(path, "demo-mitt").statusCode());
        assertEquals(200, server.get(path, "demo-controller").statusCode());
    }

    @Test
    void template_badPeriodOrRegion_namesThePart() throws Exception {
        HttpResponse<byte[]> q5 = server.get("/api/periods/2024-Q5/regions/nord/template.xlsx", "demo-controller");
        assertEquals(400, q5.statusCode());
        assertTrue(JSON.readTree(q5.body()).get("title").asText().contains("quarter"));
        assertEquals(404, server.get("/api/periods/2024-Q2/regions/norr/template.xlsx", "demo-controller").statusCode());
        assertEquals(404, server.get("/api/periods/2015-Q2/regions/nord/template.xlsx", "demo-controller").statusCode());
    }

    @Test
    void tokenInQueryString_isRefused() {
        assertEquals(400, server.get("/api/regions?access_token=demo-nord", "demo-nord").statusCode());
    }
}
