package goalbook.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import goalbook.evaluation.Report;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The stored form of a report, kept apart from the domain records and from the API's JSON. Writes
 * {@link StoredReportV1} ({@code {"schema":1,…}}); reads schema 1 strictly and rows without a schema
 * (written before it existed) leniently as {@link StoredReportLegacy}. A row is never rewritten.
 */
public final class StoredReportJson {

    /** Numbers read exactly as written: no detour through double, no trailing zeros stripped (0.9966…67 stays 34 digits). */
    private static ObjectMapper exact(ObjectMapper m) {
        return m.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .configure(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    }

    private static final ObjectMapper STRICT = exact(new ObjectMapper())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    private static final ObjectMapper LENIENT = exact(new ObjectMapper())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private StoredReportJson() {}

    /** The report and the inputs read, as stored with a version, e.g. {@code {"schema":1,"structure":"almi-2021",…}}. */
    public static String write(Report report, Map<String, BigDecimal> inputs) {
        try {
            return STRICT.writeValueAsString(StoredReportV1.of(report, inputs));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report cannot be written as JSON", e);
        }
    }

    /** Reads any stored row; a row that does not fit its schema is refused with what and where, never half read. */
    public static StoredReport read(String json) {
        JsonNode root;
        try {
            root = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoredReportException("stored report is not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new StoredReportException("stored report is not a JSON object", null);
        }
        boolean legacy = !root.has("schema");
        JsonNode schema = root.path("schema");
        if (!legacy && (!schema.isInt() || schema.intValue() != StoredReportV1.SCHEMA)) {
            throw new StoredReportException("stored report has schema " + schema + "; this server reads schema "
                    + StoredReportV1.SCHEMA + " and rows without one", null);
        }
        String name = legacy ? "legacy, no schema" : "schema 1";
        try {
            return legacy ? readAs(LENIENT, root, StoredReportLegacy.class, name).toStored()
                    : readAs(STRICT, root, StoredReportV1.class, name).toStored();
        } catch (IllegalArgumentException | NullPointerException e) {
            // an unknown status, severity or trend name, or a null where the domain needs a value
            throw new StoredReportException("stored report (" + name + "): " + e.getMessage(), e);
        }
    }

    private static <T> T readAs(ObjectMapper mapper, JsonNode root, Class<T> type, String schema) {
        try {
            return mapper.treeToValue(root, type);
        } catch (UnrecognizedPropertyException e) {
            throw new StoredReportException("stored report (" + schema + "): unknown property '" + e.getPropertyName() + "' at "
                    + path(e), e);
        } catch (MismatchedInputException e) {
            throw new StoredReportException("stored report (" + schema + ") at " + path(e) + ": " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new StoredReportException("stored report (" + schema + ") is not readable: " + e.getOriginalMessage(), e);
        }
    }

    /** e.g. {@code goals[3].parts[0].status} */
    private static String path(JsonMappingException e) {
        String p = e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining());
        return p.isEmpty() ? "the top" : p.substring(p.startsWith(".") ? 1 : 0);
    }
}
