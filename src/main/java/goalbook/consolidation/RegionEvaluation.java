package goalbook.consolidation;

import goalbook.evaluation.EvaluationInput;
import goalbook.evaluation.Evaluator;
import goalbook.evaluation.History;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Report;
import goalbook.evaluation.Severity;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-evaluates one region's stored inputs with the current reference values, e.g. utbetalda_lan
 * 45 M judged against a plan of 50 M set after the region submitted → NOT_MET. An invalid input
 * stays out and the goals needing it are MISSING; a region without a submission has every due goal
 * MISSING.
 */
final class RegionEvaluation {

    private static final java.util.Set<String> READING_WARNINGS = java.util.Set.of("rounded_to_whole_kronor");

    private final Evaluator evaluator = new Evaluator();

    Report submitted(GoalStructure s, Period period, RegionSubmission sub, Map<String, BigDecimal> reference, History history) {
        Map<String, BigDecimal> values = new HashMap<>();
        sub.inputs().forEach((id, v) -> {
            if (!sub.invalidMeasures().contains(id)) {
                values.put(id, v);
            }
        });
        // The evaluator treats a measure with an ERROR as invalid and its goals as MISSING, and does
        // not ask again for an input the reader already had a problem with.
        List<Problem> problems = new ArrayList<>();
        for (String id : sub.invalidMeasures().stream().sorted().toList()) {
            problems.add(Problem.error("invalid_input", id, null, "Värdet för " + label(s, id) + " var felaktigt i version "
                    + sub.version() + " och räknas inte. Mål som behöver det räknas som Uppgift saknas."));
        }
        problems.addAll(readingWarnings(sub));
        SubmittedInputs inputs = new SubmittedInputs(values, Map.of(), sub.comments(), Map.of(), problems);
        return evaluator.evaluate(new EvaluationInput(s, period, sub.region(), inputs, reference, history));
    }

    /**
     * Warnings the reader gave at upload (an amount rounded to whole kronor, code of
     * goalbook.workbook.upload.WholeKronor): re-evaluating the stored, already rounded inputs cannot see them
     * again, and the status must not lose them.
     */
    private static List<Problem> readingWarnings(RegionSubmission sub) {
        if (sub.report() == null) {
            return List.of();
        }
        return sub.report().problems().stream()
                .filter(p -> p.severity() == Severity.WARNING && READING_WARNINGS.contains(p.code())).toList();
    }

    /** Every measure counts as invalid, so no due goal is judged, not even one on reference values alone. */
    Report absent(GoalStructure s, Period period, String region, Map<String, BigDecimal> reference, History history) {
        List<Problem> problems = new ArrayList<>();
        for (Measure m : s.measures().values()) {
            problems.add(Problem.error("no_submission", m.id(), null, "Ingen inrapportering."));
        }
        SubmittedInputs inputs = new SubmittedInputs(Map.of(), Map.of(), Map.of(), Map.of(), problems);
        Report r = evaluator.evaluate(new EvaluationInput(s, period, region, inputs, reference, history));
        Problem one = Problem.error("no_submission", null, null,
                "Ingen inrapportering för " + period + ". Målen som ska rapporteras räknas som Uppgift saknas.");
        return new Report(r.structure(), r.structureRevision(), r.period(), r.region(), List.of(one), r.goals(), r.indices());
    }

    static String label(GoalStructure s, String id) {
        Measure m = s.measures().get(id);
        return m == null ? id : m.label();
    }
}
