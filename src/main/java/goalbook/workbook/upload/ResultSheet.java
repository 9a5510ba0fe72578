package goalbook.workbook.upload;

import goalbook.workbook.CellText;
import goalbook.workbook.Headline;
import goalbook.workbook.MarkKind;
import goalbook.workbook.PlainSheet;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.PartResult;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Report;
import goalbook.evaluation.Severity;
import goalbook.evaluation.SubmittedInputs;
import goalbook.evaluation.Trend;
import goalbook.goals.Goal;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheet {@code Resultat}, the first a region sees: the verdict across the whole width ("Giltig
 * inlämning – 9 av 10 mål uppfyllda"), region and quarter by name ("Almi Nord, andra kvartalet 2024"),
 * what to do next, then per goal area its goals (Nr, Mål, Målnivå, Utfall as a number, Status, Trend,
 * Kommentar) with a row per part for goals in parts, and last the table "Fel och varningar".
 */
final class ResultSheet {
    static final String NAME = "Resultat";
    static final int VERDICT_ROW = 0;
    static final int PLACE_ROW = 1;
    static final int DETAILS_ROW = 2;
    static final int GOAL_HEADER_ROW = 4;
    static final String PROBLEM_HEADING = "Fel och varningar";
    static final String REVIEW_HEADING = "Kommentarer från granskningen";
    private static final int NR = 0;
    private static final int GOAL = 1;
    private static final int TARGET = 2;
    private static final int VALUE = 3;
    private static final int STATUS = 4;
    private static final int TREND = 5;
    private static final int COMMENT = 6;
    /** Characters per column: "Varning" fits in A, "64 000 000 kr" in Utfall, "Ingen jämförelse" in Trend. */
    private static final int[] WIDTHS = {9, 46, 36, 17, 16, 17, 40};

    private ResultSheet() {}

    static void write(XSSFWorkbook wb, GoalStructure s, Report report, SubmittedInputs inputs, String regionName) {
        write(wb, s, report, inputs, regionName, ReviewNotes.NONE);
    }

    static void write(XSSFWorkbook wb, GoalStructure s, Report report, SubmittedInputs inputs, String regionName, ReviewNotes review) {
        PlainSheet out = new PlainSheet(wb, NAME, WIDTHS);
        int last = out.lastColumn();
        Verdict verdict = Verdict.of(report);
        out.merged(VERDICT_ROW, 0, last, verdict.headline(), out.verdict(verdict.valid()));
        out.merged(PLACE_ROW, 0, last, Verdict.place(regionName, report.period()), out.bold);
        out.merged(DETAILS_ROW, 0, last, verdict.details(), out.text);
        out.header(GOAL_HEADER_ROW, "Nr", "Mål", "Målnivå", "Utfall", "Status", "Trend", "Kommentar");
        int r = GOAL_HEADER_ROW + 1;
        String area = null;
        for (GoalResult g : report.goals()) {
            if (!java.util.Objects.equals(g.area(), area)) {
                area = g.area();
                out.merged(r++, 0, last, "Målområde: " + area, out.bold);
            }
            Optional<Goal> goal = s.goal(g.id());
            String comment = g.comment() != null ? g.comment() : inputs.comments().get(g.id());
            out.integer(r, NR, BigDecimal.valueOf(g.number()));
            out.text(r, GOAL, g.name());
            out.text(r, TARGET, g.target());
            boolean inParts = g.parts().size() > 1;
            if (g.value() != null || !inParts) { // a goal in parts without a headline figure shows its parts' figures below
                out.number(r, VALUE, g.value(), headlineUnit(goal));
            }
            out.text(r, STATUS, g.status().label(), out.filled(MarkKind.of(g.status())));
            out.text(r, TREND, trend(g.trend()));
            out.text(r, COMMENT, comment);
            r++;
            if (inParts) {
                for (PartResult p : g.parts()) {
                    out.text(r, GOAL, "– " + p.name());
                    out.text(r, TARGET, p.target());
                    out.number(r, VALUE, p.value(), partUnit(goal, p.id()));
                    out.text(r, STATUS, p.status().label(), out.filled(MarkKind.of(p.status())));
                    out.text(r, TREND, trend(p.trend()));
                    r++;
                }
            }
        }
        r = review(out, r + 1, review);
        problems(out, r, report, inputs);
        out.repeatOnEveryPage(GOAL_HEADER_ROW, GOAL_HEADER_ROW);
        out.sheet.createFreezePane(0, GOAL_HEADER_ROW + 1);
    }

    /** The controller's latest decision and the conversation per goal; nothing when there is none. Returns the next free row. */
    private static int review(PlainSheet out, int r, ReviewNotes review) {
        if (review.isEmpty()) {
            return r;
        }
        int last = out.lastColumn();
        out.merged(r++, 0, last, REVIEW_HEADING, out.bold);
        if (review.decision() != null) {
            out.merged(r++, 0, last, review.decision(), out.text);
        }
        if (!review.comments().isEmpty()) {
            out.text(r, NR, "Nr", out.header);
            out.text(r, GOAL, "Mål", out.header);
            out.text(r, TARGET, "Från", out.header);
            out.merged(r++, VALUE, last, "Kommentar", out.header);
            for (ReviewNotes.Entry e : review.comments()) {
                out.integer(r, NR, BigDecimal.valueOf(e.goalNumber()));
                out.text(r, GOAL, e.goalName());
                out.text(r, TARGET, e.from());
                out.merged(r++, VALUE, last, e.text(), out.text);
            }
        }
        return r + 1;
    }

    /** Errors first, each with the cell it concerns. */
    private static void problems(PlainSheet out, int r, Report report, SubmittedInputs inputs) {
        int last = out.lastColumn();
        out.merged(r++, 0, last, PROBLEM_HEADING, out.bold);
        out.text(r, 0, "Typ", out.header);
        out.text(r, 1, "Cell", out.header);
        out.merged(r++, 2, last, "Meddelande", out.header);
        if (report.problems().isEmpty()) {
            out.merged(r++, 0, last, "Inga fel eller varningar.", out.text);
        }
        List<Problem> ordered = report.problems().stream()
                .sorted(Comparator.comparing(p -> p.severity() == Severity.ERROR ? 0 : 1)).toList();
        for (Problem p : ordered) {
            String cell = p.cell() != null ? p.cell() : p.measure() == null ? null : inputs.cells().get(p.measure());
            out.text(r, 0, CellText.severity(p.severity()), out.filled(MarkKind.of(p.severity())));
            out.text(r, 1, cell == null ? "" : cell);
            out.merged(r++, 2, last, p.message(), out.text);
        }
    }

    static String trend(Trend trend) {
        return trend == null ? "" : trend.label();
    }

    private static Unit headlineUnit(Optional<Goal> goal) {
        return Headline.unit(goal.orElse(null));
    }

    private static Unit partUnit(Optional<Goal> goal, String partId) {
        return goal.flatMap(g -> g.parts().stream().filter(p -> p.id().equals(partId)).findFirst())
                .map(GoalPart::unit).orElse(headlineUnit(goal));
    }
}
