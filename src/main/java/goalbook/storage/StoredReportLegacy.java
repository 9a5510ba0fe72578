package goalbook.storage;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Rows written before the schema was versioned ("v0", no {@code schema} property): the in-memory
 * records as Jackson wrote them, {@code {"report":{"structure":…,"goals":[…],…},"inputs":{…}}}. Read
 * leniently as they always were (unknown properties ignored, missing ones null), but through these
 * frozen records, so renaming a domain record cannot change how old rows read. Never rewritten.
 */
record StoredReportLegacy(Body report, Map<String, BigDecimal> inputs) {

    record Body(String structure, String structureRevision, String period, String region, List<StoredReportV1.ProblemRow> problems,
                List<StoredReportV1.GoalRow> goals, List<StoredReportV1.IndexRow> indices) {}

    StoredReport toStored() {
        Body b = report == null ? new Body(null, null, null, null, null, null, null) : report;
        return new StoredReportV1(0, b.structure(), b.structureRevision(), b.period(), b.region(), orEmpty(b.problems()),
                orEmpty(b.goals()).stream().map(g -> g.parts() != null ? g : new StoredReportV1.GoalRow(g.id(), g.number(), g.name(), g.area(),
                        g.type(), g.status(), g.value(), g.target(), g.trend(), g.comment(), List.of())).toList(),
                orEmpty(b.indices()).stream().map(i -> i.components() != null ? i
                        : new StoredReportV1.IndexRow(i.id(), i.name(), i.value(), i.note(), List.of())).toList(),
                inputs == null ? Map.of() : inputs).toStored();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
