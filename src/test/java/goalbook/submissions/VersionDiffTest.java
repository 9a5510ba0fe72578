package goalbook.submissions;

import goalbook.storage.StoredReport;
import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.Report;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionDiffTest {

    static StoredReport stored(GoalStatus status, String comment, Map<String, BigDecimal> inputs) {
        GoalResult g = new GoalResult("nps", 12, "NPS", "Kunder", "resultat", status, null, "minst 55,0", null, comment, List.of());
        return new StoredReport(new Report("almi-2021", "r1", "2024-Q2", "nord", List.of(), List.of(g), List.of()), inputs);
    }

    @Test
    void sameNumberWrittenDifferently_isNoChange_andABlankCommentEqualsNone() {
        VersionDiff d = VersionDiff.between(1, stored(GoalStatus.MET, null, Map.of("x", new BigDecimal("0.80"))),
                2, stored(GoalStatus.MET, "  ", Map.of("x", new BigDecimal("0.8"))));
        assertEquals(List.of(), d.inputs());
        assertEquals(List.of(), d.comments());
        assertEquals(List.of(), d.verdicts());
    }

    @Test
    void addedRemovedAndChangedInputs_verdictAndComment_areListed() {
        VersionDiff d = VersionDiff.between(1, stored(GoalStatus.MET, "Bra kvartal", Map.of("a", BigDecimal.ONE, "b", BigDecimal.TEN)),
                3, stored(GoalStatus.NOT_MET, "Färre svar än väntat", Map.of("b", new BigDecimal("11"), "c", BigDecimal.ZERO)));
        assertEquals(List.of(new VersionDiff.InputChange("a", BigDecimal.ONE, null),
                new VersionDiff.InputChange("b", BigDecimal.TEN, new BigDecimal("11")),
                new VersionDiff.InputChange("c", null, BigDecimal.ZERO)), d.inputs());
        assertEquals(List.of(new VersionDiff.VerdictChange("nps", 12, "MET", "NOT_MET", "Uppfyllt", "Ej uppfyllt")), d.verdicts());
        assertEquals(List.of(new VersionDiff.CommentChange("nps", 12, "Bra kvartal", "Färre svar än väntat")), d.comments());
    }
}
