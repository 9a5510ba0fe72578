package goalbook.workbook.upload;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Turns every formula the region's workbook holds into its cached value unless it is one of the
 * template's own formulas in its own cell, or plain arithmetic typed in an input cell, e.g.
 * {@code =cmd|' /C calc'!A0} (DDE) or {@code =HYPERLINK("file://host/share")} anywhere → the value
 * Excel showed; {@code =1200+300} in {@code Inrapportering!C8} stays. The controller opens the
 * annotated copy: nothing in it may reach outside the workbook or run anything, and POI never
 * evaluates what it cannot vouch for (this runs before the live values are recomputed).
 */
final class ForeignFormulas {
    /** Functions arithmetic in an input cell may use; anything else (HYPERLINK, WEBSERVICE, RTD, CALL, …) is frozen. */
    private static final Set<String> ARITHMETIC = Set.of("SUM", "ROUND", "MIN", "MAX", "ABS", "AVERAGE");
    private static final Pattern PLAIN = Pattern.compile("[0-9A-Za-z_.,;:$+\\-*/^%()\\s]*");
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_.]*)\\s*\\(");

    private ForeignFormulas() {}

    /**
     * @param own        the template's formulas by {@code Sheet!A1} reference ({@link TemplateFormulas})
     * @param inputCells the cells the region types in, e.g. {@code Inrapportering!C8}
     * @return how many formulas were frozen to values
     */
    static int freeze(XSSFWorkbook wb, Map<String, String> own, Set<String> inputCells) {
        int frozen = 0;
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    String ref = sheet.getSheetName() + "!" + c.getAddress().formatAsString();
                    String formula = c.getCellFormula();
                    boolean keep = formula.equals(own.get(ref)) || inputCells.contains(ref) && arithmetic(formula);
                    if (!keep) {
                        toValue((XSSFCell) c);
                        frozen++;
                    }
                }
            }
        }
        return frozen;
    }

    /** Numbers, cell references, names and a few arithmetic functions: nothing that reaches out or runs anything. */
    static boolean arithmetic(String formula) {
        if (!PLAIN.matcher(formula).matches()) {
            return false; // quotes, '|' (DDE), '!' (another sheet), '[' (another workbook)
        }
        Matcher m = FUNCTION.matcher(formula);
        while (m.find()) {
            if (!ARITHMETIC.contains(m.group(1).toUpperCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static void toValue(XSSFCell c) {
        if (c.isPartOfArrayFormulaGroup()) {
            // an array formula is removed as a whole: each of its cells keeps what it showed
            org.apache.poi.ss.util.CellRangeAddress range = c.getArrayFormulaRange();
            Map<org.apache.poi.ss.util.CellAddress, Object> shown = new java.util.HashMap<>();
            for (org.apache.poi.ss.util.CellAddress a : range) {
                Row r = c.getSheet().getRow(a.getRow());
                Cell m = r == null ? null : r.getCell(a.getColumn());
                shown.put(a, m == null ? null : cached((XSSFCell) m));
            }
            for (Cell m : c.getSheet().removeArrayFormula(c)) {
                set((XSSFCell) m, shown.get(m.getAddress()));
            }
            return;
        }
        Object shown = cached(c);
        c.removeFormula();
        set(c, shown);
    }

    private static void set(XSSFCell c, Object shown) {
        if (shown instanceof Double d) {
            c.setCellValue(d);
        } else if (shown instanceof String t) {
            c.setCellValue(t);
        } else if (shown instanceof Boolean b) {
            c.setCellValue(b);
        } else if (shown instanceof FormulaError e) {
            c.setCellErrorValue(e);
        } else {
            c.setBlank();
        }
    }

    private static Object cached(XSSFCell c) {
        return switch (c.getCachedFormulaResultType()) {
            case NUMERIC -> c.getNumericCellValue();
            case STRING -> c.getStringCellValue();
            case BOOLEAN -> c.getBooleanCellValue();
            case ERROR -> FormulaError.forInt(c.getErrorCellValue());
            default -> null;
        };
    }
}
