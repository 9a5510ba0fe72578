package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.Headline;
import goalbook.workbook.StructureSheet;
import goalbook.consolidation.Consolidation;
import goalbook.consolidation.Coverage;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.Report;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The board's workbook of one quarter, e.g. almi-2021 2024-Q2 for the group: {@code Framsida} (the
 * summary: headline, coverage, each goal's status, result, target and change), {@code Mål} (goals
 * 3–9, 11, 12 with parts, coverage and the per-region breakdown), {@code Diagram} (a bar chart per
 * goal against its target), {@code Trend}, {@code Kommentarer} (comments on goals not met),
 * {@code Målstruktur}, {@code Underlag} (versions and checksums) and {@code Diagramdata}. A draft carries "UTKAST – ej godkänt" at the top of
 * every sheet and in its printed header and footer. The same input gives the same bytes.
 */
public final class BoardWorkbook {

    /** As the full form below, without earlier periods to compare with: every change is "Ingen jämförelse". */
    public byte[] render(GoalStructure s, Period period, Consolidation c, BoardScope scope, boolean draft, Instant generatedAt,
                         List<SourceRow> sources, List<TrendPoint> trend, String approvalText) {
        return render(s, period, c, scope, draft, generatedAt, sources, trend, approvalText, List.of());
    }

    /**
     * @param scope        the group's board (region null) or one regional company's board
     * @param draft        true before the quarter is approved
     * @param sources      per region the version its numbers came from (a region's board shows its own row)
     * @param trend        earlier periods' values: the group's, or the region's for a region's board; may be empty
     * @param approvalText shown on the front sheet, e.g. "Godkänd 2024-07-20 av Eva Ek" or "Ej godkänd"
     * @param earlier      earlier periods of the same structure, consolidated, for like-with-like comparisons; may be empty
     */
    public byte[] render(GoalStructure s, Period period, Consolidation c, BoardScope scope, boolean draft, Instant generatedAt,
                         List<SourceRow> sources, List<TrendPoint> trend, String approvalText, List<Consolidation> earlier) {
        return render(s, period, c, scope, draft ? ReportFrame.DRAFT : null, generatedAt, sources, trend, approvalText, earlier);
    }

    /**
     * The workbook of an approval that a reopening has superseded: its numbers as approved, every sheet
     * marked with {@code banner}, e.g. "ERSATT – godkänt 2024-07-20 10:15, kvartalet är öppnat igen".
     */
    public byte[] renderSuperseded(GoalStructure s, Period period, Consolidation c, BoardScope scope, String banner, Instant generatedAt,
                                   List<SourceRow> sources, List<TrendPoint> trend, String approvalText, List<Consolidation> earlier) {
        return render(s, period, c, scope, banner, generatedAt, sources, trend, approvalText, earlier);
    }

    private byte[] render(GoalStructure s, Period period, Consolidation c, BoardScope scope, String banner, Instant generatedAt,
                          List<SourceRow> sources, List<TrendPoint> trend, String approvalText, List<Consolidation> earlier) {
        boolean draft = ReportFrame.DRAFT.equals(banner);
        BoardContext b = BoardContext.of(s, period, c, scope, sources, earlier);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            ReportStyles st = new ReportStyles(wb);
            ReportFrame frame = new ReportFrame(wb, st, banner);
            List<SourceRow> shown = sources.stream().filter(x -> scope.group() || scope.regionOrNull().equals(x.region())).toList();
            BoardFrontSheet.write(frame, st, b, draft, approvalText);
            BoardGoalsSheet.write(frame, st, b);
            XSSFSheet charts = frame.sheet(BoardChartsSheet.NAME);
            TrendSheet.write(frame, st, period, b.goals(), id -> value(b, id), withEarlier(trend, b), b.whose(), reporting(b), b::comparison);
            CommentsSheet.write(frame, st, b);
            XSSFSheet structure = frame.sheet(ConsolidatedWorkbook.STRUCTURE);
            StructureSheet.write(structure, st.base, s, frame.top(), "Hela målstrukturen. X = målet rapporteras till styrelsen det kvartalet.");
            LineageSheet.write(frame, st, b, draft, generatedAt, shown, approvalText);
            BoardChartsSheet.write(frame, st, b, charts); // its data sheet goes last
            return ReportFrame.bytes(wb, "Styrelserapport " + SwedishDates.period(period) + " – " + scope.title(), generatedAt);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the board workbook", e);
        }
    }

    /** The given points, plus the headline values of earlier periods they lack (the group's, or the region's on its own board). */
    private static List<TrendPoint> withEarlier(List<TrendPoint> trend, BoardContext b) {
        List<TrendPoint> out = new ArrayList<>(trend);
        Set<Period> known = new HashSet<>();
        trend.forEach(p -> known.add(p.period()));
        for (Consolidation e : b.earlier()) {
            Report r = b.scope().group() ? e.group() : e.regionReports().get(b.scope().regionOrNull());
            if (known.contains(e.period()) || r == null) {
                continue;
            }
            for (GoalResult g : r.goals()) {
                if (g.value() != null && g.status() != GoalStatus.NOT_DUE) {
                    out.add(new TrendPoint(e.period(), g.id(), g.value()));
                }
            }
        }
        return out;
    }

    /** The group's coverage per period, e.g. 2024-Q2 → "7 av 16"; none on a region's board. */
    private static Map<Period, String> reporting(BoardContext b) {
        Map<Period, String> out = new LinkedHashMap<>();
        if (!b.scope().group()) {
            return out;
        }
        for (Consolidation e : b.earlier()) {
            Coverage r = Coverage.ofSubmissions(e);
            out.put(e.period(), r.included().size() + " av " + r.total());
        }
        out.put(b.period(), b.reporting().included().size() + " av " + b.reporting().total());
        return out;
    }

    private static java.math.BigDecimal value(BoardContext b, String goalId) {
        GoalResult g = Headline.result(b.headline(), goalId);
        return g == null ? null : g.value();
    }
}
