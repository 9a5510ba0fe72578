package goalbook.goals;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads a target rule such as {@code { kind: between, low: 0.02, high: 0.04 }}. */
final class RuleReader {

    private final StructureReader structure;
    private final String path;

    RuleReader(StructureReader structure, String path) {
        this.structure = structure;
        this.path = path;
    }

    TargetRule read(JsonNode n) {
        String kind = n.path("kind").asText("");
        return switch (kind) {
            case "at_least" -> threshold(n, "") == null ? null : new TargetRule.AtLeast(threshold(n, ""));
            case "at_most" -> threshold(n, "") == null ? null : new TargetRule.AtMost(threshold(n, ""));
            case "greater_than" -> threshold(n, "") == null ? null
                    : overTime(n) == null ? null : new TargetRule.GreaterThan(threshold(n, ""), overTime(n));
            case "equal_to" -> threshold(n, "") == null ? null : new TargetRule.EqualTo(threshold(n, ""));
            case "between" -> between(n);
            case "none" -> new TargetRule.NoTarget(n.path("reason").asText("Målnivå ej fastställd."));
            default -> {
                structure.problem(path + ".kind", "'" + kind + "' is not one of at_least, at_most, greater_than, between, equal_to, none");
                yield null;
            }
        };
    }

    /**
     * {@code overTime: no_fall | rise}, default none. The former {@code improving: true} is refused:
     * it did not say whether an unchanged value passes, and the text and the verdict disagreed on it.
     */
    private TargetRule.OverTime overTime(JsonNode n) {
        if (n.has("improving")) {
            structure.problem(path + ".improving", "is ambiguous: write overTime: no_fall (an unchanged value passes) or overTime: rise");
            return null;
        }
        JsonNode o = n.path("overTime");
        if (o.isMissingNode() || o.isNull()) {
            return TargetRule.OverTime.ANY;
        }
        return switch (o.asText()) {
            case "no_fall" -> TargetRule.OverTime.NO_FALL;
            case "rise" -> TargetRule.OverTime.RISE;
            default -> {
                structure.problem(path + ".overTime", "'" + o.asText() + "' is not one of no_fall, rise");
                yield null;
            }
        };
    }

    private TargetRule between(JsonNode n) {
        Threshold low = threshold(n, "low");
        Threshold high = threshold(n, "high");
        if (low == null || high == null) {
            return null;
        }
        if (low.constant() != null && high.constant() != null && low.constant().compareTo(high.constant()) > 0) {
            structure.problem(path, "low " + low.constant() + " is above high " + high.constant());
            return null;
        }
        return new TargetRule.Between(low, high);
    }

    /** {@code value}/{@code ref}, or for between {@code low}/{@code high} (a number or a reference id). */
    private Threshold threshold(JsonNode n, String field) {
        String at = field.isEmpty() ? path : path + "." + field;
        JsonNode value = field.isEmpty() ? n.get("value") : n.get(field);
        JsonNode ref = field.isEmpty() ? n.get("ref") : null;
        if (ref != null && !ref.isNull()) {
            structure.knownMeasure(at + ".ref", ref.asText());
            return Threshold.ref(ref.asText());
        }
        if (value != null && value.isNumber()) {
            return Threshold.of(value.decimalValue());
        }
        if (value != null && value.isTextual()) {
            structure.knownMeasure(at, value.asText());
            return Threshold.ref(value.asText());
        }
        structure.problem(at, "needs a number" + (field.isEmpty() ? " ('value') or a reference measure ('ref')" : ""));
        return null;
    }
}
