package goalbook.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number typed as text the Swedish way, e.g. "12,5 %" → 0.125, "1 200" → 1200,
 * "−3,5" → -3.5, "1 200 000 kr" → 1200000; anything else is not a number.
 */
final class ReferenceNumbers {

    private static final Pattern PLAIN = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u2009\\u202F]+");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ReferenceNumbers() {}

    /** The number {@code text} spells, or empty when it is not one (or is blank). */
    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = SPACES.matcher(text).replaceAll("").replace('\u2212', '-').replace('\u2013', '-');
        boolean percent = t.endsWith("%");
        if (percent) {
            t = t.substring(0, t.length() - 1);
        } else if (t.toLowerCase(java.util.Locale.ROOT).endsWith("kr")) {
            t = t.substring(0, t.length() - 2);
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') >= 0) {
            return Optional.empty(); // "1.200,5" or "1,200.5": which separator is meant is a guess
        }
        t = t.replace(',', '.');
        if (!PLAIN.matcher(t).matches()) {
            return Optional.empty();
        }
        BigDecimal d = new BigDecimal(t);
        return Optional.of(percent ? d.divide(HUNDRED, MathContext.DECIMAL128) : d);
    }
}
