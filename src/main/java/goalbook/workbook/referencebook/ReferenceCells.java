package goalbook.workbook.referencebook;

import goalbook.workbook.SwedishNumber;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * Reads one reference cell as a number, e.g. a numeric 0.345 → 0.345, the text "12,5 %" → 0.125,
 * blank → null; a cell that holds no number is reported, e.g. text 'abc'.
 */
final class ReferenceCells {

    private ReferenceCells() {}

    /** What a cell held instead of a number, e.g. text "ca 80"; {@code ambiguous} for "1,200". */
    record NotANumber(String text, boolean ambiguous) {
        String english() {
            return "'" + text + "' is " + (ambiguous ? "ambiguous (thousands or decimals)" : "not a number");
        }

        String swedish() {
            return "'" + text + "' " + (ambiguous ? "kan läsas på två sätt (tusental eller decimaler); skriv t.ex. 1200 eller 1,2"
                    : "är inte ett tal");
        }
    }

    /** The number in {@code c}, or null when it is blank or not a number; in the latter case {@code bad} hears of it. */
    static BigDecimal number(Cell c, goalbook.goals.Unit unit, Consumer<NotANumber> bad) {
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        switch (type) {
            case NUMERIC -> {
                return normalized(BigDecimal.valueOf(c.getNumericCellValue()));
            }
            case STRING -> {
                String text = c.getStringCellValue();
                if (text == null || text.isBlank()) {
                    return null;
                }
                // The same reading as a region's template: "12,5 %", "1 200"; "1,200" is ambiguous and refused.
                SwedishNumber.Parsed parsed = SwedishNumber.parse(text, unit);
                if (parsed.value() == null) {
                    bad.accept(new NotANumber(text.strip(), SwedishNumber.AMBIGUOUS.equals(parsed.problem())));
                    return null;
                }
                return normalized(parsed.value());
            }
            case BOOLEAN -> {
                bad.accept(new NotANumber(c.getBooleanCellValue() ? "SANT" : "FALSKT", false));
                return null;
            }
            case ERROR -> {
                bad.accept(new NotANumber(FormulaError.forInt(c.getErrorCellValue()).getString(), false));
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** The cell's text as written, numbers in plain form (1200, not 1200.0); null when blank. */
    static String text(Cell c) {
        if (c == null) {
            return null;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return switch (type) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> normalized(BigDecimal.valueOf(c.getNumericCellValue())).toPlainString();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            default -> null;
        };
    }

    /** Shortest form: 1000000.0 → 1000000, 0.3450 → 0.345, so the JSON and stored data stay tidy. */
    static BigDecimal normalized(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
