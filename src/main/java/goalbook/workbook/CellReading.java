package goalbook.workbook;

import goalbook.evaluation.Problem;
import goalbook.goals.Measure;
import java.math.BigDecimal;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.NameXPxg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Pxg;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;

/**
 * Reads one input cell as the region wrote it: a number (its XML text, e.g. "1200"), Swedish text
 * such as "1 200", or a formula within this workbook (evaluated); otherwise a Swedish problem
 * naming the cell and the measure, e.g. "Inrapportering!C14 (Unika kunder): ”abc” är inte ett tal."
 */
final class CellReading {

    /** A value, a problem, or neither (blank). */
    record Outcome(BigDecimal value, Problem problem) {}

    private final XSSFFormulaEvaluator evaluator;
    private final XSSFEvaluationWorkbook parsing;

    CellReading(XSSFFormulaEvaluator evaluator, XSSFEvaluationWorkbook parsing) {
        this.evaluator = evaluator;
        this.parsing = parsing;
    }

    /** The cell's value; an amount with decimals rounded to whole kronor with a warning ({@link WholeKronor}). */
    Outcome read(XSSFCell c, Measure m, String address) {
        return WholeKronor.round(readAsWritten(c, m, address), m, address);
    }

    private Outcome readAsWritten(XSSFCell c, Measure m, String address) {
        if (c == null) {
            return new Outcome(null, null);
        }
        return switch (c.getCellType()) {
            case BLANK -> new Outcome(null, null);
            case NUMERIC -> new Outcome(xmlNumber(c), null);
            case STRING -> text(c.getStringCellValue(), m, address);
            case BOOLEAN -> notANumber(m, address, "”" + (c.getBooleanCellValue() ? "SANT" : "FALSKT") + "” är inte ett tal.");
            case ERROR -> notANumber(m, address, "cellen innehåller felvärdet " + FormulaError.forInt(c.getErrorCellValue()).getString() + ".");
            case FORMULA -> formula(c, m, address);
            default -> new Outcome(null, null);
        };
    }

    private Outcome formula(XSSFCell c, Measure m, String address) {
        String formula = c.getCellFormula();
        if (external(formula, c)) {
            return new Outcome(null, Problem.error("external_formula", m.id(), address, prefix(m, address)
                    + "formeln =" + formula + " hämtar värdet från en annan arbetsbok, som Goalbook inte kan läsa. "
                    + "Skriv in själva värdet i cellen och skicka in igen."));
        }
        CellValue v;
        try {
            v = evaluator.evaluate(c);
        } catch (RuntimeException e) {
            return cached(c, m, address);
        }
        if (v == null) {
            return new Outcome(null, null);
        }
        return switch (v.getCellType()) {
            case NUMERIC -> new Outcome(BigDecimal.valueOf(v.getNumberValue()), null);
            case STRING -> text(v.getStringValue(), m, address);
            case ERROR -> notANumber(m, address, "formeln =" + formula + " ger felvärdet "
                    + FormulaError.forInt(v.getErrorValue()).getString() + ".");
            case BOOLEAN -> notANumber(m, address, "formeln =" + formula + " ger ett sanningsvärde, inte ett tal.");
            default -> new Outcome(null, null);
        };
    }

    /** A formula POI cannot evaluate (an unsupported function): trust the value Excel stored. */
    private Outcome cached(XSSFCell c, Measure m, String address) {
        CellType t = c.getCachedFormulaResultType();
        if (t == CellType.NUMERIC) {
            return new Outcome(xmlNumber(c), null);
        }
        if (t == CellType.STRING) {
            return text(c.getStringCellValue(), m, address);
        }
        return notANumber(m, address, "formeln =" + c.getCellFormula() + " kan inte beräknas. Skriv in värdet i stället.");
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

    private static Outcome text(String raw, Measure m, String address) {
        SwedishNumber.Parsed p = SwedishNumber.parse(raw, m.unit());
        if (p.problem() == null) {
            return new Outcome(p.value(), null);
        }
        String shown = "”" + raw.strip() + "”";
        if (p.problem().equals(SwedishNumber.AMBIGUOUS)) {
            return new Outcome(null, Problem.error(SwedishNumber.AMBIGUOUS, m.id(), address, prefix(m, address) + shown
                    + " kan läsas både som ett decimaltal och som ett tal med tusentalsavgränsare. Skriv talet utan avgränsare "
                    + "(t.ex. 1200) eller med decimalkomma (t.ex. 1,2)."));
        }
        return notANumber(m, address, shown + " är inte ett tal.");
    }

    private static Outcome notANumber(Measure m, String address, String what) {
        return new Outcome(null, Problem.error(SwedishNumber.NOT_A_NUMBER, m.id(), address, prefix(m, address) + what
                + " Skriv ett tal" + (m.unit() == goalbook.goals.Unit.SEK ? " i hela kronor" : "") + ", t.ex. 1200."));
    }

    static String prefix(Measure m, String address) {
        return "Cell " + address + " (" + m.label() + "): ";
    }

    /** The number exactly as stored in the file, e.g. "0.1" rather than the double's binary expansion. */
    private static BigDecimal xmlNumber(XSSFCell c) {
        String v = c.getCTCell().isSetV() ? c.getCTCell().getV() : null;
        if (v != null && c.getCellType() == CellType.NUMERIC) {
            try {
                return new BigDecimal(v.strip());
            } catch (NumberFormatException e) {
                // fall through to the double
            }
        }
        return BigDecimal.valueOf(c.getNumericCellValue());
    }
}
