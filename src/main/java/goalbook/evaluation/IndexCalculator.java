package goalbook.evaluation;

import goalbook.goals.CompositeIndex;
import goalbook.goals.GoalArea;
import goalbook.goals.GoalStructure;
import goalbook.goals.IndexComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The structure's composite indices, e.g. Index Fokusgrupper = (112,0 + 96,0) / 2 = 104,0, or
 * Måluppfyllelse for "Fokusgrupper" = 100 × 2 MET / 3 judged = 66,7.
 */
final class IndexCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final MetricCalculator calculator = new MetricCalculator();

    /** Every index in structure order; an ATTAINMENT index gives one result per area, then the overall one. */
    List<IndexResult> compute(GoalStructure structure, Map<String, BigDecimal> values, List<GoalResult> goals) {
        List<IndexResult> results = new ArrayList<>();
        for (CompositeIndex index : structure.indices()) {
            if (index.kind() == CompositeIndex.Kind.WEIGHTED) {
                results.add(weighted(index, values));
            } else {
                for (GoalArea area : structure.areas()) {
                    List<String> ids = area.goals().stream().map(g -> g.id()).toList();
                    results.add(attainment(index.id() + ":" + area.name(), index.name() + " – " + area.name(),
                            goals.stream().filter(g -> ids.contains(g.id())).toList()));
                }
                results.add(attainment(index.id(), index.name(), goals));
            }
        }
        return results;
    }

    /** Σ weight × component / Σ weight; null when any component cannot be computed. */
    IndexResult weighted(CompositeIndex index, Map<String, BigDecimal> values) {
        List<IndexResult.Component> components = new ArrayList<>();
        List<String> lacking = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        for (IndexComponent c : index.components()) {
            BigDecimal v = calculator.evaluate(c.expression(), values).orElse(null);
            components.add(new IndexResult.Component(c.id(), c.name(), v, c.weight(), c.expression().text()));
            if (v == null) {
                lacking.add(c.name());
            } else {
                sum = sum.add(c.weight().multiply(v, MathContext.DECIMAL128), MathContext.DECIMAL128);
            }
            weights = weights.add(c.weight());
        }
        BigDecimal value = lacking.isEmpty() ? sum.divide(weights, MathContext.DECIMAL128) : null;
        String note = lacking.isEmpty() ? null : "Kan inte beräknas: uppgift saknas för " + String.join(", ", lacking) + ".";
        return new IndexResult(index.id(), index.name(), value, components, note);
    }

    /**
     * 100 × MET / (MET + NOT_MET) over the goals due; goals with any other status are left out and
     * the note says how many. A component per goal due: 100 when MET, 0 when NOT_MET, else null
     * (weight 0), its formula the status label.
     */
    IndexResult attainment(String id, String name, List<GoalResult> goals) {
        List<IndexResult.Component> components = new ArrayList<>();
        int met = 0;
        int judged = 0;
        int due = 0;
        for (GoalResult g : goals) {
            if (g.status() == GoalStatus.NOT_DUE) {
                continue;
            }
            due++;
            boolean counted = g.status() == GoalStatus.MET || g.status() == GoalStatus.NOT_MET;
            if (counted) {
                judged++;
                met += g.status() == GoalStatus.MET ? 1 : 0;
            }
            BigDecimal v = !counted ? null : g.status() == GoalStatus.MET ? HUNDRED : BigDecimal.ZERO;
            components.add(new IndexResult.Component(g.id(), g.number() + " " + g.name(), v,
                    counted ? BigDecimal.ONE : BigDecimal.ZERO, g.status().label()));
        }
        BigDecimal value = judged == 0 ? null
                : HUNDRED.multiply(BigDecimal.valueOf(met)).divide(BigDecimal.valueOf(judged), MathContext.DECIMAL128);
        return new IndexResult(id, name, value, components, note(met, judged, due));
    }

    private static String note(int met, int judged, int due) {
        if (due == 0) {
            return "Inga mål rapporteras detta kvartal.";
        }
        String text = met + " av " + judged + " bedömda mål uppfyllda";
        int left = due - judged;
        return left == 0 ? text + "." : text + "; " + left + " mål med annan status (t.ex. Uppgift saknas eller Målnivå saknas) räknas inte.";
    }
}
