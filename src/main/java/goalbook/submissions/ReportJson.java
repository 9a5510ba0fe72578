package goalbook.submissions;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.IndexResult;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Report;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON report of the API (documented in the README; the add-in reads it), and the stored form.
 * Example: {@code {"structure":"almi-2021","period":"2024-Q2","region":"nord","version":3,"valid":true,...}}.
 */
public final class ReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ReportJson() {}

    /** API shape of a goal: headline value, target, trend and the parts it was judged on. */
    public record GoalJson(String id, int number, String name, String area, String type, String status, String statusLabel,
                           BigDecimal value, String target, String trend, String comment, List<?> parts) {}

    /** The API's report, e.g. for a dry run {@code version} and {@code sha256} of the bytes checked. */
    public static Map<String, Object> api(Report r, Integer version, String sha256, Map<String, BigDecimal> inputs) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("structure", r.structure());
        m.put("structureRevision", r.structureRevision());
        m.put("period", r.period());
        m.put("region", r.region());
        m.put("version", version);
        m.put("sha256", sha256);
        m.put("valid", r.valid());
        m.put("problems", r.problems().stream().map(ReportJson::problem).toList());
        m.put("goals", r.goals().stream().map(ReportJson::goal).toList());
        m.put("indices", r.indices().stream().map(ReportJson::index).toList());
        m.put("inputs", new TreeMap<>(inputs));
        return m;
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", p.severity().name());
        m.put("code", p.code());
        m.put("measure", p.measure());
        m.put("cell", p.cell());
        m.put("message", p.message());
        return m;
    }

    private static GoalJson goal(GoalResult g) {
        return new GoalJson(g.id(), g.number(), g.name(), g.area(), g.type(), g.status().name(), g.status().label(),
                g.value(), g.target(), g.trend() == null ? null : g.trend().name(), g.comment(), g.parts());
    }

    private static Map<String, Object> index(IndexResult i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", i.id());
        m.put("name", i.name());
        m.put("value", i.value());
        m.put("note", i.note());
        m.put("components", i.components());
        return m;
    }

    static String stored(Report report, Map<String, BigDecimal> inputs) {
        try {
            return MAPPER.writeValueAsString(new StoredReport(report, inputs));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report cannot be written as JSON", e);
        }
    }

    public static StoredReport readStored(String json) {
        try {
            return MAPPER.readValue(json, StoredReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
