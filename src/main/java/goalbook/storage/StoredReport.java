package goalbook.storage;

import goalbook.evaluation.Report;
import java.math.BigDecimal;
import java.util.Map;

/**
 * What is stored with each version besides the bytes: the report as it was at upload and the inputs
 * read, so later periods can compare with them and consolidation can re-evaluate them.
 */
public record StoredReport(Report report, Map<String, BigDecimal> inputs) {
    public StoredReport {
        inputs = Map.copyOf(inputs);
    }
}
