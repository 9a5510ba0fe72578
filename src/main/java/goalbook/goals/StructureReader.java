package goalbook.goals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Walks one parsed structure file, collecting every problem instead of stopping at the first. */
final class StructureReader {

    private final String file;
    private final FormulaCheck spreadsheetCheck;
    private final List<StructureProblem> problems = new ArrayList<>();
    private final Map<String, Measure> measures = new LinkedHashMap<>();
    private final Set<String> goalIds = new HashSet<>();

    StructureReader(String file, FormulaCheck spreadsheetCheck) {
        this.file = file;
        this.spreadsheetCheck = spreadsheetCheck;
    }

    List<StructureProblem> problems() {
        return problems;
    }

    GoalStructure read(JsonNode root) {
        String id = required(root, "id", "id");
        String name = required(root, "name", "name");
        int validFrom = root.path("validFrom").asInt(0);
        if (validFrom < 2000) {
            problem("validFrom", "must be a year such as 2021");
        }
        Integer validTo = root.hasNonNull("validTo") ? root.get("validTo").asInt() : null;
        if (validTo != null && validTo < validFrom) {
            problem("validTo", "is before validFrom");
        }
        readMeasures(root.path("measures"));
        Map<String, CompositeIndex> indices = readIndices(root.path("indices"));
        List<GoalArea> areas = readAreas(root.path("areas"), indices);
        List<ConsistencyCheck> consistency = readConsistency(root.path("consistency"));
        List<String> groupGoals = new ArrayList<>();
        root.path("groupGoals").forEach(n -> groupGoals.add(n.asText()));
        BigDecimal plausibility = root.hasNonNull("plausibility") ? StructureLoader.decimal(root.get("plausibility")) : new BigDecimal(3);
        if (plausibility.compareTo(BigDecimal.ONE) <= 0) {
            problem("plausibility", "must be a factor greater than 1, got " + plausibility);
        }
        GoalStructure draft = new GoalStructure(id, name, validFrom, validTo, "", StructureLoader.strings(root.path("goalTypes")),
                areas, measures, List.copyOf(indices.values()), consistency, groupGoals, plausibility);
        return new GoalStructure(id, name, validFrom, validTo, StructureRevision.of(draft), draft.goalTypes(), areas, measures,
                draft.indices(), consistency, groupGoals, plausibility);
    }

    private void readMeasures(JsonNode node) {
        if (!node.isObject() || node.isEmpty()) {
            problem("measures", "expected a mapping of measure id to its definition");
            return;
        }
        node.fields().forEachRemaining(e -> {
            String path = "measures." + e.getKey();
            checkId(path, e.getKey());
            JsonNode m = e.getValue();
            Unit unit = enumValue(path + ".unit", m.path("unit"), Unit.class, null);
            Source source = enumValue(path + ".source", m.path("source"), Source.class, null);
            Aggregation aggregation = enumValue(path + ".aggregation", m.path("aggregation"), Aggregation.class, Aggregation.SUM);
            Timing timing = "ytd".equals(m.path("timing").asText()) ? Timing.YEAR_TO_DATE
                    : "point".equals(m.path("timing").asText()) ? Timing.POINT_IN_TIME : null;
            if (timing == null) {
                problem(path + ".timing", "must be 'ytd' or 'point', got '" + m.path("timing").asText() + "'");
            }
            QuarterLevel level = enumValue(path + ".quarterLevel", m.path("quarterLevel"), QuarterLevel.class, QuarterLevel.ANNUAL);
            BigDecimal min = m.has("min") ? StructureLoader.decimal(m.get("min")) : defaultMin(unit);
            BigDecimal max = m.has("max") ? StructureLoader.decimal(m.get("max")) : defaultMax(unit);
            String weight = m.hasNonNull("weight") ? m.get("weight").asText() : null;
            if (unit == null || source == null) {
                return;
            }
            try {
                measures.put(e.getKey(), new Measure(e.getKey(), text(m, "label", path), m.path("help").asText(""), unit, source,
                        aggregation, weight, timing, level, min, max));
            } catch (IllegalArgumentException ex) {
                problem(path, ex.getMessage());
            }
        });
        measures.values().stream().filter(m -> m.weight() != null && !measures.containsKey(m.weight()))
                .forEach(m -> problem("measures." + m.id() + ".weight", "unknown measure '" + m.weight() + "'"));
    }

    private static BigDecimal defaultMin(Unit unit) {
        return unit == Unit.COUNT || unit == Unit.SEK || unit == Unit.SHARE ? BigDecimal.ZERO : null;
    }

    private static BigDecimal defaultMax(Unit unit) {
        return unit == Unit.SHARE ? BigDecimal.ONE : null;
    }

