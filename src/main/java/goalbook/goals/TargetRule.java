package goalbook.goals;

import java.math.BigDecimal;

/**
 * How a metric is judged. Boundaries are part of the rule: {@code AtLeast(0.80)} meets at exactly
 * 0.80, {@code GreaterThan} does not meet when equal, {@code Between} includes both ends.
 */
public sealed interface TargetRule {

    /** metric ≥ level */
    record AtLeast(Threshold level) implements TargetRule {}

    /** metric ≤ level (lower is better, e.g. cost per insats) */
    record AtMost(Threshold level) implements TargetRule {}

    /** metric &gt; level, strictly; {@code overTime} may also demand something of the change since the previous period */
    record GreaterThan(Threshold level, OverTime overTime) implements TargetRule {
        public GreaterThan {
            java.util.Objects.requireNonNull(overTime, "overTime");
        }
    }

    /**
     * What a rule demands of the change since the previous period of the same kind, as the structure
     * file says it ({@code overTime: no_fall | rise}); "förbättring över tid" alone could mean either.
     * With no earlier value there is nothing to compare and only the level is judged.
     */
    enum OverTime {
        /** only the level counts */
        ANY,
        /** unchanged or higher: no fall since the previous period */
        NO_FALL,
        /** strictly higher than in the previous period */
        RISE
    }

    /** low ≤ metric ≤ high */
    record Between(Threshold low, Threshold high) implements TargetRule {}

    /** metric = level exactly, e.g. 1 for "100 %" */
    record EqualTo(Threshold level) implements TargetRule {}

    /** No level yet (baseline year, levels to be set): the value is shown, status NO_TARGET. */
    record NoTarget(String reason) implements TargetRule {}

    /** The reference measures this rule needs, e.g. {@code [plan_utbetalda_lan]}. */
    default java.util.List<String> references() {
        java.util.List<String> refs = new java.util.ArrayList<>();
        for (Threshold t : thresholds()) {
            if (t.byReference()) {
                refs.add(t.reference());
            }
        }
        return refs;
    }

    /** The thresholds of this rule in order (low before high). */
    default java.util.List<Threshold> thresholds() {
        if (this instanceof AtLeast r) return java.util.List.of(r.level());
        if (this instanceof AtMost r) return java.util.List.of(r.level());
        if (this instanceof GreaterThan r) return java.util.List.of(r.level());
        if (this instanceof Between r) return java.util.List.of(r.low(), r.high());
        if (this instanceof EqualTo r) return java.util.List.of(r.level());
        return java.util.List.of();
    }

    static TargetRule atLeast(BigDecimal v) {
        return new AtLeast(Threshold.of(v));
    }
}
