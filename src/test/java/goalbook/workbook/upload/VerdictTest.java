package goalbook.workbook.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Report;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first lines of Resultat: valid with 0 errors (warnings do not count), else how many errors must be fixed. */
class VerdictTest {

    private static Report report(int errors, int warnings, GoalStatus... statuses) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < errors; i++) {
            problems.add(Problem.error("required", "m" + i, "Inrapportering!C" + (10 + i), "Uppgift saknas."));
        }
        for (int i = 0; i < warnings; i++) {
            problems.add(Problem.warning("implausible", "w" + i, null, "Värdet avviker."));
        }
        List<GoalResult> goals = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            goals.add(new GoalResult("g" + (i + 1), i + 1, "Mål " + (i + 1), "Område", "Å", statuses[i], null, "minst 1", null, null, List.of()));
        }
        return new Report("almi-2021", "x", "2024-Q2", "nord", problems, goals, List.of());
    }

    @ParameterizedTest(name = "{0} fel, {1} varningar → {2}")
    @CsvSource(delimiter = '|', value = {
            "0 | 0 | Giltig inlämning – 2 av 3 mål uppfyllda",
            "0 | 1 | Giltig inlämning – 2 av 3 mål uppfyllda",
            "1 | 0 | 1 fel måste rättas innan inlämningen är giltig",
            "2 | 3 | 2 fel måste rättas innan inlämningen är giltig"})
    void headline_errorsAroundZero(int errors, int warnings, String expected) {
        Verdict v = Verdict.of(report(errors, warnings, GoalStatus.MET, GoalStatus.NOT_MET, GoalStatus.MET, GoalStatus.NOT_DUE));
        assertEquals(expected, v.headline());
        assertEquals(errors == 0, v.valid());
    }

    @Test
    void headline_countsGoalsDue_notThoseNotReportedThisQuarter() {
        Verdict v = Verdict.of(report(0, 0, GoalStatus.MET, GoalStatus.MISSING, GoalStatus.NO_TARGET, GoalStatus.NOT_DUE, GoalStatus.NOT_DUE));
        assertEquals("Giltig inlämning – 1 av 3 mål uppfyllda", v.headline());
        assertTrue(v.details().contains("Kunde inte bedömas: mål 2 och 3."), v.details());
    }

    @Test
    void headline_noGoalDue_saysSo() {
        assertEquals("Giltig inlämning – inga mål rapporteras detta kvartal", Verdict.of(report(0, 0, GoalStatus.NOT_DUE)).headline());
    }

    @Test
    void details_valid_namesGoalsNotMetAndAsksForComments() {
        Verdict v = Verdict.of(report(0, 2, GoalStatus.NOT_MET, GoalStatus.MET, GoalStatus.NOT_MET, GoalStatus.NOT_MET));
        assertTrue(v.details().startsWith("Ej uppfyllda: mål 1, 3 och 4. Skriv en kommentar"), v.details());
        assertTrue(v.details().contains("2 varningar (gult i bladet Inrapportering)"), v.details());
        assertFalse(v.details().contains("Rätta"), v.details());
    }

    @Test
    void details_invalid_saysWhereTheErrorsAreAndWhatToDo() {
        Verdict v = Verdict.of(report(1, 1, GoalStatus.MET));
        assertTrue(v.details().startsWith("Felen är markerade med rött i bladet Inrapportering"), v.details());
        assertTrue(v.details().contains("skicka in arbetsboken igen"), v.details());
        assertTrue(v.details().contains("Med de uppgifter som gick att läsa: 1 av 1 mål uppfyllda."), v.details());
        assertTrue(v.details().contains("1 varning (gult"), v.details());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "2024-Q1 | Almi Nord, första kvartalet 2024",
            "2024-Q2 | Almi Nord, andra kvartalet 2024",
            "2019-Q3 | Almi Nord, tredje kvartalet 2019",
            "2019-Q4 | Almi Nord, fjärde kvartalet 2019"})
    void place_regionAndQuarterInWords(String period, String expected) {
        assertEquals(expected, Verdict.place("Almi Nord", period));
    }
}
