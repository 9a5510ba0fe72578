package goalbook.workbook;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.PartResult;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Report;
import goalbook.evaluation.SubmittedInputs;
import goalbook.evaluation.Trend;
import goalbook.goals.Goal;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import goalbook.goals.Unit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;

/**
 * The sheet {@code Resultat}: one row per goal (Nr, Målområde, Mål, Målnivå, Utfall, Status, Trend,
 * Kommentar), e.g. "3 | Fokusgrupper | Andel unika kunder i tidiga skeden | minst 80,0 % | 82,5 % |
 * Uppfyllt | Förbättrad | ...", a row per part for goals in parts, then a "Problem" table (Allvarlighet,
 * Cell, Meddelande).
 */
final class ResultSheet {
    static final String NAME = "Resultat";
    static final int GOAL_HEADER_ROW = 3;
    static final String PROBLEM_HEADING = "Problem";

    private ResultSheet() {}

    static void write(org.apache.poi.xssf.usermodel.XSSFWorkbook wb, GoalStructure s, Report report, SubmittedInputs inputs) {
        PlainSheet out = new PlainSheet(wb, NAME);
        out.widths(6, 28, 48, 24, 16, 18, 18, 60);
        Map<MarkKind, XSSFCellStyle> statusStyles = new EnumMap<>(MarkKind.class);
        for (MarkKind kind : MarkKind.values()) {
            statusStyles.put(kind, out.filled(kind));
        }
        out.titleRow(0, "Resultat " + report.period() + " – " + report.region());
        out.row(1, report.valid() ? "Inlämningen är giltig."
                : "Inlämningen har fel som måste rättas. Fel och varningar är markerade i arbetsboken och listas nedan.");
        out.boldRow(GOAL_HEADER_ROW, "Nr", "Målområde", "Mål", "Målnivå", "Utfall", "Status", "Trend", "Kommentar");
        int r = GOAL_HEADER_ROW + 1;
        for (GoalResult g : report.goals()) {
            Optional<Goal> goal = s.goal(g.id());
            String comment = g.comment() != null ? g.comment() : inputs.comments().get(g.id());
            XSSFRow row = out.row(r++, Integer.toString(g.number()), g.area(), g.name(), g.target(),
                    CellText.number(g.value(), headlineUnit(goal)), g.status().label(), trend(g.trend()), comment);
            row.getCell(5).setCellStyle(statusStyles.get(MarkKind.of(g.status())));
            if (g.parts().size() > 1) {
                for (PartResult p : g.parts()) {
                    XSSFRow partRow = out.row(r++, null, null, "– " + p.name(), p.target(),
                            CellText.number(p.value(), partUnit(goal, p.id())), p.status().label(), trend(p.trend()));
                    partRow.getCell(5).setCellStyle(statusStyles.get(MarkKind.of(p.status())));
                }
            }
        }
        r++;
        out.titleRow(r++, PROBLEM_HEADING);
        out.boldRow(r++, "Allvarlighet", "Cell", "Meddelande");
        if (report.problems().isEmpty()) {
            out.row(r, "Inga fel eller varningar.");
        }
        for (Problem p : report.problems()) {
            String cell = p.cell() != null ? p.cell() : p.measure() == null ? null : inputs.cells().get(p.measure());
            XSSFRow row = out.row(r++, CellText.severity(p.severity()), cell, p.message());
            row.getCell(0).setCellStyle(statusStyles.get(MarkKind.of(p.severity())));
        }
        out.sheet.createFreezePane(0, GOAL_HEADER_ROW + 1);
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
