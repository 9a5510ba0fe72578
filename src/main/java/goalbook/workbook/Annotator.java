package goalbook.workbook;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Report;
import goalbook.evaluation.Severity;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.GoalStructure;
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
 * red with the note "Uppgift saknas: Unika kunder måste fyllas i.", {@code gb_status_nps} set to
 * "Uppfyllt" on green, and the sheets {@code Resultat} and {@code Index} added.
 *
 * <p>The region's content and formatting stay as they were; sheet protection is kept (POI writes
 * regardless). Text from the upload is written as plain, quote-prefixed strings, never as formulas.
 * Annotating an annotated workbook first undoes the earlier marks (see {@link MarkLedger}), so there is
 * always exactly one set. A status cell's live formula is replaced by the server's label, which is the
 * verdict that counts; the formula is kept in the ledger and put back before the next annotation.
 */
public final class Annotator {

    /** @param original the uploaded bytes, already accepted by {@link UploadPrescan} and the reader */
    public byte[] annotate(byte[] original, GoalStructure s, Report report, SubmittedInputs inputs) {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(s, "structure");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(inputs, "inputs");
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(original))) {
            return annotate(wb, s, report, inputs, original.length);
        } catch (IOException e) {
            throw new UncheckedIOException("could not annotate workbook", e);
        }
    }

    /** Annotates an already opened workbook in place and returns its bytes; the workbook is changed. */
    static byte[] annotate(XSSFWorkbook wb, GoalStructure s, Report report, SubmittedInputs inputs, int sizeHint) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(sizeHint + 16_384)) {
            CellMarker marker = new CellMarker(wb, MarkLedger.undo(wb));
            markProblems(wb, marker, report, inputs);
            markStatuses(wb, marker, report);
            ResultSheet.write(wb, s, report, inputs);
            IndexSheet.write(wb, report);
            MarkLedger.write(wb, marker.marks());
            showResults(wb);
            // formulas that read the status cells see the server's labels when Excel opens the copy
            wb.setForceFormulaRecalculation(true);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not annotate workbook", e);
        }
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

    private static void markStatuses(XSSFWorkbook wb, CellMarker marker, Report report) {
        for (GoalResult g : report.goals()) {
            NameLookup.named(wb, "gb_status_" + g.id()).ifPresent(cell -> {
                String formula = null;
                if (cell.getCellType() == CellType.FORMULA) {
                    formula = cell.getCellFormula();
                    try {
                        cell.removeFormula();
                    } catch (IllegalStateException e) {
                        return; // part of an array formula: leave it, Resultat carries the verdict
                    }
                }
                marker.fill(cell, MarkKind.of(g.status()), formula);
                // blank first: POI keeps an inline string's <is> (openpyxl writes them) beside the new <v>
                cell.setBlank();
                cell.setCellValue(g.status().label());
            });
        }
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
