package goalbook.reference;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A reference value for a whole year and/or per quarter, e.g. {@code year=1000000, quarters={2: 400000}}
 * for disbursed loans; quarterly values are cumulative, year to date.
 *
 * @param year     the whole-year value, or null when only quarterly values are set
 * @param quarters quarter (1–4) → value; empty when none is set
 */
public record Level(BigDecimal year, Map<Integer, BigDecimal> quarters) {

    public Level {
        TreeMap<Integer, BigDecimal> copy = new TreeMap<>();
        if (quarters != null) {
            quarters.forEach((q, v) -> {
                if (q == null || q < 1 || q > 4) {
                    throw new IllegalArgumentException("quarter must be 1 to 4, got " + q);
                }
                copy.put(q, Objects.requireNonNull(v, () -> "value of quarter " + q));
            });
        }
        quarters = Collections.unmodifiableMap(copy);
    }

    /** A whole-year value only, e.g. {@code Level.annual(new BigDecimal("1000000"))}. */
    public static Level annual(BigDecimal year) {
        return new Level(Objects.requireNonNull(year, "year"), Map.of());
    }

    /** Whether neither a whole-year nor any quarterly value is set. */
    public boolean isEmpty() {
        return year == null && quarters.isEmpty();
    }
}
