package goalbook.evaluation;

import goalbook.goals.Aggregation;
import goalbook.goals.Formulas;
import goalbook.goals.Goal;
import goalbook.goals.GoalArea;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.QuarterLevel;
import goalbook.goals.Source;
import goalbook.goals.TargetRule;
import goalbook.goals.Timing;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A one-goal structure with a region-entered share (andel_x, B1) and a count with a max of 10 (antal_y, B2). */
final class SmallStructure {

    static final GoalStructure STRUCTURE = build();

    private SmallStructure() {}

    private static GoalStructure build() {
        Map<String, Measure> measures = new LinkedHashMap<>();
        measures.put("andel_x", new Measure("andel_x", "Andel X", "", Unit.SHARE, Source.REGION, Aggregation.GROUP_ROW, null,
                Timing.POINT_IN_TIME, QuarterLevel.ANNUAL, BigDecimal.ZERO, BigDecimal.ONE));
        measures.put("antal_y", new Measure("antal_y", "Antal Y", "", Unit.COUNT, Source.REGION, Aggregation.SUM, null,
                Timing.YEAR_TO_DATE, QuarterLevel.ANNUAL, BigDecimal.ZERO, BigDecimal.TEN));
        GoalPart part = new GoalPart("x", "X", Formulas.parse("andel_x * antal_y"), Unit.INDEX, TargetRule.atLeast(BigDecimal.ONE));
        Goal goal = new Goal("mal_x", 1, "Mål X", "", "", null, Set.of(1, 2, 3, 4), List.of(part), null);
        return new GoalStructure("liten", "Liten", 2024, null, "r1", Map.of(), List.of(new GoalArea("Område", "", List.of(goal))),
                measures, List.of(), List.of(), List.of(), new BigDecimal(3));
    }

    static SubmittedInputs inputs(Map<String, String> values) {
        Map<String, BigDecimal> v = new LinkedHashMap<>();
        values.forEach((k, s) -> v.put(k, new BigDecimal(s)));
        return new SubmittedInputs(v, Map.of("andel_x", "Blad!B1", "antal_y", "Blad!B2"), Map.of(), Map.of(), List.of());
    }
}
