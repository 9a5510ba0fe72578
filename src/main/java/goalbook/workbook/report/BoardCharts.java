package goalbook.workbook.report;

import goalbook.workbook.Headline;
import goalbook.consolidation.Consolidator;
import goalbook.consolidation.RegionGap;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.PartResult;
import goalbook.evaluation.Report;
import goalbook.evaluation.SwedishFormat;
import goalbook.goals.Goal;
import goalbook.goals.GoalPart;
import goalbook.goals.TargetRule;
import goalbook.goals.Threshold;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The charts of one goal on the board: e.g. structure B goal 3 as bars per region and the group
 * against a red line at 80 %; goal 7 (a plan per region) with each region's plan as a red dash on
 * its own bar; structure A goal 1 (an index) with its composite against a line at 100; goal 6
 * (three shares, no target) as Bredd, Ideal and Spets side by side; goal 7 (two parts with
 * different targets) as a chart per part. Regions without a value are left out and named below.
 */
final class BoardCharts {

    /** A group figure more than this many times the largest region's is a sum: drawn beside the regions it would flatten them. */
    private static final BigDecimal APART = BigDecimal.valueOf(2);

    private BoardCharts() {}

    static List<BoardChart> of(BoardContext b, Goal goal) {
        if (goal.index() != null) {
            GoalPart composite = goal.parts().get(goal.parts().size() - 1);
            BoardChart c = single(b, goal, composite, statusTitle(goal.number() + ". " + goal.name(), b, goal, null));
            String failed = failedSubIndices(b, goal, composite);
            if (failed == null) {
                return List.of(c);
            }
            return List.of(new BoardChart(c.title(), c.scale(), c.labels(), c.columns(), c.note() == null ? failed : failed + " " + c.note(),
                    c.sameSlot()));
        }
        if (goal.parts().size() == 1) {
            return List.of(single(b, goal, goal.parts().get(0), statusTitle(goal.number() + ". " + goal.name(), b, goal, null)));
        }
        if (sideBySide(goal.parts())) {
            return List.of(parts(b, goal));
        }
        List<BoardChart> out = new ArrayList<>();
        for (GoalPart p : goal.parts()) {
            out.add(single(b, goal, p, statusTitle(goal.number() + ". " + p.name(), b, goal, p)));
        }
        return out;
    }

    /** A sum (kronor or a count) more than twice the largest region's is drawn apart: as a bar it would flatten the regions'. */
    static boolean apart(Unit unit, BigDecimal group, BigDecimal largestRegion) {
        return group != null && (unit == Unit.SEK || unit == Unit.COUNT) && largestRegion != null && largestRegion.signum() > 0
                && group.compareTo(largestRegion.multiply(APART)) > 0;
    }

    /**
     * An index goal judged on every sub-index fails on one even when the composite bar stands above
     * 100: "Koncernen: delindex Förädlingsvärde 99,1 är inte uppfyllt." Null when none failed.
     */
    private static String failedSubIndices(BoardContext b, Goal goal, GoalPart composite) {
        GoalResult g = Headline.result(b.headline(), goal.id());
        if (g == null) {
            return null;
        }
        List<String> failed = g.parts().stream()
                .filter(p -> !p.id().equals(composite.id()) && p.status() == GoalStatus.NOT_MET)
                .map(p -> p.name() + " " + SwedishFormat.format(p.value(), Unit.INDEX)).toList();
        if (failed.isEmpty()) {
            return null;
        }
        return b.whose() + ": delindex " + String.join(", ", failed) + (failed.size() == 1 ? " är inte uppfyllt." : " är inte uppfyllda.");
    }

    /** Parts without targets in one unit that is not a sum (shares, indices) read best side by side in one chart. */
    private static boolean sideBySide(List<GoalPart> parts) {
        Unit unit = parts.get(0).unit();
        return unit != Unit.SEK && unit != Unit.COUNT
                && parts.stream().allMatch(p -> p.unit() == unit && p.target().thresholds().isEmpty());
    }

