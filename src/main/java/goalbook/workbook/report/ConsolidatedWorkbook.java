package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.referencebook.ReferenceSource;
import goalbook.workbook.StructureSheet;
import goalbook.workbook.Headline;
import static goalbook.workbook.SheetKit.cell;

import goalbook.consolidation.Consolidation;
import goalbook.evaluation.GoalResult;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The controller's consolidated workbook of one quarter, e.g. almi-2021 2024-Q2: {@code Översikt}
 * ("15 av 16 regioner har lämnat in"), {@code Matris} (16 regions and Koncernen × goals 3–9, 11,
 * 12), {@code Index}, {@code Trend}, {@code Brister}, {@code Källor} and {@code Målstruktur}. The
 * same input gives the same bytes.
 */
public final class ConsolidatedWorkbook {

    static final String SOURCES = "Källor";
    static final String STRUCTURE = "Målstruktur";

    /**
     * @param regions     every region that should report, in display order (the matrix rows)
     * @param sources     per region the version its numbers came from; a null version means none
     * @param trend       the group's values in earlier periods; may be empty
     * @param generatedAt shown on the overview and stamped in the file
     */
    public byte[] render(GoalStructure s, Period period, Consolidation c, List<Region> regions, List<SourceRow> sources,
                         List<TrendPoint> trend, Instant generatedAt) {
        return render(s, period, c, regions, sources, trend, generatedAt, 0, List.of());
    }

    /**
     * As above, with the reference data the quarter used on {@code Källor}: its version (0: none saved)
     * and where its fetched comparison values came from (empty: typed by the controller).
     */
    public byte[] render(GoalStructure s, Period period, Consolidation c, List<Region> regions, List<SourceRow> sources,
                         List<TrendPoint> trend, Instant generatedAt, int referenceVersion, List<ReferenceSource> referenceSources) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReportStyles st = new ReportStyles(wb);
            ReportFrame frame = new ReportFrame(wb, st, false);
            OverviewSheet.write(frame, st, s, c, regions, generatedAt);
            MatrixSheet.write(frame, st, s, c, regions);
            IndexMatrixSheet.write(frame, st, c, regions);
            TrendSheet.write(frame, st, period, s.goalsDueIn(period.quarter()), id -> value(c, id), trend, MatrixSheet.GROUP_ROW);
            GapsSheet.write(frame, st, c, regions);
            sources(frame, st, period, SourcesTable.complete(regions, sources), referenceVersion, referenceSources);
            XSSFSheet structure = frame.sheet(STRUCTURE);
            StructureSheet.write(structure, st.base, s, frame.top(), "Hela målstrukturen. X = målet rapporteras det kvartalet.");
            return ReportFrame.bytes(wb, "Konsoliderad rapport " + SwedishDates.period(period), generatedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the consolidated workbook", e);
        }
    }

    private static java.math.BigDecimal value(Consolidation c, String goalId) {
        GoalResult g = Headline.result(c.group(), goalId);
        return g == null ? null : g.value();
    }

    private static void sources(ReportFrame frame, ReportStyles st, Period period, List<SourceRow> sources, int referenceVersion,
                                List<ReferenceSource> referenceSources) {
        XSSFSheet sheet = frame.sheet(SOURCES);
        int row = frame.top();
        cell(sheet, row++, 0, "Källor " + SwedishDates.period(period) + " – varifrån varje regions siffror kommer", st.base.title);
        cell(sheet, row++, 0, "Senaste versionen per region används, även en ogiltig (flaggad). SHA-256 identifierar den inlämnade filen.",
                st.noteLine);
        row++;
        int header = row;
        row = SourcesTable.write(sheet, st, row, sources) + 1;
        ReferenceSourcesTable.write(sheet, st, row, referenceVersion, referenceSources);
        SourcesTable.widths(sheet);
        sheet.createFreezePane(1, header + 1);
    }
}
