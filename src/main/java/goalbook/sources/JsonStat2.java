package goalbook.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One json-stat2 dataset as PxWeb answers it, e.g. {@code {"class":"dataset","id":["Region","Tid"],
 * "size":[1,1],"dimension":{...},"value":[12.5]}}; cells are found by category code, row-major.
 */
final class JsonStat2 {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private final JsonNode root;
    private final List<String> ids;

    private JsonStat2(JsonNode root, List<String> ids) {
        this.root = root;
        this.ids = ids;
    }

    /** Reads a json-stat2 dataset; throws {@link SourceException} when the body is not one. */
    static JsonStat2 parse(String body) {
        JsonNode root;
        try {
            root = MAPPER.readTree(body);
        } catch (Exception e) {
            throw new SourceException("answer is not JSON", "Svaret är inte JSON");
        }
        if (root == null || !"dataset".equals(root.path("class").asText()) || !root.path("id").isArray()
                || !root.path("size").isArray() || root.path("id").size() != root.path("size").size()
                || !root.path("dimension").isObject() || root.path("value").isMissingNode()) {
            throw new SourceException("answer is not a json-stat2 dataset", "Svaret är inte en json-stat2-datamängd");
        }
        List<String> ids = new java.util.ArrayList<>();
        root.get("id").forEach(n -> ids.add(n.asText()));
        return new JsonStat2(root, List.copyOf(ids));
    }

    /** Whether dimension {@code variable} has the category {@code code}, e.g. Region 25. */
    boolean has(String variable, String code) {
        return root.path("dimension").path(variable).path("category").path("index").has(code);
    }

    /**
     * The cell at {@code codes} (variable → category code; every dimension of size 1 may be left out),
     * or null when the answer has no value there (PxWeb writes null for "..").
     */
    BigDecimal cell(Map<String, String> codes) {
        long index = 0;
        for (int d = 0; d < ids.size(); d++) {
            String variable = ids.get(d);
            int size = root.get("size").get(d).asInt();
            JsonNode categories = root.path("dimension").path(variable).path("category").path("index");
            int position;
            String code = codes.get(variable);
            if (code == null) {
                if (size != 1) {
                    throw new SourceException("no code chosen for " + variable + " of size " + size,
                            "Inget värde valt för " + variable + " som har " + size + " värden");
                }
                position = 0;
            } else if (categories.isObject() && categories.has(code)) {
                position = categories.get(code).asInt();
            } else if (categories.isArray()) {
                position = -1;
                for (int i = 0; i < categories.size(); i++) {
                    if (categories.get(i).asText().equals(code)) {
                        position = i;
                    }
                }
            } else {
                position = -1;
            }
            if (position < 0 || position >= size) {
                return null;
            }
            index = index * size + position;
        }
        JsonNode values = root.get("value");
        JsonNode v = values.isArray() ? values.get((int) index) : values.get(Long.toString(index));
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            throw new SourceException("cell " + codes + " is not a number", "Cellen " + codes + " är inte ett tal");
        }
        return v.decimalValue();
    }
}
