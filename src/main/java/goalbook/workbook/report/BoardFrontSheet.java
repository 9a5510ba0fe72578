package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.Headline;
import goalbook.workbook.SheetKit;
import static goalbook.workbook.SheetKit.cell;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.goals.Goal;
import goalbook.goals.GoalArea;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The board sheet {@code Framsida}, read in two minutes: "Styrelserapport 2024 kvartal 2 – Almi –
 * koncernen", the approval state, the headline "5 av 7 bedömda mål uppfyllda", which regions the
 * group's figures cover ("7 av 16 regioner har rapporterat …"), then per goal area each goal's target,
 * result, status and change against a comparable quarter. Lineage (versions, checksums) is on
 * {@link LineageSheet}.
 */
final class BoardFrontSheet {

    static final String NAME = "Framsida";
    static final int WIDTH = GoalRows.HEADS.length - 1;

    /** Characters of bold text that fit the page's width on one line. */
    private static final int ONE_LINE = 110;

    private BoardFrontSheet() {}

    static void write(ReportFrame frame, ReportStyles st, BoardContext b, boolean draft, String approvalText) {
        XSSFSheet sheet = frame.sheet(NAME);
        int row = frame.top();
        cell(sheet, row++, 0, "Styrelserapport " + SwedishDates.period(b.period()) + " – " + b.scope().title(), st.base.title);
        String approval = approvalText == null || approvalText.isBlank() ? (draft ? ReportFrame.DRAFT : "–") : approvalText;
        // A draft already carries the banner above; say it once.
        String line = approval.equals(ReportFrame.DRAFT) ? b.s().name() : approval + " · " + b.s().name();
        if (line.length() <= ONE_LINE) {
            cell(sheet, row++, 0, line, st.base.bold);
        } else {
            // e.g. a superseded approval with the reopening's reason: wrapped across the page, not run off its edge
            SheetKit.merged(sheet, row++, 0, WIDTH, line, st.base.wrap, 140);
        }
        row++;
        cell(sheet, row, 0, headline(b), st.base.title);
        SheetKit.fitHeight(sheet, row++, "x", 80, 20f);
        String rest = notJudged(b);
        if (!rest.isEmpty()) {
            SheetKit.merged(sheet, row++, 0, WIDTH, rest, st.base.wrap, 140);
        }
        if (b.scope().group()) {
            SheetKit.merged(sheet, row++, 0, WIDTH, coverage(b), b.reporting().leftOut().isEmpty() ? st.base.wrap : st.notice, 125);
            String fewer = fewerRegions(b);
            if (!fewer.isEmpty()) {
                SheetKit.merged(sheet, row++, 0, WIDTH, fewer, st.notice, 125);
            }
        } else {
            SheetKit.merged(sheet, row++, 0, WIDTH, b.whose() + "s egna siffror. Koncernens värden som jämförelse finns på bladet "
                    + BoardGoalsSheet.NAME + ".", st.base.wrap, 140);
        }
        row++;
        GoalRows.header(sheet, st, row++);
        for (GoalArea area : b.s().areas()) {
            List<Goal> due = area.goals().stream().filter(b.goals()::contains).toList();
            if (due.isEmpty()) {
                continue;
            }
            SheetKit.merged(sheet, row++, 0, WIDTH, area.name(), st.base.goal, 200);
            for (Goal goal : due) {
                row = GoalRows.write(sheet, st, b, row, goal, false);
            }
        }
        row++;
        SheetKit.merged(sheet, row++, 0, WIDTH, "Förändring jämför lika med lika: värden som räknas hittills i år med samma kvartal "
                + "föregående år, övriga med senaste kvartal då målet rapporterades, och koncernens värden bara när samma regioner ingår "
                + "i båda. Förbättring eller försämring utgår från målets riktning (t.ex. är lägre kostnad per insats bättre).",
                st.base.note, 170, 12f);
        SheetKit.merged(sheet, row, 0, WIDTH, "Mer: bladet " + BoardGoalsSheet.NAME + " (mål per region), " + CommentsSheet.NAME
                + " (regionernas kommentarer), " + TrendSheet.NAME + " och " + LineageSheet.NAME
                + " (vilka versioner siffrorna kommer från, kontrollsummor och vem som lämnade in).", st.base.note, 170, 12f);
        GoalRows.widths(sheet);
        sheet.getPrintSetup().setFitHeight((short) 1); // the summary prints on one page
    }

    /** "5 av 7 bedömda mål uppfyllda" – judged are the goals MET or NOT_MET. */
    static String headline(BoardContext b) {
        int met = 0;
        int judged = 0;
        for (Goal goal : b.goals()) {
            GoalResult g = Headline.result(b.headline(), goal.id());
            if (g != null && (g.status() == GoalStatus.MET || g.status() == GoalStatus.NOT_MET)) {
                judged++;
                met += g.status() == GoalStatus.MET ? 1 : 0;
            }
        }
        return met + " av " + judged + " bedömda mål uppfyllda";
    }

    /** "2 mål bedöms inte: 10 Engagemangindex (Målnivå saknas), 12 NPS Kundföretag (Uppgift saknas)." or empty. */
    static String notJudged(BoardContext b) {
        List<String> other = new ArrayList<>();
        for (Goal goal : b.goals()) {
            GoalResult g = Headline.result(b.headline(), goal.id());
            if (g != null && g.status() != GoalStatus.MET && g.status() != GoalStatus.NOT_MET) {
                other.add(goal.number() + " " + goal.name() + " (" + g.status().label() + ")");
            }
        }
        if (other.isEmpty()) {
            return "";
        }
        return other.size() + " mål bedöms inte: " + String.join(", ", other) + ".";
    }

    /**
     * Goals whose group figure leaves out a region that reported (its value was invalid), e.g. "Färre
     * regioner i: 3 Andel unika kunder i tidiga skeden (14 av 16 regioner)."; empty when none.
     */
    static String fewerRegions(BoardContext b) {
        List<String> fewer = new ArrayList<>();
        for (Goal goal : b.goals()) {
            var cov = b.coverage(goal);
            if (!cov.central() && cov.included().size() < b.reporting().included().size()) {
                fewer.add(goal.number() + " " + goal.name() + " (" + cov.text() + ")");
            }
        }
        return fewer.isEmpty() ? "" : "Färre regioner, eftersom en inlämning hade fel värden, i: " + String.join(", ", fewer) + ".";
    }

    /** "7 av 16 regioner har rapporterat. Koncernens siffror omfattar bara dem. Saknas: Almi Värmland, …" */
    static String coverage(BoardContext b) {
        if (b.reporting().leftOut().isEmpty()) {
            return b.reportingText() + ". Koncernens siffror omfattar hela koncernen.";
        }
        return b.reportingText() + ". Koncernens siffror omfattar bara dem. Saknas: " + String.join(", ", b.missingRegionNames()) + ".";
    }
}
