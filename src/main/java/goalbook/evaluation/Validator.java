package goalbook.evaluation;

import goalbook.goals.ConsistencyCheck;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Timing;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks the region's inputs and returns every problem at once, e.g. {@code ERROR required
 * unika_kunder Inrapportering!D14 "Uppgift saknas: Unika kunder måste fyllas i."}. The reader's
 * own problems (not a number, ...) are not repeated; an input that already has one is not checked
 * again.
 */
final class Validator {

    /** Problems of the inputs, in order: required, values, consistency, plausibility. */
    List<Problem> validate(GoalStructure structure, int quarter, SubmittedInputs inputs, History history) {
        Set<String> readProblems = new HashSet<>();
        inputs.problems().forEach(p -> readProblems.add(p.measure()));
        List<Problem> problems = new ArrayList<>();
        for (Measure m : structure.regionInputsDueIn(quarter)) {
            if (!inputs.values().containsKey(m.id()) && !readProblems.contains(m.id())) {
                problems.add(Problem.error("required", m.id(), inputs.cells().get(m.id()),
                        "Uppgift saknas: " + m.label() + " måste fyllas i."));
            }
        }
        for (Measure m : structure.measures().values()) {
            BigDecimal v = inputs.values().get(m.id());
            if (m.enteredByRegion() && v != null) {
                checkValue(m, v, inputs.cells().get(m.id()), problems);
            }
        }
        Set<String> invalid = Evaluator.invalidMeasures(inputs.problems(), problems);
        for (ConsistencyCheck c : structure.consistency()) {
            checkConsistency(structure, c, inputs, invalid, problems);
        }
        for (Measure m : structure.measures().values()) {
            BigDecimal v = inputs.values().get(m.id());
            if (m.enteredByRegion() && v != null && !invalid.contains(m.id())) {
                checkPlausibility(structure.plausibility(), m, v, inputs.cells().get(m.id()), history, problems);
            }
        }
        return problems;
    }

    private static void checkValue(Measure m, BigDecimal v, String cell, List<Problem> problems) {
        String shown = SwedishFormat.exact(v);
        if (m.mustBeWhole() && v.stripTrailingZeros().scale() > 0) {
            problems.add(Problem.error("not_whole", m.id(), cell, m.label() + " ska vara ett heltal, inte " + shown + "."));
        }
        if (m.mustBeWhole() && v.signum() < 0) {
            problems.add(Problem.error("negative", m.id(), cell, m.label() + " kan inte vara negativt (" + shown + ")."));
            return;
        }
        boolean below = m.min() != null && v.compareTo(m.min()) < 0;
        boolean above = m.max() != null && v.compareTo(m.max()) > 0;
        if (m.unit() == Unit.SHARE && (below || above)) {
            problems.add(Problem.error("share_out_of_range", m.id(), cell, m.label() + " ska vara en andel mellan "
                    + bound(m.min(), "0,0 %") + " och " + bound(m.max(), "100,0 %") + ", inte " + SwedishFormat.percent(v) + "."));
        } else if (below) {
            problems.add(Problem.error("below_min", m.id(), cell, m.label() + " får inte vara mindre än "
                    + SwedishFormat.exact(m.min()) + " (ifyllt: " + shown + ")."));
        } else if (above) {
            problems.add(Problem.error("above_max", m.id(), cell, m.label() + " får inte vara större än "
                    + SwedishFormat.exact(m.max()) + " (ifyllt: " + shown + ")."));
        }
    }

    private static String bound(BigDecimal fraction, String otherwise) {
        return fraction == null ? otherwise : SwedishFormat.percent(fraction);
    }

    /** Sum of the parts above the whole is an error on the (first) part, where the slip usually is. */
    private static void checkConsistency(GoalStructure structure, ConsistencyCheck c, SubmittedInputs inputs,
                                         Set<String> invalid, List<Problem> problems) {
        Map<String, BigDecimal> values = inputs.values();
        BigDecimal whole = values.get(c.whole());
        if (whole == null || invalid.contains(c.whole())) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (String part : c.parts()) {
            if (values.get(part) == null || invalid.contains(part)) {
                return;
            }
            sum = sum.add(values.get(part), MathContext.DECIMAL128);
        }
        if (sum.compareTo(whole) <= 0) {
            return;
        }
        String first = c.parts().get(0);
        String wholeLabel = structure.measure(c.whole()).label();
        String message;
        if (c.parts().size() == 1) {
            message = structure.measure(first).label() + " (" + SwedishFormat.exact(sum) + ") är fler än "
                    + wholeLabel + " (" + SwedishFormat.exact(whole) + ").";
        } else {
            List<String> labels = c.parts().stream().map(p -> structure.measure(p).label()).toList();
            message = String.join(", ", labels.subList(0, labels.size() - 1)) + " och " + labels.get(labels.size() - 1)
                    + " (sammanlagt " + SwedishFormat.exact(sum) + ") är fler än " + wholeLabel + " (" + SwedishFormat.exact(whole) + ").";
        }
        problems.add(Problem.error("part_exceeds_whole", first, inputs.cells().get(first), message));
    }

    /**
     * DHIS2-style min–max check against the region's own history, like with like: a year-to-date
     * figure against the same quarter last year, a point-in-time figure against the previous quarter.
     */
    private static void checkPlausibility(BigDecimal factor, Measure m, BigDecimal v, String cell, History history,
                                          List<Problem> problems) {
        boolean ytd = m.timing() == Timing.YEAR_TO_DATE;
        BigDecimal before = (ytd ? history.sameQuarterLastYearInputs() : history.previousQuarterInputs()).get(m.id());
        if (before == null || before.signum() == 0) {
            return;
        }
        String when = ytd ? "samma kvartal förra året" : "föregående kvartal";
        String f = SwedishFormat.exact(factor);
        // Multiply rather than divide, so that exactly the factor away is not a warning through rounding.
        BigDecimal now = before.signum() < 0 ? v.negate() : v;
        BigDecimal then = before.abs();
        if (now.compareTo(then.multiply(factor)) > 0) {
            problems.add(Problem.warning("implausible", m.id(), cell, m.label() + " (" + SwedishFormat.exact(v) + ") är mer än "
                    + f + " gånger så stort som " + when + " (" + SwedishFormat.exact(before) + "). Kontrollera värdet."));
        } else if (now.multiply(factor).compareTo(then) < 0) {
            problems.add(Problem.warning("implausible", m.id(), cell, m.label() + " (" + SwedishFormat.exact(v) + ") är mindre än 1/"
                    + f + " av " + when + " (" + SwedishFormat.exact(before) + "). Kontrollera värdet."));
        }
    }
}
