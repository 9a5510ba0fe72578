package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /api/me}: role and region from the token, the default quarter from the server's (fixed) clock. */
class WhoAmIHttpTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.perClass(Clock.fixed(Instant.parse("2024-08-15T10:00:00Z"), ZoneOffset.UTC));

    static JsonNode me(String token) throws Exception {
        var res = server.get("/api/me", token);
        assertEquals(200, res.statusCode());
        return JSON.readTree(res.body());
    }

    @Test
    void region_seesItsRoleRegionAndTheLastCompletedQuarter() throws Exception {
        JsonNode me = me("demo-nord");
        assertEquals("REGION", me.get("role").asText());
        assertEquals("nord", me.get("region").asText());
        assertEquals("Almi Nord", me.get("regionName").asText());
        assertEquals("2024-Q2", me.get("lastCompletedPeriod").asText());
    }

    @Test
    void controllerAndBoard_haveNoRegion() throws Exception {
        JsonNode controller = me("demo-controller");
        assertEquals("CONTROLLER", controller.get("role").asText());
        assertTrue(controller.get("region").isNull());
        assertEquals("2024-Q2", controller.get("lastCompletedPeriod").asText());
        assertEquals("BOARD", me("demo-board").get("role").asText());
    }

    @Test
    void withoutToken_isUnauthenticatedInPlainSwedish() throws Exception {
        var res = server.get("/api/me", null);
        assertEquals(401, res.statusCode());
        assertEquals("Du är inte inloggad. Ange din inloggningsnyckel.", JSON.readTree(res.body()).get("sv").asText());
        res = server.get("/api/me", "not-a-token");
        assertEquals("Inloggningsnyckeln är okänd eller återkallad.", JSON.readTree(res.body()).get("sv").asText());
    }
}
