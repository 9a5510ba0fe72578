package goalbook.goals;

import java.math.BigDecimal;

/**
 * A target level: a constant such as {@code 0.80}, or the id of a reference measure such as
 * {@code plan_utbetalda_lan} whose value is looked up per region, year and quarter.
 */
public record Threshold(BigDecimal constant, String reference) {

    public Threshold {
        if ((constant == null) == (reference == null)) {
            throw new IllegalArgumentException("a threshold is either a constant or a reference, got " + constant + " / " + reference);
        }
    }

    public static Threshold of(BigDecimal value) {
        return new Threshold(value, null);
    }

    public static Threshold ref(String measureId) {
        return new Threshold(null, measureId);
    }

    public boolean byReference() {
        return reference != null;
    }
}
