package goalbook.reference;

import goalbook.goals.Measure;
import goalbook.goals.Unit;
import java.math.BigDecimal;

/**
 * Where a reference value sits and what it was, in the controller's words, e.g.
 * "Almi Nord, Målnivå utbetalda lån (kr), Q2" and 1.2 as a share → "120 %".
 */
public final class ReferencePlace {

    /** The group row's name, as the reference workbook writes it. */
    public static final String GROUP = "Koncernen";

    private ReferencePlace() {}

    /** {@code key} is "year", "Q1".."Q4" or null for the measure as a whole. */
    public static String of(String rowName, Measure m, String key) {
        String place = rowName + ", " + label(m);
        if (key == null) {
            return place;
        }
        return place + ", " + ("year".equals(key) ? "årsnivå" : key);
    }

    static String label(Measure m) {
        return m.label() == null || m.label().isBlank() ? m.id() : m.label();
    }

    /** A value as the controller typed it, worded by {@link goalbook.text.SwedishNumbers#typed}, e.g. "120 %", "-3,5". */
    static String swedish(BigDecimal d, Unit unit) {
        return goalbook.text.SwedishNumbers.typed(d, unit);
    }
}
