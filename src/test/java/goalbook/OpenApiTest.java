package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * /openapi.json names exactly the routes the router holds (CORS preflight OPTIONS and HEAD aside),
 * says who may call each, and is a valid OpenAPI 3.1 document by the official schema kept in
 * src/test/resources (no network).
 */
class OpenApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    static String text;

    @BeforeAll
    static void start() {
        HttpResponse<byte[]> r = server.get("/openapi.json", null);
        assertEquals(200, r.statusCode());
        text = new String(r.body(), StandardCharsets.UTF_8);
    }

    static Set<String> documented(JsonNode doc) {
        Set<String> out = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(m -> {
                if (Set.of("get", "put", "post", "delete", "patch").contains(m)) {
                    out.add(m.toUpperCase() + " " + path.getKey());
                }
            });
        }
        return out;
    }

    static Set<String> registered() {
        Set<String> out = new TreeSet<>();
        for (String r : server.routes()) {
            if (!r.startsWith("OPTIONS ") && !r.startsWith("HEAD ") && !r.startsWith("BEFORE") && !r.startsWith("AFTER")) {
                out.add(r);
            }
        }
        return out;
    }

    @Test
    void everyRegisteredRoute_isDescribed_andNothingElse() throws Exception {
        Set<String> routes = registered();
        assertTrue(routes.contains("GET /api/periods/{period}/results"), routes.toString());
        assertEquals(routes, documented(JSON.readTree(text)));
    }

    @Test
    void aMissingOrInventedRoute_isCaught() throws Exception {
        JsonNode doc = JSON.readTree(text);
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("paths")).remove("/api/periods/{period}/results");
        ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("paths")).putObject("/api/nowhere").putObject("get");
        Set<String> documented = documented(doc);
        Set<String> missing = new TreeSet<>(registered());
        missing.removeAll(documented);
        Set<String> invented = new TreeSet<>(documented);
        invented.removeAll(registered());
        assertEquals(Set.of("GET /api/periods/{period}/results"), missing);
        assertEquals(Set.of("GET /api/nowhere"), invented);
    }

    @Test
    void everyOperation_namesItsRoles_andEveryApiOperationItsProblems() throws Exception {
        JsonNode doc = JSON.readTree(text);
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String where = op.getKey() + " " + path.getKey();
            assertTrue(op.getValue().path("x-goalbook-roles").size() > 0, where + " lacks x-goalbook-roles");
            if (path.getKey().startsWith("/api/")) {
                assertTrue(op.getValue().path("responses").has("401"), where + " lacks its 401 problem");
            }
        }));
    }

    static Schema officialSchema() throws Exception {
        try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi-3.1-schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON);
        }
    }

    @Test
    void document_validatesAgainstTheOpenApi31Schema() throws Exception {
        List<Error> errors = officialSchema().validate(text, InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void theValidator_rejectsABrokenDocument() throws Exception {
        String broken = text.replaceFirst("\"in\": \"path\"", "\"in\": \"body\"");
        assertTrue(!officialSchema().validate(broken, InputFormat.JSON).isEmpty());
        assertTrue(!officialSchema().validate("{\"openapi\": \"3.1.0\"}", InputFormat.JSON).isEmpty());
    }
}
