package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.SheetKit;
import static goalbook.workbook.SheetKit.cell;

import goalbook.consolidation.Consolidation;
import goalbook.consolidation.RegionGap;
import goalbook.evaluation.GoalStatus;
import goalbook.goals.GoalStructure;
import goalbook.goals.Region;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The consolidated sheet {@code Översikt}: period, structure, when generated, "14 av 16 regioner
 * har lämnat in", the group's goals met, the note on unique customers, the colour legend and a
 * guide to the other sheets.
 */
final class OverviewSheet {

    static final String NAME = "Översikt";

    private OverviewSheet() {}

    /** "14 av 16 regioner har lämnat in" */
    static String completeness(Consolidation c, List<Region> regions) {
        long missing = c.gaps().stream().filter(g -> g.kind() == RegionGap.Kind.MISSING).count();
        return (regions.size() - missing) + " av " + regions.size() + " regioner har lämnat in";
    }

    static void write(ReportFrame frame, ReportStyles st, GoalStructure s, Consolidation c, List<Region> regions, Instant generatedAt) {
        XSSFSheet sheet = frame.sheet(NAME);
        int row = frame.top();
        cell(sheet, row++, 0, "Konsoliderad kvartalsrapport " + SwedishDates.period(c.period()), st.base.title);
        row++;
        row = pair(sheet, st, row, "Period", SwedishDates.period(c.period()));
        row = pair(sheet, st, row, "Målstruktur", s.name() + " (revision " + s.revision() + ")");
        row = pair(sheet, st, row, "Skapad", SwedishDates.minute(generatedAt));
        row = pair(sheet, st, row, "Inlämning", completeness(c, regions));
        long invalid = c.gaps().stream().filter(g -> g.kind() == RegionGap.Kind.INVALID).count();
        row = pair(sheet, st, row, "Ogiltiga inlämningar", invalid == 0 ? "inga" : invalid + " (används, flaggade; se Brister)");
        long met = c.group().goals().stream().filter(g -> g.status() == GoalStatus.MET).count();
        long due = c.group().goals().stream().filter(g -> g.status() != GoalStatus.NOT_DUE).count();
        row = pair(sheet, st, row, "Koncernen", met + " av " + due + " mål uppfyllda");
        row++;
        cell(sheet, row++, 0, "Unika kunder", st.base.bold);
        SheetKit.merged(sheet, row++, 0, 1, Consolidation.UNIQUE_CUSTOMERS_NOTE, st.base.wrap, 95);
        row++;
        cell(sheet, row++, 0, "Färger", st.base.bold);
        row = legend(sheet, st, row);
        cell(sheet, row, 0, CoverageNote.NOT_SUBMITTED, st.base.legendOther);
        cell(sheet, row++, 1, "Regionen har inte lämnat in för kvartalet (hela raden i Matris).", st.base.text);
        row++;
        cell(sheet, row++, 0, "Flikar", st.base.bold);
        String[][] guide = {
                {MatrixSheet.NAME, "Utfall per region och mål som rapporteras detta kvartal, sista raden Koncernen."},
                {IndexMatrixSheet.NAME, "Sammansatta index med delindex och vikter, för koncernen och varje region."},
                {TrendSheet.NAME, "Koncernens värden de senaste kvartalen, tabell och diagram."},
                {GapsSheet.NAME, "Regioner som inte har lämnat in, är ogiltiga eller saknar kommentar på ej uppfyllda mål."},
                {ConsolidatedWorkbook.SOURCES, "Vilken version och fil (SHA-256) varje regions siffror kommer från."},
                {ConsolidatedWorkbook.STRUCTURE, "Hela målstrukturen."}};
        for (String[] g : guide) {
            row = pair(sheet, st, row, g[0], g[1]);
        }
        SheetKit.widths(sheet, 26, 95);
    }

    static int legend(XSSFSheet sheet, ReportStyles st, int row) {
        cell(sheet, row, 0, GoalStatus.MET.label(), st.status(GoalStatus.MET));
        cell(sheet, row++, 1, "Målet är uppfyllt.", st.base.text);
        cell(sheet, row, 0, GoalStatus.NOT_MET.label(), st.status(GoalStatus.NOT_MET));
        cell(sheet, row++, 1, "Målet är inte uppfyllt.", st.base.text);
        cell(sheet, row, 0, GoalStatus.NO_TARGET.label(), st.status(GoalStatus.NO_TARGET));
        cell(sheet, row++, 1, "Målnivån är inte fastställd (nollmätning, plan eller jämförelsevärde saknas).", st.base.text);
        cell(sheet, row, 0, GoalStatus.MISSING.label(), st.status(GoalStatus.MISSING));
        cell(sheet, row++, 1, "En uppgift som målet behöver saknas eller är felaktig.", st.base.text);
        return row;
    }

    private static int pair(XSSFSheet sheet, ReportStyles st, int row, String key, String value) {
        cell(sheet, row, 0, key, st.base.bold);
        cell(sheet, row, 1, value, st.base.wrap);
        return row + 1;
    }
}
