package goalbook.storage;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.IndexResult;
import goalbook.evaluation.PartResult;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Report;
import goalbook.evaluation.Severity;
import goalbook.evaluation.Trend;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Schema 1 of a stored report, its own records so that renaming a domain record can never change
 * what is stored or how stored years read back. Every property is required (null where there is no
 * value) and no other is allowed. Enum values are stored by name: renaming GoalStatus.MET or
 * Severity.ERROR would be a schema change. Example:
 * {@code {"schema":1,"structure":"almi-2021","structureRevision":"fd1864287a85","period":"2024-Q4","region":"nord",
 * "problems":[...],"goals":[...],"indices":[...],"inputs":{"unika_kunder":100}}}.
 * Schemas are append-only: change this one and stored rows stop reading; add a {@code StoredReportV2} instead.
 */
@JsonPropertyOrder({"schema", "structure", "structureRevision", "period", "region", "problems", "goals", "indices", "inputs"})
record StoredReportV1(int schema, String structure, String structureRevision, String period, String region,
                      List<ProblemRow> problems, List<GoalRow> goals, List<IndexRow> indices, Map<String, BigDecimal> inputs) {

    static final int SCHEMA = 1;

    @JsonPropertyOrder({"severity", "code", "measure", "cell", "message"})
    record ProblemRow(String severity, String code, String measure, String cell, String message) {}

    @JsonPropertyOrder({"id", "number", "name", "area", "type", "status", "value", "target", "trend", "comment", "parts"})
    record GoalRow(String id, int number, String name, String area, String type, String status, BigDecimal value, String target,
                   String trend, String comment, List<PartRow> parts) {}

    @JsonPropertyOrder({"id", "name", "status", "value", "target", "trend"})
    record PartRow(String id, String name, String status, BigDecimal value, String target, String trend) {}

    @JsonPropertyOrder({"id", "name", "value", "note", "components"})
    record IndexRow(String id, String name, BigDecimal value, String note, List<ComponentRow> components) {}

    @JsonPropertyOrder({"id", "name", "value", "weight", "formula"})
    record ComponentRow(String id, String name, BigDecimal value, BigDecimal weight, String formula) {}

    static StoredReportV1 of(Report r, Map<String, BigDecimal> inputs) {
        return new StoredReportV1(SCHEMA, r.structure(), r.structureRevision(), r.period(), r.region(),
                r.problems().stream().map(p -> new ProblemRow(p.severity().name(), p.code(), p.measure(), p.cell(), p.message())).toList(),
                r.goals().stream().map(StoredReportV1::goal).toList(),
                r.indices().stream().map(i -> new IndexRow(i.id(), i.name(), i.value(), i.note(), i.components().stream()
                        .map(c -> new ComponentRow(c.id(), c.name(), c.value(), c.weight(), c.formula())).toList())).toList(),
                new TreeMap<>(inputs));
    }

    private static GoalRow goal(GoalResult g) {
        return new GoalRow(g.id(), g.number(), g.name(), g.area(), g.type(), g.status().name(), g.value(), g.target(), name(g.trend()),
                g.comment(), g.parts().stream().map(p -> new PartRow(p.id(), p.name(), p.status().name(), p.value(), p.target(),
                        name(p.trend()))).toList());
    }

    private static String name(Trend t) {
        return t == null ? null : t.name();
    }

    /** The domain report; an unknown status, severity or trend name is refused like an unknown property. */
    StoredReport toStored() {
        Report r = new Report(structure, structureRevision, period, region,
                problems.stream().map(p -> new Problem(Severity.valueOf(p.severity()), p.code(), p.measure(), p.cell(), p.message())).toList(),
                goals.stream().map(g -> new GoalResult(g.id(), g.number(), g.name(), g.area(), g.type(), GoalStatus.valueOf(g.status()),
                        g.value(), g.target(), trend(g.trend()), g.comment(), g.parts().stream().map(p -> new PartResult(p.id(), p.name(),
                        GoalStatus.valueOf(p.status()), p.value(), p.target(), trend(p.trend()))).toList())).toList(),
                indices.stream().map(i -> new IndexResult(i.id(), i.name(), i.value(), i.components().stream().map(c ->
                        new IndexResult.Component(c.id(), c.name(), c.value(), c.weight(), c.formula())).toList(), i.note())).toList());
        return new StoredReport(r, inputs);
    }

    private static Trend trend(String name) {
        return name == null ? null : Trend.valueOf(name);
    }
}
