package goalbook.reference;

import com.fasterxml.jackson.databind.JsonNode;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads one row of levels (a region's or the group's), adding a problem per bad field instead of stopping. */
final class LevelReader {

    private final GoalStructure structure;
    private final List<ReferenceProblem> problems;

    LevelReader(GoalStructure structure, List<ReferenceProblem> problems) {
        this.structure = structure;
        this.problems = problems;
    }

    /**
     * Measure id → level under {@code path}, e.g. "regions.nord"; unset (null or empty) levels are left out.
     *
     * @param rowName the row in Swedish, e.g. "Almi Nord" or "Koncernen"
     */
    Map<String, Level> levels(String path, String rowName, JsonNode node) {
        Map<String, Level> levels = new LinkedHashMap<>();
        if (!node.isObject()) {
            problems.add(ReferenceProblem.of(path, "expected an object of measure id to value",
                    rowName + ": ska vara ett objekt med mått och värden."));
            return levels;
        }
        node.fields().forEachRemaining(e -> {
            String at = path + "." + e.getKey();
            Measure m = structure.measures().get(e.getKey());
            if (m == null) {
                problems.add(ReferenceProblem.of(at, "unknown measure '" + e.getKey() + "' in structure " + structure.id(),
                        rowName + ": måttet '" + e.getKey() + "' finns inte i " + structure.name() + "."));
            } else if (m.enteredByRegion()) {
                problems.add(ReferenceProblem.of(at, "'" + m.id() + "' is entered by the region, not a reference measure of structure " + structure.id(),
                        ReferencePlace.of(rowName, m, null) + ": rapporteras av regionen och är ingen referensdata."));
            } else {
                Level level = level(at, rowName, m, e.getValue());
                if (level != null && !level.isEmpty()) {
                    levels.put(m.id(), level);
                }
            }
        });
        return levels;
    }

    private Level level(String at, String rowName, Measure m, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            return new Level(value(at, ReferencePlace.of(rowName, m, null), m, v), Map.of());
        }
        BigDecimal year = null;
        Map<Integer, BigDecimal> quarters = new LinkedHashMap<>();
        var fields = v.fields();
        while (fields.hasNext()) {
            var f = fields.next();
            String key = f.getKey();
            if ("year".equals(key)) {
                year = value(at + "." + key, ReferencePlace.of(rowName, m, key), m, f.getValue());
            } else if (key.matches("Q[1-4]")) {
                BigDecimal value = value(at + "." + key, ReferencePlace.of(rowName, m, key), m, f.getValue());
                if (value != null) {
                    quarters.put(key.charAt(1) - '0', value);
                }
            } else {
                problems.add(ReferenceProblem.of(at + "." + key, "unknown field (expected \"year\" or \"Q1\"..\"Q4\")",
                        ReferencePlace.of(rowName, m, null) + ": okänt fält '" + key + "' (ska vara \"year\" eller \"Q1\"–\"Q4\")."));
            }
        }
        return new Level(year, quarters);
    }

    /** The number at {@code at}, or null (with a problem unless it is JSON null) when it is not acceptable. */
    private BigDecimal value(String at, String place, Measure m, JsonNode v) {
        if (v.isNull()) {
            return null;
        }
        if (!v.isNumber()) {
            problems.add(ReferenceProblem.of(at, "must be a number, got " + v, place + ": ska vara ett tal, angivet " + v + "."));
            return null;
        }
        BigDecimal d = v.decimalValue();
        String given = ", angivet " + ReferencePlace.swedish(d, m.unit()) + ".";
        if (m.unit() == Unit.SHARE) {
            if (d.signum() < 0 || d.compareTo(BigDecimal.ONE) > 0) {
                problems.add(ReferenceProblem.of(at, "is a share and must be between 0 and 1 (0.8 for 80 %), got " + d.toPlainString(),
                        place + ": en andel ska vara mellan 0 % och 100 %" + given));
                return null;
            }
            return d;
        }
        if (m.min() != null && d.compareTo(m.min()) < 0) {
            problems.add(ReferenceProblem.of(at,
                    (m.min().signum() == 0 ? "must not be negative" : "must be at least " + m.min().toPlainString()) + ", got " + d.toPlainString(),
                    place + (m.min().signum() == 0 ? ": får inte vara negativt" : ": ska vara minst " + ReferencePlace.swedish(m.min(), m.unit()))
                            + given));
            return null;
        }
        if (m.max() != null && d.compareTo(m.max()) > 0) {
            problems.add(ReferenceProblem.of(at, "must be at most " + m.max().toPlainString() + ", got " + d.toPlainString(),
                    place + ": får vara högst " + ReferencePlace.swedish(m.max(), m.unit()) + given));
            return null;
        }
        return d;
    }
}
