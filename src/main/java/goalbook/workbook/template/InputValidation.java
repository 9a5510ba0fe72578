package goalbook.workbook.template;

import goalbook.goals.Measure;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Data validation of one input cell: whole numbers for counts and kronor, decimals otherwise,
 * within the measure's min/max, e.g. "Skriv ett heltal som är minst 0." with the measure help as prompt.
 */
final class InputValidation {

    /** Excel needs bounds; amounts beyond a thousand billion kronor are not plausible. */
    private static final BigDecimal LOWEST = new BigDecimal("-999999999999999");
    private static final BigDecimal HIGHEST = new BigDecimal("999999999999999");

    private final XSSFSheet sheet;
    private final XSSFDataValidationHelper helper;

    InputValidation(XSSFSheet sheet) {
        this.sheet = sheet;
        this.helper = new XSSFDataValidationHelper(sheet);
    }

    void add(Measure m, int row, int col) {
        boolean whole = m.mustBeWhole() || m.unit() == goalbook.goals.Unit.SEK;
        BigDecimal low = m.min() == null ? LOWEST : m.min();
        BigDecimal high = m.max() == null ? HIGHEST : m.max();
        String f1 = low.toPlainString();
        String f2 = high.toPlainString();
        DataValidationConstraint c = whole
                ? helper.createIntegerConstraint(OperatorType.BETWEEN, f1, f2)
                : helper.createDecimalConstraint(OperatorType.BETWEEN, f1, f2);
        DataValidation v = helper.createValidation(c, new CellRangeAddressList(row, row, col, col));
        v.setEmptyCellAllowed(true);
        v.setShowPromptBox(true);
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createPromptBox(cut(m.label(), 32), cut(m.help(), 255));
        v.createErrorBox("Ogiltigt värde", cut(errorText(m, whole), 255));
        sheet.addValidationData(v);
    }

    /** e.g. "Unika kunder: skriv ett heltal som är minst 0, utan mellanslag eller text." */
    static String errorText(Measure m, boolean whole) {
        String kind = whole ? "ett heltal" : "ett tal";
        String range = m.min() != null && m.max() != null ? " mellan " + plain(m.min()) + " och " + plain(m.max())
                : m.min() != null ? " som är minst " + plain(m.min())
                : m.max() != null ? " som är högst " + plain(m.max()) : "";
        String kronor = m.unit() == goalbook.goals.Unit.SEK ? " Belopp anges i hela kronor." : "";
        String share = m.unit() == goalbook.goals.Unit.SHARE ? " Andelar anges i procent, t.ex. 12,5 %." : "";
        return m.label() + ": skriv " + kind + range + "." + kronor + share;
    }

    private static String plain(BigDecimal v) {
        return goalbook.text.SwedishNumbers.exact(v);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
