package goalbook.consolidation;

import goalbook.goals.Goal;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which regions a group figure is made of, e.g. 7 of 16 when nine regions have not reported:
 * {@code included} [nord, mitt, …], {@code leftOut} [gotland, …]. A figure measured centrally (from
 * the reference data's group row, such as the customers' net sales growth) has no regions.
 *
 * @param included regions whose values are in the group figure, in region order
 * @param leftOut  the other regions, in region order
 * @param central  true when the figure needs no region's input
 */
public record Coverage(List<String> included, List<String> leftOut, boolean central) {

    public Coverage {
        included = List.copyOf(included);
        leftOut = List.copyOf(leftOut);
    }

    /** The regions that submitted a version for the period (an invalid one counts as submitted). */
    public static Coverage ofSubmissions(Consolidation c) {
        Set<String> missing = new LinkedHashSet<>();
        c.gaps().stream().filter(g -> g.kind() == RegionGap.Kind.MISSING).forEach(g -> missing.add(g.region()));
        return split(c, missing, false);
    }

    /** The regions in the group's value of {@code goal}: those counted for every region-entered measure it needs. */
    public static Coverage ofGoal(GoalStructure s, Consolidation c, Goal goal) {
        List<String> measures = new ArrayList<>();
        goal.parts().forEach(p -> measures.addAll(p.metric().measures()));
        return ofMeasures(s, c, measures);
    }

    /** As {@link #ofGoal} for one part. */
    public static Coverage ofPart(GoalStructure s, Consolidation c, GoalPart part) {
        return ofMeasures(s, c, part.metric().measures());
    }

    private static Coverage ofMeasures(GoalStructure s, Consolidation c, List<String> measures) {
        Set<String> left = new LinkedHashSet<>();
        boolean any = false;
        for (String m : measures) {
            if (s.measure(m).enteredByRegion()) {
                any = true;
                left.addAll(c.uncovered().getOrDefault(m, List.copyOf(c.regionReports().keySet())));
            }
        }
        return split(c, left, !any);
    }

    private static Coverage split(Consolidation c, Set<String> left, boolean central) {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (String r : c.regionReports().keySet()) {
            (left.contains(r) ? out : in).add(r);
        }
        return new Coverage(in, out, central);
    }

    /** Every region that should report. */
    public int total() {
        return included.size() + leftOut.size();
    }

    /** True when every region is in the figure (or it is measured centrally). */
    public boolean complete() {
        return central || leftOut.isEmpty();
    }

    /** Swedish, e.g. "7 av 16 regioner", or "mäts centralt". */
    public String text() {
        return central ? "mäts centralt" : included.size() + " av " + total() + " regioner";
    }
}
