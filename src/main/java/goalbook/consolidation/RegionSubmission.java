package goalbook.consolidation;

import goalbook.evaluation.Report;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A region's latest stored version of one period, e.g. {@code gavle-dala} version 3, invalid, with
 * {@code {unika_kunder=100, kunder_tidiga_skeden=120}} and {@code kunder_tidiga_skeden} invalid.
 *
 * @param inputs          measure id → value as read from the workbook
 * @param invalidMeasures measures that had an ERROR problem; the goals needing them count as MISSING
 * @param comments        goal id → the region's comment
 * @param report          the report as stored at upload, or null; consolidation re-evaluates instead
 */
public record RegionSubmission(
        String region,
        int version,
        String sha256,
        boolean valid,
        Map<String, BigDecimal> inputs,
        Set<String> invalidMeasures,
        Map<String, String> comments,
        Report report) {

    public RegionSubmission {
        Objects.requireNonNull(region, "region");
        inputs = inputs == null ? Map.of() : Map.copyOf(inputs);
        invalidMeasures = invalidMeasures == null ? Set.of() : Set.copyOf(invalidMeasures);
        comments = comments == null ? Map.of() : Map.copyOf(comments);
    }

    /** The value of {@code measure} when read and not invalid, else null. */
    BigDecimal usable(String measure) {
        return invalidMeasures.contains(measure) ? null : inputs.get(measure);
    }
}
