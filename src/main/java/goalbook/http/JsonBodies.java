package goalbook.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.javalin.http.Context;
import java.io.IOException;

/** Small JSON request bodies such as {@code {"reason": "..."}}; an empty body is an empty object. */
final class JsonBodies {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonBodies() {}

    static JsonNode optional(Context ctx, Intake intake) {
        String body = intake.body(ctx, ctx::body);
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw ApiProblem.badRequest("bad_json", "The body is not valid JSON", "Begäran kunde inte läsas (ogiltig JSON).");
        }
    }
}
