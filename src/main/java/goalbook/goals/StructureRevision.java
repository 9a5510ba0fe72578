package goalbook.goals;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The structure revision: 12 hex digits of SHA-256 over an explicit canonical form. Templates carry
 * it, and an upload whose revision differs is refused as {@code stale_structure}, so it must change
 * exactly when a template already sent out would be read or judged differently, and never otherwise.
 *
 * <p>In the form: measure ids and everything that reads or checks an input (unit, source,
 * aggregation, weight, timing, quarter level, min, max), goal ids, types, board quarters, the goals
 * each area groups (Måluppfyllelse counts per area), parts with their formulas, units and target
 * rules, indices with their formulas and weights, consistency checks and the plausibility factor.
 *
 * <p>Left out on purpose, because they change what people read but not how a template is read or
 * judged: every display text (structure, area, goal, part, index and measure names, labels, help,
 * descriptions, the seed's target wording, a NoTarget's reason, goal-type descriptions, group
 * goals), goal numbers, validFrom/validTo (closing a structure at a year's end must not make that
 * year's templates stale; the identity's structure id already ties a template to its structure),
 * YAML comments, key order and the order of goals and areas. A spelling fix in a goal name thus
 * keeps every template already sent out valid mid-quarter.
 *
 * <p>Maps are written with sorted keys, numbers with trailing zeros stripped ({@code 0.80} = {@code
 * 0.8}), formulas without whitespace (the formula language has no string literals). Nothing here
 * depends on Java record names or {@code toString()}. Changing this form changes both shipped
 * revisions, which a test pins: do it only deliberately, between quarters.
 */
final class StructureRevision {

    /** Names the form itself, so a later form can never collide with this one. */
    static final String FORM = "goalbook-structure-revision/1";

    private StructureRevision() {}

    static String of(GoalStructure s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(s).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The canonical text that is hashed, e.g. {@code goalbook-structure-revision/1\n{"areas":[["nps"]],...}}. */
    static String canonical(GoalStructure s) {
        Map<String, Object> root = new TreeMap<>();
        root.put("id", s.id());
        root.put("plausibility", s.plausibility());
        Map<String, Object> measures = new TreeMap<>();
        s.measures().values().forEach(m -> measures.put(m.id(), measure(m)));
        root.put("measures", measures);
        Map<String, Object> goals = new TreeMap<>();
        List<Object> areas = new ArrayList<>();
        for (GoalArea a : s.areas()) {
            areas.add(sorted(a.goals().stream().map(Goal::id).toList()));
            a.goals().forEach(g -> goals.put(g.id(), goal(g)));
        }
        areas.sort((x, y) -> text(x).compareTo(text(y)));
        root.put("areas", areas);
        root.put("goals", goals);
        Map<String, Object> indices = new TreeMap<>();
        s.indices().forEach(i -> indices.put(i.id(), index(i)));
        root.put("indices", indices);
        List<Object> checks = new ArrayList<>();
        s.consistency().forEach(c -> checks.add(obj("parts", sorted(c.parts()), "whole", c.whole())));
        checks.sort((x, y) -> text(x).compareTo(text(y)));
        root.put("consistency", checks);
        return FORM + "\n" + text(root);
    }

    private static Map<String, Object> measure(Measure m) {
        return obj("unit", m.unit(), "source", m.source(), "aggregation", m.aggregation(), "weight", m.weight(),
                "timing", m.timing() == Timing.YEAR_TO_DATE ? "ytd" : "point", "quarterLevel", m.quarterLevel(), "min", m.min(), "max", m.max());
    }

    private static Map<String, Object> goal(Goal g) {
        List<Object> parts = new ArrayList<>();
        g.parts().forEach(p -> parts.add(obj("id", p.id(), "metric", formula(p.metric()), "unit", p.unit(), "rule", rule(p.target()))));
        return obj("type", g.type(), "boardQuarters", List.copyOf(g.boardQuarters()), "index", g.index(), "parts", parts);
    }

    private static Map<String, Object> index(CompositeIndex i) {
        List<Object> components = new ArrayList<>();
        i.components().forEach(c -> components.add(obj("id", c.id(), "expression", formula(c.expression()), "weight", c.weight())));
        return obj("kind", i.kind(), "components", components);
    }

    private static Map<String, Object> rule(TargetRule r) {
        if (r instanceof TargetRule.AtLeast x) return obj("kind", "at_least", "level", level(x.level()));
        if (r instanceof TargetRule.AtMost x) return obj("kind", "at_most", "level", level(x.level()));
        if (r instanceof TargetRule.GreaterThan x) return obj("kind", "greater_than", "level", level(x.level()), "overTime", overTime(x.overTime()));
        if (r instanceof TargetRule.Between x) return obj("kind", "between", "low", level(x.low()), "high", level(x.high()));
        if (r instanceof TargetRule.EqualTo x) return obj("kind", "equal_to", "level", level(x.level()));
        return obj("kind", "none");
    }

    /** As the structure file spells it. */
    private static String overTime(TargetRule.OverTime o) {
        return switch (o) {
            case ANY -> null;
            case NO_FALL -> "no_fall";
            case RISE -> "rise";
        };
    }

    private static Map<String, Object> level(Threshold t) {
        return t.byReference() ? obj("ref", t.reference()) : obj("value", t.constant());
    }

    private static String formula(Expression e) {
        return e.text().replaceAll("\\s+", "");
    }

    private static List<Object> sorted(Collection<String> values) {
        return new ArrayList<>(new java.util.TreeSet<>(values));
    }

    private static Map<String, Object> obj(Object... keyValues) {
        Map<String, Object> m = new TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    /**
     * JSON with sorted keys and no spaces; numbers without trailing zeros; enums in lower case, which is
     * how the structure file spells them (Timing and OverTime, spelled otherwise, are mapped above).
     */
    private static String text(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder sb = new StringBuilder("{");
            m.forEach((k, x) -> sb.append(sb.length() > 1 ? "," : "").append(quote(k.toString())).append(':').append(text(x)));
            return sb.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            l.forEach(x -> sb.append(sb.length() > 1 ? "," : "").append(text(x)));
            return sb.append(']').toString();
        }
        if (v instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (v instanceof Integer i) {
            return i.toString();
        }
        if (v instanceof Enum<?> e) {
            return quote(e.name().toLowerCase(java.util.Locale.ROOT));
        }
        return quote(v.toString());
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
