package goalbook.workbook.referencebook;

import goalbook.goals.Measure;
import goalbook.goals.QuarterLevel;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Data validation and Swedish guidance for one measure's input cells, e.g. a share accepts a
 * decimal from 0 to 1 and says "Ange en andel mellan 0 % och 100 %, t.ex. 34,5 %."
 */
final class ReferenceValidation {

    /** Beyond any plausible reference value; Excel's decimal rule needs some bound. */
    private static final BigDecimal HUGE = new BigDecimal("1000000000000000");

    private ReferenceValidation() {}

    /** Adds a decimal rule with prompt and error message over {@code range} of {@code sheet}. */
    static void add(XSSFSheet sheet, Measure m, CellRangeAddressList range) {
        BigDecimal min = m.unit() == Unit.SHARE ? BigDecimal.ZERO : m.min();
        BigDecimal max = m.unit() == Unit.SHARE ? BigDecimal.ONE : m.max();
        XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
        XSSFDataValidationConstraint c;
        if (min != null && max != null) {
            c = (XSSFDataValidationConstraint) helper.createDecimalConstraint(OperatorType.BETWEEN, plain(min), plain(max));
        } else if (min != null) {
            c = (XSSFDataValidationConstraint) helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, plain(min), null);
        } else if (max != null) {
            c = (XSSFDataValidationConstraint) helper.createDecimalConstraint(OperatorType.LESS_OR_EQUAL, plain(max), null);
        } else {
            c = (XSSFDataValidationConstraint) helper.createDecimalConstraint(OperatorType.BETWEEN, plain(HUGE.negate()), plain(HUGE));
        }
        DataValidation v = helper.createValidation(c, range);
        v.setEmptyCellAllowed(true);
        v.setShowPromptBox(true);
        v.createPromptBox(cut(m.label() == null ? m.id() : m.label(), 32), cut(guidance(m), 255));
        v.setShowErrorBox(true);
        v.setErrorStyle(DataValidation.ErrorStyle.STOP);
        v.createErrorBox("Ogiltigt värde", cut(allowed(m.unit(), min, max), 255));
        sheet.addValidationData(v);
    }

    /** The measure's help plus how an annual level applies to a quarter, e.g. "... × kvartal / 4 ...". */
    static String guidance(Measure m) {
        String help = m.help() == null || m.help().isBlank() ? "" : m.help().strip() + " ";
        return help + quarterRule(m) + " " + allowed(m.unit(), m.unit() == Unit.SHARE ? BigDecimal.ZERO : m.min(),
                m.unit() == Unit.SHARE ? BigDecimal.ONE : m.max());
    }

    static String quarterRule(Measure m) {
        return m.quarterLevel() == QuarterLevel.PRORATE
                ? "Kvartalsnivåer är ackumulerade; anges bara årsnivå blir kvartalets nivå årsnivå × kvartal / 4."
                : "Kvartalsnivåer är ackumulerade; anges bara årsnivå används den som den är i varje kvartal.";
    }

    /** What may be typed, in Swedish, e.g. "Ange ett belopp i hela kronor, minst 0." */
    static String allowed(Unit unit, BigDecimal min, BigDecimal max) {
        String what = switch (unit) {
            case SEK -> "Ange ett belopp i kronor";
            case COUNT -> "Ange ett antal";
            case SHARE -> "Ange en andel i procent, t.ex. 34,5 %";
            case PERCENT -> "Ange ett värde i procent, t.ex. 12,5 %";
            case INDEX -> "Ange ett indexvärde";
        };
        if (min != null && max != null) {
            return what + ", mellan " + swedish(min, unit) + " och " + swedish(max, unit) + ".";
        }
        if (min != null) {
            return what + ", minst " + swedish(min, unit) + ".";
        }
        if (max != null) {
            return what + ", högst " + swedish(max, unit) + ".";
        }
        return what + ".";
    }

    /** {@code 1} as a share → "100 %", {@code -1.5} as an index → "-1,5". */
    static String swedish(BigDecimal d, Unit unit) {
        return goalbook.text.SwedishNumbers.typed(d, unit);
    }

    private static String plain(BigDecimal d) {
        return d.toPlainString();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
