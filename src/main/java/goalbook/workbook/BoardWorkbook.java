package goalbook.workbook;

import goalbook.consolidation.Consolidation;
import goalbook.evaluation.GoalResult;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The board's workbook of one quarter, e.g. almi-2021 2024-Q2 for the group: {@code Framsida},
 * {@code Mål} (goals 3–9, 11, 12 with the per-region breakdown), {@code Diagram} (a bar chart per
 * goal against its target), {@code Trend}, {@code Kommentarer} (comments on goals not met),
 * {@code Målstruktur} and {@code Diagramdata}. A draft carries "UTKAST – ej godkänt" at the top of
 * every sheet and in its printed header and footer. The same input gives the same bytes.
 */
public final class BoardWorkbook {

    /**
     * @param scope        the group's board (region null) or one regional company's board
     * @param draft        true before the quarter is approved
     * @param sources      per region the version its numbers came from (a region's board shows its own row)
     * @param trend        earlier periods' values: the group's, or the region's for a region's board; may be empty
     * @param approvalText shown on the front sheet, e.g. "Godkänd 2024-07-20 av Eva Ek" or "Ej godkänd"
     */
    public byte[] render(GoalStructure s, Period period, Consolidation c, BoardScope scope, boolean draft, Instant generatedAt,
                         List<SourceRow> sources, List<TrendPoint> trend, String approvalText) {
        BoardContext b = BoardContext.of(s, period, c, scope, sources);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReportStyles st = new ReportStyles(wb);
            ReportFrame frame = new ReportFrame(wb, st, draft);
            List<SourceRow> shown = sources.stream().filter(x -> scope.group() || scope.regionOrNull().equals(x.region())).toList();
            BoardFrontSheet.write(frame, st, b, draft, generatedAt, shown, approvalText);
            BoardGoalsSheet.write(frame, st, b);
            XSSFSheet charts = frame.sheet(BoardChartsSheet.NAME);
            TrendSheet.write(frame, st, period, b.goals(), id -> value(b, id), trend, b.whose());
            CommentsSheet.write(frame, st, b);
            XSSFSheet structure = frame.sheet(ConsolidatedWorkbook.STRUCTURE);
            StructureSheet.write(structure, st.base, s, frame.top(), "Hela målstrukturen. X = målet rapporteras till styrelsen det kvartalet.");
            BoardChartsSheet.write(frame, st, b, charts); // its data sheet goes last
            return ReportFrame.bytes(wb, "Styrelserapport " + ReportFrame.periodText(period) + " – " + scope.title(), generatedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the board workbook", e);
        }
    }

    private static java.math.BigDecimal value(BoardContext b, String goalId) {
        GoalResult g = Headline.result(b.headline(), goalId);
        return g == null ? null : g.value();
    }
}
