package goalbook.submissions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every goal's status from a stored report, as the small JSON the history lists, e.g. {@code {"nps":"MET"}}. */
final class GoalStatusSummary {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoalStatusSummary() {}

    /** From a stored report's JSON; a report without goals (or unreadable) gives {@code {}}. */
    static String of(String storedReportJson) {
        Map<String, String> statuses = new LinkedHashMap<>();
        try {
            for (JsonNode g : MAPPER.readTree(storedReportJson).path("report").path("goals")) {
                statuses.put(g.path("id").asText(), g.path("status").asText());
            }
            return MAPPER.writeValueAsString(statuses);
        } catch (JsonProcessingException e) {
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
