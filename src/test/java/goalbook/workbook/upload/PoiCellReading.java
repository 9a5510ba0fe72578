package goalbook.workbook.upload;

import goalbook.workbook.upload.CellReading;
import goalbook.workbook.upload.WholeKronor;
import goalbook.goals.Measure;
import java.math.BigDecimal;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;

/**
 * The oracle's reading of one input cell through POI's object model (the reading Goalbook shipped
 * before the streaming reader), with one deliberate change: a formula is read by the value Excel saved
 * (POI's cached result), never evaluated. Messages come from {@link CellReading} so both readers word
 * them alike; what this class decides independently is the type, the value and which problem.
 */
final class PoiCellReading {

    private final XSSFEvaluationWorkbook parsing;

    PoiCellReading(XSSFEvaluationWorkbook parsing) {
        this.parsing = parsing;
    }

    CellReading.Outcome read(XSSFCell c, Measure m, String address) {
        return WholeKronor.round(readAsWritten(c, m, address), m, address);
    }

    private CellReading.Outcome readAsWritten(XSSFCell c, Measure m, String address) {
        if (c == null) {
            return new CellReading.Outcome(null, null);
        }
        return switch (c.getCellType()) {
            case NUMERIC -> new CellReading.Outcome(xmlNumber(c), null);
            case STRING -> CellReading.text(c.getStringCellValue(), m, address);
            case BOOLEAN -> CellReading.notANumber(m, address, "”" + (c.getBooleanCellValue() ? "SANT" : "FALSKT") + "” är inte ett tal.");
            case ERROR -> CellReading.notANumber(m, address, "cellen innehåller felvärdet " + FormulaError.forInt(c.getErrorCellValue()).getString() + ".");
            case FORMULA -> formula(c, m, address);
            default -> new CellReading.Outcome(null, null);
        };
    }

    private CellReading.Outcome formula(XSSFCell c, Measure m, String address) {
        String formula = c.getCellFormula();
        if (external(formula, c)) {
            return CellReading.externalFormula(m, address, formula);
        }
        String v = c.getCTCell().isSetV() ? c.getCTCell().getV() : null;
        CellType t = c.getCachedFormulaResultType();
        if (v == null || v.isEmpty() && t != CellType.STRING) {
            return CellReading.withoutValue(m, address, formula);
        }
        return switch (t) {
            case STRING -> CellReading.text(c.getStringCellValue(), m, address);
            case BOOLEAN -> CellReading.booleanFormula(m, address, formula);
            case ERROR -> CellReading.errorFormula(m, address, formula, FormulaError.forInt(c.getErrorCellValue()).getString());
            default -> new CellReading.Outcome(xmlNumber(c), null);
        };
    }

    private boolean external(String formula, XSSFCell c) {
        try {
            Ptg[] ptgs = FormulaParser.parse(formula, parsing, FormulaType.CELL, c.getSheet().getWorkbook().getSheetIndex(c.getSheet()));
            for (Ptg p : ptgs) {
                if (p instanceof NameXPxg || p instanceof Pxg x && x.getExternalWorkbookNumber() > 0) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return formula.contains("[");
        }
    }

    /** The number exactly as stored in the file, e.g. "0.1" rather than the double's binary expansion. */
    private static BigDecimal xmlNumber(XSSFCell c) {
        String v = c.getCTCell().isSetV() ? c.getCTCell().getV() : null;
        if (v != null) {
            try {
                return new BigDecimal(v.strip());
            } catch (NumberFormatException e) {
                // fall through to the double
            }
        }
        return BigDecimal.valueOf(c.getNumericCellValue());
    }
}
