package goalbook.sources;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Everything one fetch brought: region → measure → value, the provenance per measure and what failed.
 * Complete only when {@link #failures()} is empty; a caller saves nothing otherwise.
 */
public record FetchOutcome(Map<String, Map<String, BigDecimal>> values, List<Provenance> provenance, List<FetchFailure> failures) {
    public FetchOutcome {
        values = Map.copyOf(values);
        provenance = List.copyOf(provenance);
        failures = List.copyOf(failures);
    }

    public boolean complete() {
        return failures.isEmpty();
    }
}
