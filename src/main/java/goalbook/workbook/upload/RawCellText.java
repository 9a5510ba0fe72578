package goalbook.workbook.upload;

import goalbook.workbook.intake.OoxmlText;
import java.math.BigDecimal;

/**
 * A cell as plain text, for comments and the identity, e.g. a number 2024 → "2024", a boolean →
 * "TRUE", an error → "#N/A", a formula → its saved value; empty for an empty cell or a formula
 * without a saved value. Numbers are written plainly (no cell format applied).
 */
final class RawCellText {
    private RawCellText() {}

    static String of(RawCell c) {
        if (c == null) {
            return "";
        }
        String v = c.value();
        if (c.formula() != null && (v == null || v.isEmpty()) && !c.type().equals("inlineStr")) {
            return "";
        }
        return switch (c.type()) {
            case "s", "str" -> v == null ? "" : nonNull(OoxmlText.decode(v));
            case "inlineStr" -> nonNull(OoxmlText.decode(c.inline() != null ? c.inline() : v));
            case "b" -> "1".equals(v) ? "TRUE" : "FALSE";
            case "e" -> CellReading.error(v);
            default -> v == null ? "" : plain(v);
        };
    }

    static String plain(String v) {
        BigDecimal n = CellReading.xmlNumber(v);
        if (n == null) {
            return v;
        }
        BigDecimal s = n.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
