package goalbook.goals;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads one goal: a single metric, a list of parts, or a composite index judged part by part. */
final class GoalReader {

    private final StructureReader structure;
    private final String path;
    private final Map<String, CompositeIndex> indices;

    GoalReader(StructureReader structure, String path, Map<String, CompositeIndex> indices) {
        this.structure = structure;
        this.path = path;
        this.indices = indices;
    }

    Goal read(JsonNode n) {
        String id = structure.required(n, "id", path + ".id");
        boolean unique = structure.registerGoalId(path + ".id", id);
        int number = n.path("number").asInt(0);
        if (number <= 0) {
            structure.problem(path + ".number", "must be a positive number");
        }
        String type = n.hasNonNull("type") ? n.get("type").asText() : null;
        Set<Integer> quarters = quarters(n.path("boardQuarters"));
        String indexId = n.hasNonNull("index") ? n.get("index").asText() : null;
        List<GoalPart> parts = indexId != null ? indexParts(indexId, n.path("rule"))
                : n.has("parts") ? listedParts(n.path("parts"))
                : singlePart(id, structure.text(n, "name", path), n);
        if (parts.isEmpty()) {
            structure.problem(path, "needs a metric, parts or an index");
        }
        if (!unique) {
            return null;
        }
        return new Goal(id, number, structure.text(n, "name", path), n.path("description").asText(""),
                structure.text(n, "target", path), type, quarters, parts, indexId);
    }

    private Set<Integer> quarters(JsonNode node) {
        Set<Integer> quarters = new LinkedHashSet<>();
        if (!node.isArray() || node.isEmpty()) {
            structure.problem(path + ".boardQuarters", "expected a list of quarters such as [2, 4]");
            return quarters;
        }
        for (JsonNode q : node) {
            if (!q.canConvertToInt() || q.asInt() < 1 || q.asInt() > 4) {
                structure.problem(path + ".boardQuarters", "quarter " + q.asText() + " is outside 1–4");
            } else {
                quarters.add(q.asInt());
            }
        }
        return quarters;
    }

    private List<GoalPart> singlePart(String id, String name, JsonNode n) {
        List<GoalPart> parts = new ArrayList<>();
        GoalPart p = part(path, id, name, n);
        if (p != null) {
            parts.add(p);
        }
        return parts;
    }

    private List<GoalPart> listedParts(JsonNode node) {
        List<GoalPart> parts = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        int i = 0;
        for (JsonNode pn : node) {
            String ppath = path + ".parts[" + i++ + "]";
            String pid = structure.required(pn, "id", ppath + ".id");
            structure.checkId(ppath + ".id", pid);
            if (!ids.add(pid)) {
                structure.problem(ppath + ".id", "duplicate part id '" + pid + "'");
            }
            GoalPart p = part(ppath, pid, structure.text(pn, "name", ppath), pn);
            if (p != null) {
                parts.add(p);
            }
        }
        return parts;
    }

    private GoalPart part(String ppath, String id, String name, JsonNode n) {
        Expression metric = structure.expression(ppath + ".metric", n.path("metric").asText(""));
        Unit unit = structure.enumValue(ppath + ".unit", n.path("unit"), Unit.class, null);
        TargetRule rule = new RuleReader(structure, ppath + ".rule").read(n.path("rule"));
        Better better = n.hasNonNull("better") ? structure.enumValue(ppath + ".better", n.path("better"), Better.class, null) : null;
        return metric == null || unit == null || rule == null ? null : new GoalPart(id, name, metric, unit, rule, better);
    }

    /**
     * An index goal is judged on every sub-index and on the composite, each by the same rule; the
     * composite's expression is the weighted mean written out, so Excel and EvalEx compute it alike.
     */
    private List<GoalPart> indexParts(String indexId, JsonNode ruleNode) {
        List<GoalPart> parts = new ArrayList<>();
        CompositeIndex index = indices.get(indexId);
        if (index == null || index.kind() != CompositeIndex.Kind.WEIGHTED) {
            structure.problem(path + ".index", "unknown weighted index '" + indexId + "'");
            return parts;
        }
        TargetRule rule = new RuleReader(structure, path + ".rule").read(ruleNode);
        if (rule == null) {
            return parts;
        }
        StringBuilder sum = new StringBuilder();
        BigDecimal totalWeight = BigDecimal.ZERO;
        for (IndexComponent c : index.components()) {
            parts.add(new GoalPart(c.id(), c.name(), c.expression(), Unit.INDEX, rule));
            sum.append(sum.length() == 0 ? "" : " + ").append(c.weight().toPlainString()).append(" * (").append(c.expression().text()).append(')');
            totalWeight = totalWeight.add(c.weight());
        }
        Expression composite = structure.expression(path + ".index", "(" + sum + ") / " + totalWeight.toPlainString());
        if (composite != null) {
            parts.add(new GoalPart("sammanvagt", "Sammanvägt index", composite, Unit.INDEX, rule));
        }
        return parts;
    }
}
