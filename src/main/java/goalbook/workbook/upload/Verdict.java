package goalbook.workbook.upload;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.Report;
import goalbook.evaluation.Severity;
import goalbook.goals.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The first lines a region reads on {@code Resultat}, in its own words: the headline "Giltig inlämning –
 * 9 av 10 mål uppfyllda" or "3 fel måste rättas innan inlämningen är giltig", then what to do next.
 */
record Verdict(boolean valid, String headline, String details) {
    private static final String[] ORDINALS = {"första", "andra", "tredje", "fjärde"};

    static Verdict of(Report report) {
        long errors = count(report, Severity.ERROR);
        long warnings = count(report, Severity.WARNING);
        List<GoalResult> due = report.goals().stream().filter(g -> g.status() != GoalStatus.NOT_DUE).toList();
        long met = due.stream().filter(g -> g.status() == GoalStatus.MET).count();
        String goals = due.isEmpty() ? "inga mål rapporteras detta kvartal" : met + " av " + due.size() + " mål uppfyllda";

        List<String> details = new ArrayList<>();
        String headline;
        if (report.valid()) {
            headline = "Giltig inlämning – " + goals;
            List<GoalResult> notMet = due.stream().filter(g -> g.status() == GoalStatus.NOT_MET).toList();
            if (!notMet.isEmpty()) {
                details.add("Ej uppfyllda: " + numbers(notMet) + ". Skriv en kommentar till varje mål som inte är uppfyllt.");
            }
        } else {
            headline = errors + " fel måste rättas innan inlämningen är giltig";
            details.add("Felen är markerade med rött i bladet Inrapportering och listas under ”Fel och varningar” nedan. "
                    + "Rätta dem och skicka in arbetsboken igen.");
            details.add("Med de uppgifter som gick att läsa: " + goals + ".");
        }
        List<GoalResult> unjudged = due.stream().filter(g -> g.status() == GoalStatus.MISSING || g.status() == GoalStatus.NO_TARGET).toList();
        if (!unjudged.isEmpty()) {
            details.add("Kunde inte bedömas: " + numbers(unjudged) + ".");
        }
        if (warnings > 0) {
            details.add((warnings == 1 ? "1 varning" : warnings + " varningar") + " (gult i bladet Inrapportering) bör ses över.");
        }
        details.add("Statusen i bladet Inrapportering räknas om medan du skriver; bedömningen här gjordes när arbetsboken skickades in.");
        return new Verdict(report.valid(), headline, String.join(" ", details));
    }

    /** "Almi Nord, andra kvartalet 2024": region and quarter as people say them. */
    static String place(String regionName, String period) {
        Period p = Period.parse(period);
        return regionName + ", " + ORDINALS[p.quarter() - 1] + " kvartalet " + p.year();
    }

    private static long count(Report report, Severity severity) {
        return report.problems().stream().filter(p -> p.severity() == severity).count();
    }

    /** "mål 8", "mål 8 och 9", "mål 3, 8 och 9". */
    private static String numbers(List<GoalResult> goals) {
        List<String> n = goals.stream().map(g -> Integer.toString(g.number())).toList();
        String list = n.size() == 1 ? n.get(0) : String.join(", ", n.subList(0, n.size() - 1)) + " och " + n.get(n.size() - 1);
        return "mål " + list;
    }
}
