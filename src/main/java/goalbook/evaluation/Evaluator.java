package goalbook.evaluation;

import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns one submission into a {@link Report}: every problem at once (the reader's first), a
 * {@link GoalResult} for every goal of the structure (NOT_DUE for goals not reported this quarter)
 * and the composite indices. E.g. structure B, 2024-Q1: goals 6–9 judged, the others NOT_DUE.
 * Metrics are recomputed from the inputs with the structure's own expressions, never taken from
 * the workbook.
 */
public final class Evaluator {

    public Report evaluate(EvaluationInput in) {
        GoalStructure structure = in.structure();
        List<Problem> problems = new ArrayList<>(in.inputs().problems());
        problems.addAll(new Validator().validate(structure, in.period().quarter(), in.inputs(), in.history()));
        Set<String> invalid = invalidMeasures(problems, List.of());
        Map<String, BigDecimal> values = values(in, invalid);

        GoalEvaluator goals = new GoalEvaluator(in, values, invalid, problems);
        List<GoalResult> results = new ArrayList<>();
        for (Goal g : structure.goals()) {
            results.add(goals.evaluate(g));
        }
        List<IndexResult> indices = new IndexCalculator().compute(structure, values, results);
        return new Report(structure.id(), structure.revision(), in.period().toString(), in.region(), problems, results, indices);
    }

    /** Measures with an ERROR on them; goals that need them are MISSING. */
    static Set<String> invalidMeasures(List<Problem> first, List<Problem> second) {
        Set<String> ids = new HashSet<>();
        for (List<Problem> list : List.of(first, second)) {
            for (Problem p : list) {
                if (p.severity() == Severity.ERROR && p.measure() != null) {
                    ids.add(p.measure());
                }
            }
        }
        return ids;
    }

    /** Valid region inputs and resolved reference values, each measure from its own source only. */
    private static Map<String, BigDecimal> values(EvaluationInput in, Set<String> invalid) {
        Map<String, BigDecimal> values = new HashMap<>();
        for (Measure m : in.structure().measures().values()) {
            BigDecimal v = m.enteredByRegion() ? in.inputs().values().get(m.id()) : in.reference().get(m.id());
            if (v != null && !invalid.contains(m.id())) {
                values.put(m.id(), v);
            }
        }
        return values;
    }
}
