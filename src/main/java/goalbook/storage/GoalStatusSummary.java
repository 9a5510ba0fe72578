package goalbook.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every goal's status from a stored report, as the small JSON the history lists, e.g. {@code {"nps":"MET"}}. */
final class GoalStatusSummary {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoalStatusSummary() {}

    /**
     * From a stored report's JSON, in any stored schema (read by the one stored-report reader, so
     * the summary cannot drift from the report); a report that cannot be read gives {@code {}}.
     */
    static String of(String storedReportJson) {
        Map<String, String> statuses = new LinkedHashMap<>();
        try {
            for (var g : StoredReportJson.read(storedReportJson).report().goals()) {
                statuses.put(g.id(), g.status().name());
            }
            return MAPPER.writeValueAsString(statuses);
        } catch (JsonProcessingException | RuntimeException e) {
            return "{}";
        }
    }

    static Map<String, String> read(String summaryJson) {
        try {
            return MAPPER.readValue(summaryJson, new TypeReference<LinkedHashMap<String, String>>() {});
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("version summary is not readable", e);
        }
    }
}
