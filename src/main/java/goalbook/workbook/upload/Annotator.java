package goalbook.workbook.upload;

import goalbook.workbook.CellText;
import goalbook.workbook.DeterministicZip;
import goalbook.workbook.MarkKind;
import goalbook.workbook.TemplateLayout;
import goalbook.workbook.template.TemplateFormulas;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Report;
import goalbook.evaluation.Severity;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the server's verdict into a copy of an uploaded workbook, e.g. {@code Inrapportering!D14} filled
 * red with the note "Uppgift saknas: Unika kunder måste fyllas i.", and the sheets {@code Resultat} (opened
 * first) and {@code Index} added.
 *
 * <p>The region's content and formatting stay as they were; sheet protection is kept (POI writes
 * regardless). Text from the upload is written as plain, quote-prefixed strings, never as formulas.
 * The template's live formulas stay live: the region fixes the copy and sends it again (the documented
 * flow), so its status cells must keep previewing while it types; where the server judged a goal
 * differently from the status the region saw, the status cell gets a note saying so. Annotating an
 * annotated workbook first undoes the earlier marks (see {@link MarkLedger}), so there is always exactly
 * one set, and repairs cells a script saved with both a value and an inline string.
 */
public final class Annotator {

    /**
     * @param original   the uploaded bytes, already accepted by {@link UploadPrescan} and the reader
     * @param regionName the region as people name it, e.g. "Almi Nord"
     */
    public byte[] annotate(byte[] original, GoalStructure s, Report report, SubmittedInputs inputs, String regionName) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(s, "structure");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(regionName, "regionName");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            return annotate(wb, s, report, inputs, regionName, original.length, TemplateFormulas.of(s, Period.parse(report.period())));
        } catch (IOException e) {
            throw new UncheckedIOException("could not annotate workbook", e);
        }
    }

    /**
     * Annotates an already opened workbook in place and returns its bytes; the workbook is changed.
     *
     * @param ownFormulas the template's formulas by cell ({@link TemplateFormulas}): the only ones kept live
     */
    static byte[] annotate(XSSFWorkbook wb, GoalStructure s, Report report, SubmittedInputs inputs, String regionName, int sizeHint,
                           Map<String, String> ownFormulas) {
        return annotate(wb, s, report, inputs, regionName, sizeHint, ownFormulas, ReviewNotes.NONE);
    }

    /** As above, with the controller's review of the region's earlier versions on Resultat. */
    static byte[] annotate(XSSFWorkbook wb, GoalStructure s, Report report, SubmittedInputs inputs, String regionName, int sizeHint,
                           Map<String, String> ownFormulas, ReviewNotes review) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint + 16_384)) {
            CellMarker marker = new CellMarker(wb, MarkLedger.undo(wb));
            ForeignFormulas.freeze(wb, ownFormulas, inputCells(inputs));
            ValidCells.repair(wb);
            LiveValues.refresh(wb);
            markProblems(wb, marker, report, inputs);
            noteDifferingStatuses(wb, marker, report);
            ResultSheet.write(wb, s, report, inputs, regionName, review);
            IndexSheet.write(wb, s, report, regionName);
            MarkLedger.write(wb, marker.marks());
            showResults(wb);
            // the live formulas show current figures when Excel opens the copy, not the values cached at upload
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            // the same upload and review give the same bytes, whenever the copy is made
            return DeterministicZip.stamp(out.toByteArray(), Period.parse(report.period()).firstDay().atStartOfDay());
        } catch (IOException e) {
            throw new UncheckedIOException("could not annotate workbook", e);
        }
    }

    private static java.util.Set<String> inputCells(SubmittedInputs inputs) {
        java.util.Set<String> cells = new java.util.HashSet<>(inputs.cells().values());
        cells.addAll(inputs.commentCells().values());
        return cells;
    }

    /** One fill and one note per cell: the most severe problem's colour, all its messages. */
    private static void markProblems(XSSFWorkbook wb, CellMarker marker, Report report, SubmittedInputs inputs) {
        Map<XSSFCell, List<Problem>> byCell = new LinkedHashMap<>();
        for (Problem p : report.problems()) {
            String ref = p.cell() != null ? p.cell() : p.measure() == null ? null : inputs.cells().get(p.measure());
            Optional<XSSFCell> cell = ref == null ? Optional.empty() : NameLookup.reference(wb, ref);
            cell.ifPresent(c -> byCell.computeIfAbsent(c, k -> new ArrayList<>()).add(p));
        }
        byCell.forEach((cell, problems) -> {
            boolean error = problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
            marker.fill(cell, error ? MarkKind.ERROR : MarkKind.WARNING, null);
            marker.note(cell, problems.stream()
                    .map(p -> CellText.severity(p.severity()) + ": " + p.message())
                    .distinct()
                    .collect(Collectors.joining("\n")));
        });
    }

    /**
     * A note on each status cell whose live status (just recomputed by {@link LiveValues}) differs from the
     * server's verdict, e.g. when reference data changed after the template was made. The formula, its style
     * and its live colours are left as they are.
     */
    private static void noteDifferingStatuses(XSSFWorkbook wb, CellMarker marker, Report report) {
        for (GoalResult g : report.goals()) {
            NameLookup.named(wb, TemplateLayout.status(g.id())).ifPresent(cell -> {
                String shown = shownText(cell);
                if (!shown.isEmpty() && !shown.equals(g.status().label())) {
                    marker.note(cell, "Goalbooks bedömning vid inlämningen: " + g.status().label() + ". Statusen i cellen är "
                            + "mallens förhandsvisning; bedömningen i bladet Resultat gäller.");
                }
            });
        }
    }

    private static String shownText(XSSFCell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.STRING ? cell.getStringCellValue().strip() : "";
    }

    /** Opens the copy on Resultat, the one sheet that explains everything else. */
    private static void showResults(XSSFWorkbook wb) {
        int results = wb.getSheetIndex(ResultSheet.NAME);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).setSelected(i == results);
        }
        wb.setActiveSheet(results);
    }
}