    private Map<String, CompositeIndex> readIndices(JsonNode node) {
        Map<String, CompositeIndex> indices = new LinkedHashMap<>();
        int i = 0;
        for (JsonNode n : node) {
            String path = "indices[" + i++ + "]";
            String id = required(n, "id", path + ".id");
            checkId(path + ".id", id);
            CompositeIndex.Kind kind = enumValue(path + ".kind", n.path("kind"), CompositeIndex.Kind.class, CompositeIndex.Kind.WEIGHTED);
            List<IndexComponent> components = new ArrayList<>();
            int c = 0;
            for (JsonNode comp : n.path("components")) {
                String cpath = path + ".components[" + c++ + "]";
                Expression e = expression(cpath + ".expression", comp.path("expression").asText(""));
                BigDecimal weight = comp.hasNonNull("weight") ? StructureLoader.decimal(comp.get("weight")) : BigDecimal.ONE;
                if (weight.signum() <= 0) {
                    problem(cpath + ".weight", "must be positive, got " + weight);
                }
                if (e != null) {
                    components.add(new IndexComponent(required(comp, "id", cpath + ".id"), text(comp, "name", cpath), e, weight));
                }
            }
            if (kind == CompositeIndex.Kind.WEIGHTED && components.isEmpty()) {
                problem(path + ".components", "a weighted index needs at least one component");
            }
            if (indices.put(id, new CompositeIndex(id, text(n, "name", path), kind, components, n.path("description").asText(""))) != null) {
                problem(path + ".id", "duplicate index id '" + id + "'");
            }
        }
        return indices;
    }

    private List<GoalArea> readAreas(JsonNode node, Map<String, CompositeIndex> indices) {
        List<GoalArea> areas = new ArrayList<>();
        if (!node.isArray() || node.isEmpty()) {
            problem("areas", "expected a list of goal areas");
            return areas;
        }
        Set<Integer> numbers = new HashSet<>();
        int a = 0;
        for (JsonNode an : node) {
            String path = "areas[" + a++ + "]";
            List<Goal> goals = new ArrayList<>();
            int g = 0;
            for (JsonNode gn : an.path("goals")) {
                Goal goal = new GoalReader(this, path + ".goals[" + g++ + "]", indices).read(gn);
                if (goal != null) {
                    if (!numbers.add(goal.number())) {
                        problem(path + ".goals[" + (g - 1) + "].number", "duplicate goal number " + goal.number());
                    }
                    goals.add(goal);
                }
            }
            areas.add(new GoalArea(text(an, "name", path), an.path("description").asText(""), goals));
        }
        return areas;
    }

    private List<ConsistencyCheck> readConsistency(JsonNode node) {
        List<ConsistencyCheck> checks = new ArrayList<>();
        int i = 0;
        for (JsonNode n : node) {
            String path = "consistency[" + i++ + "]";
            List<String> parts = new ArrayList<>();
            n.path("parts").forEach(p -> parts.add(p.asText()));
            String whole = n.path("whole").asText("");
            for (String id : parts) {
                knownMeasure(path + ".parts", id);
            }
            knownMeasure(path + ".whole", whole);
            checks.add(new ConsistencyCheck(parts, whole));
        }
        return checks;
    }

    // --- shared with GoalReader ---

    boolean registerGoalId(String path, String id) {
        checkId(path, id);
        if (!goalIds.add(id)) {
            problem(path, "duplicate goal id '" + id + "'");
            return false;
        }
        return true;
    }

    Expression expression(String path, String text) {
        try {
            Expression e = Formulas.parse(text);
            e.measures().forEach(id -> knownMeasure(path, id));
            spreadsheetCheck.problemWith(text).ifPresent(reason -> problem(path, "the spreadsheet cannot parse '" + text + "': " + reason));
            return e;
        } catch (IllegalArgumentException ex) {
            problem(path, ex.getMessage());
            return null;
        }
    }

    void knownMeasure(String path, String id) {
        if (!measures.containsKey(id)) {
            problem(path, "unknown measure '" + id + "'");
        }
    }

    void checkId(String path, String id) {
        ExcelNames.problemWith(id).ifPresent(reason -> problem(path, reason));
    }

    String required(JsonNode n, String field, String path) {
        if (!n.hasNonNull(field) || n.get(field).asText().isBlank()) {
            problem(path, "is required");
            return "";
        }
        return n.get(field).asText();
    }

    String text(JsonNode n, String field, String parentPath) {
        return required(n, field, parentPath + "." + field);
    }

    <E extends Enum<E>> E enumValue(String path, JsonNode n, Class<E> type, E fallback) {
        if (n.isMissingNode() || n.isNull()) {
            if (fallback == null) {
                problem(path, "is required");
            }
            return fallback;
        }
        try {
            return Enum.valueOf(type, n.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Set<String> allowed = new TreeSet<>();
            for (E c : type.getEnumConstants()) {
                allowed.add(c.name().toLowerCase(Locale.ROOT));
            }
            problem(path, "'" + n.asText() + "' is not one of " + allowed);
            return fallback;
        }
    }

    void problem(String path, String reason) {
        problems.add(new StructureProblem(file, path, reason));
    }
}
