package goalbook.consolidation;

import goalbook.evaluation.Comparison;
import goalbook.evaluation.Direction;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.PartResult;
import goalbook.evaluation.Report;
import goalbook.goals.Goal;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Timing;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares this quarter's figures with an earlier comparable quarter, like with like, e.g. the
 * group's disbursed loans in 2024-Q4 (3 regions) are not set against 2024-Q2 (7 regions) but marked
 * "Ej jämförbar". Which earlier quarter: a year-to-date figure and a goal reported once a year
 * against the same quarter last year; a year-to-date ratio, when that quarter is missing, against
 * the latest earlier quarter in which the goal was reported (both "hittills i år"); any other figure
 * against that latest quarter. The group's figures compare only when made of the same regions.
 */
public final class PeriodComparison {

    private PeriodComparison() {}

    /**
     * @param now          the period shown
     * @param earlier      earlier periods of the same structure, any order (may be empty)
     * @param regionOrNull the region whose figures are compared, or null for the group's
     * @return goal id → comparison, for every goal due in {@code now}'s quarter
     */
    public static Map<String, GoalComparison> compare(GoalStructure s, Consolidation now, List<Consolidation> earlier, String regionOrNull) {
        Map<String, GoalComparison> out = new LinkedHashMap<>();
        for (Goal goal : s.goalsDueIn(now.period().quarter())) {
            Map<String, Comparison> parts = new LinkedHashMap<>();
            for (GoalPart part : goal.parts()) {
                parts.put(part.id(), part(s, goal, part, now, earlier, regionOrNull));
            }
            GoalPart headline = goal.parts().size() == 1 ? goal.parts().get(0)
                    : goal.index() != null ? goal.parts().get(goal.parts().size() - 1) : null;
            out.put(goal.id(), new GoalComparison(goal.id(), headline == null ? null : parts.get(headline.id()), parts));
        }
        return out;
    }

    private static Comparison part(GoalStructure s, Goal goal, GoalPart part, Consolidation now, List<Consolidation> earlier, String region) {
        Direction d = Direction.of(part);
        BigDecimal value = value(report(now, region), goal, part);
        if (value == null) {
            return Comparison.noEarlier(d, "inget värde detta kvartal");
        }
        boolean ytd = part.metric().measures().stream().anyMatch(m -> s.measure(m).timing() == Timing.YEAR_TO_DATE);
        boolean accumulated = ytd && !part.metric().text().contains("/");
        Period sameQuarter = now.period().sameQuarterLastYear();
        Optional<Consolidation> then;
        String basis = "";
        if (ytd || goal.boardQuarters().size() == 1) {
            then = at(earlier, sameQuarter);
            if (then.isEmpty() && accumulated) {
                return Comparison.notComparable(null, d, "värdet räknas hittills i år och jämförs bara med samma kvartal föregående år ("
                        + sameQuarter + "), som saknas");
            }
            if (then.isEmpty() && goal.boardQuarters().size() == 1) {
                return Comparison.noEarlier(d, "inget värde för " + sameQuarter + " (samma kvartal föregående år)");
            }
            if (then.isEmpty()) {
                then = latestReported(earlier, goal, now.period());
                basis = "båda hittills i år";
            }
        } else {
            then = latestReported(earlier, goal, now.period());
        }
        if (then.isEmpty()) {
            return Comparison.noEarlier(d, "inget tidigare kvartal med värde");
        }
        Consolidation c = then.get();
        BigDecimal before = value(report(c, region), goal, part);
        if (before == null) {
            return Comparison.noEarlier(d, "inget värde för " + c.period());
        }
        if (region == null) {
            Coverage a = Coverage.ofPart(s, c, part);
            Coverage b = Coverage.ofPart(s, now, part);
            if (!a.central() && !a.included().equals(b.included())) {
                return Comparison.notComparable(c.period(), d, "olika regioner – " + a.included().size() + " av " + a.total() + " i "
                        + c.period() + ", " + b.included().size() + " av " + b.total() + " i " + now.period());
            }
            if (!b.central()) {
                basis = join(basis, "samma " + b.included().size() + " regioner");
            }
        }
        Map<String, BigDecimal> reference = now.referenceOf(region == null ? Consolidator.GROUP : region);
        return Comparison.judge(part, reference, c.period(), before, value, basis);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + ", " + b;
    }

    private static Optional<Consolidation> at(List<Consolidation> earlier, Period p) {
        return earlier.stream().filter(c -> c.period().equals(p)).findFirst();
    }

    /** The latest period before {@code now} in which the goal was reported. */
    private static Optional<Consolidation> latestReported(List<Consolidation> earlier, Goal goal, Period now) {
        return earlier.stream().filter(c -> c.period().compareTo(now) < 0 && goal.dueIn(c.period().quarter()))
                .max(Comparator.comparing(Consolidation::period));
    }

    private static Report report(Consolidation c, String region) {
        return region == null ? c.group() : c.regionReports().get(region);
    }

    private static BigDecimal value(Report r, Goal goal, GoalPart part) {
        if (r == null) {
            return null;
        }
        for (GoalResult g : r.goals()) {
            if (g.id().equals(goal.id()) && g.status() != GoalStatus.NOT_DUE) {
                for (PartResult p : g.parts()) {
                    if (p.id().equals(part.id())) {
                        return p.value();
                    }
                }
            }
        }
        return null;
    }
}
