package goalbook.workbook;

import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/**
 * Writes a random value of every kind a region (or a script) can leave in a cell, e.g. 1200.5, "1 200",
 * "12,5 %", SANT, #N/A, =A1+1 saved with its value, =600+600 saved without one, a link to another
 * workbook, an inline or a rich-text string. Values sit at the boundaries the reader cares about.
 */
public final class RandomCellValues {
    public static final List<Double> NUMBERS = List.of(0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1200.0, 1200.4, 1200.5, 1200.6, -1200.5, 0.1 + 0.2,
            70000000.4, 1e15, 1e15 + 0.5, 123456789012345678.0, 1e-9, 99.99, 100.0, 2147483648.0, 4.9e-324, 0.125, 12.5);
    public static final List<String> TEXTS = List.of("", " ", "abc", "1 200", "1\u00A0200", "1\u202F200", "1\u2009200", "1,200", "1.200",
            "12,5", "12.5", "12,5 %", "50%", "−3", "-3 000", "+5", "2 500 000 kr", "1200 KR", "1,2.3", "1 2", "0,1", ",5", "1 200,4",
            "Åtta", "_x0031_200", "  7  ", "١٢", "1e3", "0x10", "NaN", "–", "1 000 000,5", "100 %", "5 %");
    private static final List<FormulaError> ERRORS = List.of(FormulaError.NA, FormulaError.DIV0, FormulaError.REF, FormulaError.VALUE,
            FormulaError.NAME, FormulaError.NUM, FormulaError.NULL);
    private static final List<String> UNSAVED = List.of("600+600", "LEN(REPT(REPT(\"x\",32767),32767))", "SUM(C1:C10)", "unika_kunder*2",
            "\"1 200\"", "1/0");

    private RandomCellValues() {}

    /** A value for an input cell; {@code kind} picks one of 14 kinds. */
    public static void write(XSSFCell c, Random rng) {
        c.setBlank();
        switch (rng.nextInt(14)) {
            case 0 -> { }
            case 1 -> c.setCellValue(pick(NUMBERS, rng) * (rng.nextBoolean() ? 1 : -1));
            case 2 -> c.setCellValue(rng.nextBoolean() ? rng.nextInt(2_000_000) - 1_000_000 : Math.round(rng.nextDouble() * 1e8) / 100.0);
            case 3, 4 -> c.setCellValue(pick(TEXTS, rng));
            case 5 -> c.setCellValue(rng.nextBoolean());
            case 6 -> c.setCellErrorValue(pick(ERRORS, rng).getCode());
            case 7 -> {
                c.setCellFormula("A1+1");
                c.setCellValue(pick(NUMBERS, rng));
            }
            case 8 -> {
                c.setCellFormula("\"x\"&\"y\"");
                c.setCellValue(pick(TEXTS, rng));
            }
            case 9 -> {
                c.setCellFormula("1=1");
                c.setCellValue(rng.nextBoolean());
            }
            case 10 -> {
                c.setCellFormula("1/0");
                c.setCellErrorValue(pick(ERRORS, rng).getCode());
            }
            case 11 -> {
                c.getCTCell().addNewF().setStringValue(pick(UNSAVED, rng)); // as a script writes it, no value
            }
            case 12 -> {
                c.setCellValue(100 + rng.nextInt(10));
                c.getCTCell().addNewF().setStringValue("[1]Blad1!C" + (1 + rng.nextInt(99)));
            }
            default -> {
                if (rng.nextBoolean()) {
                    c.getCTCell().setT(STCellType.INLINE_STR);
                    c.getCTCell().addNewIs().setT(pick(TEXTS, rng));
                } else {
                    XSSFRichTextString rich = new XSSFRichTextString("1 2" + rng.nextInt(10) + "0");
                    XSSFFont first = c.getSheet().getWorkbook().getFontAt(0);
                    rich.applyFont(0, 2, first); // two runs in the shared string
                    c.setCellValue(rich);
                }
            }
        }
    }

    /** A value for a comment cell: blank, text, a number or a formula's saved text. */
    public static void comment(XSSFCell c, Random rng) {
        c.setBlank();
        switch (rng.nextInt(5)) {
            case 0 -> { }
            case 1, 2 -> c.setCellValue(pick(List.of("Enkäten skickades sent.", "  trimmas  ", "Rad 1\nRad 2", "_x000D_", " "), rng));
            case 3 -> c.setCellValue(pick(NUMBERS, rng));
            default -> {
                c.setCellFormula("\"a\"&\"b\"");
                c.setCellValue("Förklaring " + rng.nextInt(100));
            }
        }
    }

    public static <T> T pick(List<T> from, Random rng) {
        return from.get(rng.nextInt(from.size()));
    }
}