    /** Bars of one part per region and the group, with its target levels as lines or as a dash per region. */
    private static BoardChart single(BoardContext b, Goal goal, GoalPart part, String title) {
        Unit unit = part.unit();
        List<String> shown = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (String region : b.regions()) {
            BigDecimal v = value(b.c().regionReports().get(region), goal, part);
            if (v != null) {
                shown.add(region);
                values.add(v);
            }
        }
        BigDecimal group = value(b.c().group(), goal, part);
        boolean apart = apart(unit, group, values.stream().max(BigDecimal::compareTo).orElse(null));
        boolean groupBar = group != null && !apart;

        List<String> labels = new ArrayList<>(shown.stream().map(r -> shortName(b, r)).toList());
        List<BigDecimal> regionBars = new ArrayList<>(values);
        List<BigDecimal> groupBars = new ArrayList<>(Collections.nCopies(values.size(), (BigDecimal) null));
        if (groupBar) {
            labels.add(MatrixSheet.GROUP_ROW);
            regionBars.add(null);
            groupBars.add(group);
        }
        List<BigDecimal> all = new ArrayList<>(values);
        all.add(group);
        ChartScale scale = ChartScale.of(unit, all);
        List<BoardChart.Column> columns = new ArrayList<>();
        if (!shown.isEmpty()) {
            columns.add(new BoardChart.Column(b.scope().group() ? "Regioner" : b.whose(), Charts.Kind.BAR, Charts.REGION, regionBars));
        }
        if (groupBar) {
            columns.add(new BoardChart.Column(MatrixSheet.GROUP_ROW, Charts.Kind.BAR, Charts.GROUP, groupBars));
        }
        List<Threshold> thresholds = part.target().thresholds();
        List<String> groupLevels = new ArrayList<>();
        for (int t = 0; t < thresholds.size(); t++) {
            String name = thresholds.size() == 1 ? "Målnivå" + sense(part.target()) : t == 0 ? "Lägsta målnivå" : "Högsta målnivå";
            byte[] colour = t == 0 ? Charts.TARGET : Charts.TARGET_HIGH;
            Threshold threshold = thresholds.get(t);
            List<BigDecimal> own = new ArrayList<>();
            shown.forEach(r -> own.add(level(threshold, b.c().referenceOf(r))));
            BigDecimal groupLevel = level(threshold, b.c().referenceOf(Consolidator.GROUP));
            if (groupLevel != null && apart) {
                groupLevels.add(name.toLowerCase().replace(",", "") + " " + text(groupLevel, unit, scale));
            }
            columns.addAll(levels(name, colour, own, groupBar ? groupLevel : null, labels.size(), unit, scale));
        }
        return new BoardChart(title, scale, labels, columns, note(b, goal, shown, apart ? group : null, groupLevels, unit, scale), true);
    }

    /**
     * A threshold's columns: one line when every category has the same level (a constant such as
     * 80 %); else each region's level as a dash on its bar and the group's as a line across. A
     * single category gets a dash, as a line through one point is not drawn at all.
     */
    private static List<BoardChart.Column> levels(String name, byte[] colour, List<BigDecimal> own, BigDecimal groupLevel, int rows,
                                                  Unit unit, ChartScale scale) {
        List<BoardChart.Column> out = new ArrayList<>();
        Charts.Kind across = rows == 1 ? Charts.Kind.MARKERS : Charts.Kind.LINE;
        List<BigDecimal> every = new ArrayList<>(own);
        if (groupLevel != null) {
            every.add(groupLevel);
        }
        boolean same = !every.isEmpty() && every.stream().allMatch(Objects::nonNull)
                && every.stream().allMatch(v -> v.compareTo(every.get(0)) == 0);
        if (same) {
            out.add(new BoardChart.Column(name + " " + text(every.get(0), unit, scale), across, colour, Collections.nCopies(rows, every.get(0))));
            return out;
        }
        String bare = name.replaceFirst(",.*", "");
        if (own.stream().anyMatch(Objects::nonNull)) {
            List<BigDecimal> dashes = new ArrayList<>(own);
            while (dashes.size() < rows) {
                dashes.add(null);
            }
            out.add(new BoardChart.Column(bare + " per region" + name.substring(bare.length()), Charts.Kind.MARKERS, colour, dashes));
        }
        if (groupLevel != null) {
            out.add(new BoardChart.Column(bare + " koncernen" + name.substring(bare.length()) + " " + text(groupLevel, unit, scale), across, colour == Charts.TARGET
                    ? Charts.GROUP_TARGET : colour, Collections.nCopies(rows, groupLevel)));
        }
        return out;
    }

    /** A goal's parts side by side per region and for the group, e.g. structure A goal 6's shares Bredd, Ideal and Spets. */
    private static BoardChart parts(BoardContext b, Goal goal) {
        List<String> shown = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        List<Report> reports = new ArrayList<>();
        for (String region : b.regions()) {
            Report r = b.c().regionReports().get(region);
            if (goal.parts().stream().anyMatch(p -> value(r, goal, p) != null)) {
                shown.add(region);
                labels.add(shortName(b, region));
                reports.add(r);
            }
        }
        if (goal.parts().stream().anyMatch(p -> value(b.c().group(), goal, p) != null)) {
            labels.add(MatrixSheet.GROUP_ROW);
            reports.add(b.c().group());
        }
        List<BoardChart.Column> columns = new ArrayList<>();
        List<BigDecimal> all = new ArrayList<>();
        for (int i = 0; i < goal.parts().size(); i++) {
            GoalPart p = goal.parts().get(i);
            List<BigDecimal> values = reports.stream().map(r -> value(r, goal, p)).toList();
            all.addAll(values);
            columns.add(new BoardChart.Column(p.name(), Charts.Kind.BAR, Charts.PARTS[i % Charts.PARTS.length], values));
        }
        Unit unit = goal.parts().get(0).unit();
        ChartScale scale = ChartScale.of(unit, all);
        String title = statusTitle(goal.number() + ". " + goal.name(), b, goal, null);
        return new BoardChart(title, scale, labels, columns, note(b, goal, shown, null, List.of(), unit, scale), false);
    }

