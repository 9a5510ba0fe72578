package goalbook.workbook.upload;

import goalbook.workbook.TemplateLayout;
import goalbook.workbook.upload.CellReading;
import goalbook.workbook.upload.ReadWorkbook;
import goalbook.workbook.intake.Refusal;
import goalbook.evaluation.Problem;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Period;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The oracle for {@link WorkbookReader}: the POI-based reading Goalbook shipped before the streaming
 * reader (whole object model, names through POI's AreaReference), kept in the tests only so the
 * differential test can compare both. Formulas are read by their saved value, as the streaming reader
 * reads them.
 */
final class PoiWorkbookReader {

    ReadWorkbook read(byte[] xlsx, GoalStructure s, Period period) {
        try (XSSFWorkbook wb = open(xlsx)) {
            return read(wb, s, period);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot close the workbook", e);
        }
    }

    /** Reads an already opened workbook; it is left open and unchanged, e.g. for the annotator. */
    static ReadWorkbook read(XSSFWorkbook wb, GoalStructure s, Period period) {
        return new ReadWorkbook(PoiIdentityReader.read(wb), inputs(wb, s, period));
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            throw Refusal.CORRUPT.exception();
        }
    }

    private static SubmittedInputs inputs(XSSFWorkbook wb, GoalStructure s, Period period) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> cells = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        Map<String, String> commentCells = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        PoiCellReading reading = new PoiCellReading(XSSFEvaluationWorkbook.create(wb));
        for (Measure m : s.regionInputsDueIn(period.quarter())) {
            Located at = locate(wb, m.id());
            if (at == null) {
                problems.add(Problem.error("input_missing_from_workbook", m.id(), null, "Uppgiften ”" + m.label() + "” (" + m.id()
                        + ") finns inte i arbetsboken: cellens namn har tagits bort eller pekar på en borttagen cell. "
                        + "Ladda ner en ny mall för perioden, för över uppgifterna och skicka igen."));
                continue;
            }
            cells.put(m.id(), at.address());
            CellReading.Outcome o = reading.read(at.cell(), m, at.address());
            if (o.value() != null) {
                values.put(m.id(), o.value());
            }
            if (o.problem() != null) {
                problems.add(o.problem());
            }
        }
        for (Goal g : s.goalsDueIn(period.quarter())) {
            Located at = locate(wb, TemplateLayout.comment(g.id()));
            if (at == null) {
                continue;
            }
            commentCells.put(g.id(), at.address());
            String text = PoiIdentityReader.text(at.cell());
            text = text == null ? "" : text;
            if (!text.isEmpty()) {
                comments.put(g.id(), text);
            }
        }
        return new SubmittedInputs(values, cells, comments, commentCells, problems);
    }

    /** A named cell and its address such as {@code Inrapportering!C14}; cell is null when the cell is empty. */
    private record Located(XSSFCell cell, String address) {}

    private static Located locate(XSSFWorkbook wb, String nameText) {
        XSSFName name = workbookScoped(wb, nameText);
        if (name == null || name.getRefersToFormula() == null || name.getRefersToFormula().contains("#REF")) {
            return null;
        }
        try {
            CellReference ref = new AreaReference(name.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
            if (ref.getRow() < 0 || ref.getCol() < 0) {
                return null; // a whole row or column is no input cell
            }
            XSSFSheet sheet = ref.getSheetName() == null ? null : wb.getSheet(ref.getSheetName());
            if (sheet == null) {
                return null;
            }
            XSSFRow row = sheet.getRow(ref.getRow());
            XSSFCell cell = row == null ? null : row.getCell(ref.getCol());
            return new Located(cell, sheet.getSheetName() + "!" + new CellReference(ref.getRow(), ref.getCol()).formatAsString());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The workbook-scoped name, or a sheet-scoped one when a tool has moved it. */
    private static XSSFName workbookScoped(XSSFWorkbook wb, String nameText) {
        List<XSSFName> all = wb.getNames(nameText);
        return all.stream().filter(n -> n.getSheetIndex() < 0).findFirst().orElse(all.isEmpty() ? null : all.get(0));
    }
}
