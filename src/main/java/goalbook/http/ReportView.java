package goalbook.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.IndexResult;
import goalbook.evaluation.PartResult;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Report;
import goalbook.evaluation.Trend;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The API's report (documented in the README; the add-in reads it), its own records so that neither
 * a domain rename nor the stored schema changes what clients get. Example:
 * {@code {"structure":"almi-2021","period":"2024-Q2","region":"nord","version":3,"valid":true,...}}.
 *
 * @param version null for a dry run
 * @param sha256  of the bytes checked
 */
@JsonPropertyOrder({"structure", "structureRevision", "period", "region", "version", "sha256", "valid", "problems", "goals", "indices", "inputs"})
record ReportView(String structure, String structureRevision, String period, String region, Integer version, String sha256,
                  boolean valid, List<ProblemView> problems, List<GoalView> goals, List<IndexView> indices, Map<String, BigDecimal> inputs) {

    @JsonPropertyOrder({"severity", "code", "measure", "cell", "message"})
    record ProblemView(String severity, String code, String measure, String cell, String message) {}

    /** A goal: headline value, target, trend and the parts it was judged on. */
    @JsonPropertyOrder({"id", "number", "name", "area", "type", "status", "statusLabel", "value", "target", "trend", "comment", "parts"})
    record GoalView(String id, int number, String name, String area, String type, String status, String statusLabel,
                    BigDecimal value, String target, String trend, String comment, List<PartView> parts) {}

    @JsonPropertyOrder({"id", "name", "status", "value", "target", "trend"})
    record PartView(String id, String name, String status, BigDecimal value, String target, String trend) {}

    @JsonPropertyOrder({"id", "name", "value", "note", "components"})
    record IndexView(String id, String name, BigDecimal value, String note, List<ComponentView> components) {}

    @JsonPropertyOrder({"id", "name", "value", "weight", "formula"})
    record ComponentView(String id, String name, BigDecimal value, BigDecimal weight, String formula) {}

    static ReportView of(Report r, Integer version, String sha256, Map<String, BigDecimal> inputs) {
        return new ReportView(r.structure(), r.structureRevision(), r.period(), r.region(), version, sha256, r.valid(),
                r.problems().stream().map(ReportView::problem).toList(), r.goals().stream().map(ReportView::goal).toList(),
                r.indices().stream().map(ReportView::index).toList(), new TreeMap<>(inputs));
    }

    private static ProblemView problem(Problem p) {
        return new ProblemView(p.severity().name(), p.code(), p.measure(), p.cell(), p.message());
    }

    private static GoalView goal(GoalResult g) {
        return new GoalView(g.id(), g.number(), g.name(), g.area(), g.type(), g.status().name(), g.status().label(),
                g.value(), g.target(), name(g.trend()), g.comment(), g.parts().stream().map(ReportView::part).toList());
    }

    private static PartView part(PartResult p) {
        return new PartView(p.id(), p.name(), p.status().name(), p.value(), p.target(), name(p.trend()));
    }

    private static IndexView index(IndexResult i) {
        return new IndexView(i.id(), i.name(), i.value(), i.note(), i.components().stream()
                .map(c -> new ComponentView(c.id(), c.name(), c.value(), c.weight(), c.formula())).toList());
    }

    private static String name(Trend t) {
        return t == null ? null : t.name();
    }
}