    /**
     * Below the chart: how many regions the group's figure covers, the regions that have not reported
     * and those whose value is missing, and a sum left out of the bars, e.g. "Koncernens värde omfattar
     * 7 av 16 regioner. Ej inlämnad: Gävle Dala, Uppsala." Null when there is nothing to say.
     */
    private static String note(BoardContext b, Goal goal, List<String> shown, BigDecimal apartGroup, List<String> groupLevels, Unit unit,
                               ChartScale scale) {
        List<String> sentences = new ArrayList<>();
        if (apartGroup != null) {
            sentences.add("Koncernen: " + text(apartGroup, unit, scale) + (groupLevels.isEmpty() ? "" : ", " + String.join(", ", groupLevels))
                    + " (summan av regionerna, därför ingen stapel).");
        }
        Set<String> uncovered = new LinkedHashSet<>();
        for (String m : goal.measures()) {
            uncovered.addAll(b.c().uncovered().getOrDefault(m, List.of()));
        }
        int all = b.c().regionReports().size();
        if (!uncovered.isEmpty()) {
            sentences.add("Koncernens värde omfattar " + (all - uncovered.size()) + " av " + all + " regioner.");
        }
        if (shown.isEmpty() && !regional(b, goal)) {
            sentences.add("Målet mäts för koncernen som helhet, inte per region.");
            return String.join(" ", sentences);
        }
        Set<String> notSubmitted = new LinkedHashSet<>();
        b.c().gaps().stream().filter(g -> g.kind() == RegionGap.Kind.MISSING).forEach(g -> notSubmitted.add(g.region()));
        List<String> absent = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String region : b.regions()) {
            if (!shown.contains(region)) {
                (notSubmitted.contains(region) ? absent : missing).add(shortName(b, region));
            }
        }
        if (!absent.isEmpty()) {
            sentences.add("Ej inlämnad: " + String.join(", ", absent) + ".");
        }
        if (!missing.isEmpty()) {
            sentences.add("Uppgift saknas: " + String.join(", ", missing) + ".");
        }
        return sentences.isEmpty() ? null : String.join(" ", sentences);
    }

    /** Whether a region's own inputs go into the goal's value; if not (e.g. a staff survey), it is measured for the group only. */
    private static boolean regional(BoardContext b, Goal goal) {
        return goal.parts().stream().flatMap(p -> p.metric().measures().stream()).map(m -> b.s().measure(m))
                .anyMatch(m -> m != null && m.enteredByRegion());
    }

    /** The part's value in the report: the goal's headline for its only part or an index's composite, else the part's own. */
    private static BigDecimal value(Report report, Goal goal, GoalPart part) {
        GoalResult g = Headline.result(report, goal.id());
        if (g == null) {
            return null;
        }
        return g.parts().stream().filter(p -> p.id().equals(part.id())).map(PartResult::value).filter(Objects::nonNull).findFirst()
                .orElse(null);
    }

    /** How a single level is read, e.g. ", minst" for at least 80 % and ", högst" for a cost at most the plan. */
    private static String sense(TargetRule rule) {
        if (rule instanceof TargetRule.AtLeast) {
            return ", minst";
        }
        if (rule instanceof TargetRule.AtMost) {
            return ", högst";
        }
        return rule instanceof TargetRule.GreaterThan ? ", över" : "";
    }

    private static BigDecimal level(Threshold t, Map<String, BigDecimal> reference) {
        return t.byReference() ? reference.get(t.reference()) : t.constant();
    }

    /** "3. Andel unika kunder i tidiga skeden – Koncernen: Uppfyllt"; for a part its own verdict. */
    private static String statusTitle(String name, BoardContext b, Goal goal, GoalPart part) {
        GoalResult g = Headline.result(b.headline(), goal.id());
        if (g == null) {
            return name;
        }
        var status = part == null ? g.status()
                : g.parts().stream().filter(p -> p.id().equals(part.id())).map(PartResult::status).findFirst().orElse(g.status());
        return name + " – " + b.whose() + ": " + status.label();
    }

    private static String shortName(BoardContext b, String region) {
        return b.name(region).replaceFirst("^Almi ", "");
    }

    /** A level or value as the chart's axis shows it, e.g. "80,0 %", "240,0 mnkr", "12 000 kr". */
    static String text(BigDecimal v, Unit unit, ChartScale scale) {
        if (unit == Unit.SEK && scale.factor().compareTo(BigDecimal.ONE) < 0) {
            return SwedishFormat.number(v.multiply(scale.factor()), 1) + " mnkr";
        }
        return SwedishFormat.format(v, unit);
    }
}
