package goalbook.evaluation;

import goalbook.goals.Goal;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates one goal of one submission, e.g. structure B goal 3 with 80 of 100 customers in early
 * stages → MET, value 0.8, target "minst 80,0 %". Adds zero-denominator and missing-comment
 * warnings to the shared list, each denominator reported once.
 */
final class GoalEvaluator {

    private final EvaluationInput in;
    private final Map<String, BigDecimal> values;
    private final Set<String> invalid;
    private final List<Problem> problems;
    private final MetricCalculator calculator = new MetricCalculator();
    private final Set<String> reportedDenominators = new HashSet<>();

    /**
     * @param values   valid region inputs and reference values together, by measure id
     * @param invalid  measures with an ERROR; goals that need them are MISSING
     * @param problems where new problems are appended
     */
    GoalEvaluator(EvaluationInput in, Map<String, BigDecimal> values, Set<String> invalid, List<Problem> problems) {
        this.in = in;
        this.values = values;
        this.invalid = invalid;
        this.problems = problems;
    }

    GoalResult evaluate(Goal goal) {
        GoalStructure structure = in.structure();
        boolean due = goal.dueIn(in.period().quarter());
        Report previous = previousReport(goal);
        List<PartResult> parts = new ArrayList<>();
        for (GoalPart p : goal.parts()) {
            parts.add(due ? part(goal, p, previous) : notDue(p));
        }
        GoalStatus status = RuleJudge.combine(parts.stream().map(PartResult::status).toList());
        if (status == GoalStatus.NOT_MET && blank(in.inputs().comments().get(goal.id()))) {
            problems.add(Problem.warning("comment_missing", null, in.inputs().commentCells().get(goal.id()),
                    "Målet " + goal.number() + " " + goal.name() + " är inte uppfyllt. Skriv en kommentar om orsaken och vad som görs."));
        }
        PartResult headline = headline(goal, parts);
        String target = headline != null ? headline.target()
                : String.join("; ", parts.stream().map(p -> p.name() + ": " + p.target()).toList());
        return new GoalResult(goal.id(), goal.number(), goal.name(), structure.areaOf(goal).name(), goal.type(), status,
                headline == null ? null : headline.value(), target,
                headline == null ? Trend.NO_COMPARISON : headline.trend(),
                in.inputs().comments().get(goal.id()), parts);
    }

    /** The only part, or an index goal's composite (its last part); null for goals in listed parts. */
    private static PartResult headline(Goal goal, List<PartResult> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return goal.index() != null ? parts.get(parts.size() - 1) : null;
    }

    private PartResult notDue(GoalPart p) {
        return new PartResult(p.id(), p.name(), GoalStatus.NOT_DUE, null, TargetText.of(p.target(), p.unit(), in.reference()),
                Trend.NO_COMPARISON);
    }

    private PartResult part(Goal goal, GoalPart p, Report previous) {
        String target = TargetText.of(p.target(), p.unit(), in.reference());
        if (p.metric().measures().stream().anyMatch(invalid::contains)) {
            return new PartResult(p.id(), p.name(), GoalStatus.MISSING, null, target, Trend.NO_COMPARISON);
        }
        MetricCalculator.Calculation c = calculator.calculate(p.metric(), values);
        if (!c.hasValue()) {
            if (c.zeroDenominator()) {
                reportZero(goal, c.zeroDenominators());
            }
            // DOMAIN.md: an empty region input is MISSING; a reference value not yet set is NO_TARGET.
            boolean regionInputMissing = c.zeroDenominator()
                    || c.missing().stream().anyMatch(id -> in.structure().measure(id).enteredByRegion());
            return new PartResult(p.id(), p.name(), regionInputMissing ? GoalStatus.MISSING : GoalStatus.NO_TARGET, null,
                    target, Trend.NO_COMPARISON);
        }
        Trend trend = RuleJudge.trend(c.value(), previousValue(previous, goal.id(), p.id()));
        GoalStatus status = RuleJudge.judge(p.target(), c.value(), in.reference(), trend);
        return new PartResult(p.id(), p.name(), status, c.value(), target, trend);
    }

    /** One problem per zero denominator, on its first cell the region can fix. */
    private void reportZero(Goal goal, List<String> denominator) {
        GoalStructure structure = in.structure();
        String named = denominator.stream().filter(id -> structure.measure(id).enteredByRegion()).findFirst().orElse(denominator.get(0));
        if (!reportedDenominators.add(named)) {
            return;
        }
        Measure m = structure.measure(named);
        List<String> labels = denominator.stream().map(id -> structure.measure(id).label()).toList();
        String what = labels.size() == 1 ? labels.get(0) : "(" + String.join(" + ", labels) + ")";
        String message = "Målet " + goal.number() + " " + goal.name() + " kan inte beräknas: nämnaren " + what + " är 0. "
                + (m.enteredByRegion() ? "Målet redovisas som Uppgift saknas; stämmer inte 0, rätta cellen."
                        : "Målet redovisas som Uppgift saknas tills referensdata har rättats.");
        String cell = in.inputs().cells().get(named);
        // A warning, never an error: a count can honestly be zero (no NPS answers yet, no active
        // relationships), and it is a valid figure the group still sums; only this goal cannot be judged.
        problems.add(Problem.warning("zero_denominator", named, cell, message));
    }

    /**
     * The previous period of the same kind: the same quarter last year for a goal reported once a
     * year (e.g. only in Q4), otherwise the latest earlier quarter in which the goal was reported
     * (Q2 for a goal reported in Q2 and Q4).
     */
    private Report previousReport(Goal goal) {
        if (goal.boardQuarters().size() == 1) {
            return in.history().sameQuarterLastYear();
        }
        for (Report r : in.history().earlierQuarters()) {
            if (r != null && r.goals().stream().anyMatch(g -> g.id().equals(goal.id()) && g.status() != GoalStatus.NOT_DUE)) {
                return r;
            }
        }
        return in.history().previousQuarter();
    }

    private static BigDecimal previousValue(Report previous, String goalId, String partId) {
        if (previous == null) {
            return null;
        }
        for (GoalResult g : previous.goals()) {
            if (g.id().equals(goalId)) {
                for (PartResult p : g.parts()) {
                    if (p.id().equals(partId)) {
                        return p.value();
                    }
                }
            }
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
