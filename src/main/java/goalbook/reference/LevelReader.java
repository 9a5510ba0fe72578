package goalbook.reference;

import com.fasterxml.jackson.databind.JsonNode;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one row of levels (a region's or the group's), adding an error per bad field instead of stopping. */
final class LevelReader {

    private final GoalStructure structure;
    private final List<String> errors;

    LevelReader(GoalStructure structure, List<String> errors) {
        this.structure = structure;
        this.errors = errors;
    }

    /** Measure id → level under {@code path}, e.g. "regions.nord"; unset (null or empty) levels are left out. */
    Map<String, Level> levels(String path, JsonNode node) {
        Map<String, Level> levels = new LinkedHashMap<>();
        if (!node.isObject()) {
            errors.add(path + ": expected an object of measure id to value");
            return levels;
        }
        node.fields().forEachRemaining(e -> {
            String at = path + "." + e.getKey();
            Measure m = structure.measures().get(e.getKey());
            if (m == null) {
                errors.add(at + ": unknown measure '" + e.getKey() + "' in structure " + structure.id());
            } else if (m.enteredByRegion()) {
                errors.add(at + ": '" + m.id() + "' is entered by the region, not a reference measure of structure " + structure.id());
            } else {
                Level level = level(at, m, e.getValue());
                if (level != null && !level.isEmpty()) {
                    levels.put(m.id(), level);
                }
            }
        });
        return levels;
    }

    private Level level(String at, Measure m, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            return new Level(value(at, m, v), Map.of());
        }
        BigDecimal year = null;
        Map<Integer, BigDecimal> quarters = new LinkedHashMap<>();
        var fields = v.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            String key = f.getKey();
            BigDecimal value = value(at + "." + key, m, f.getValue());
            if ("year".equals(key)) {
                year = value;
            } else if (key.matches("Q[1-4]")) {
                if (value != null) {
                    quarters.put(key.charAt(1) - '0', value);
                }
            } else {
                errors.add(at + "." + key + ": unknown field (expected \"year\" or \"Q1\"..\"Q4\")");
            }
        }
        return new Level(year, quarters);
    }

    /** The number at {@code at}, or null (with an error unless it is JSON null) when it is not acceptable. */
    private BigDecimal value(String at, Measure m, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            errors.add(at + ": must be a number, got " + v);
            return null;
        }
        BigDecimal d = v.decimalValue();
        if (m.unit() == Unit.SHARE) {
            if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
                errors.add(at + ": is a share and must be between 0 and 1 (0.8 for 80 %), got " + d.toPlainString());
                return null;
            }
            return d;
        }
        if (m.min() != null && d.compareTo(m.min()) < 0) {
            errors.add(at + (m.min().signum() == 0 ? ": must not be negative" : ": must be at least " + m.min().toPlainString())
                    + ", got " + d.toPlainString());
            return null;
        }
        if (m.max() != null && d.compareTo(m.max()) > 0) {
            errors.add(at + ": must be at most " + m.max().toPlainString() + ", got " + d.toPlainString());
            return null;
        }
        return d;
    }
}
