package goalbook.workbook.report;

/**
 * Where one region's numbers came from, e.g. {@code ("gavle-dala", "Almi Gävle Dala", 3, "9f2c…",
 * "2024-07-10 14:03", "anna@almi.se", true)}; {@code version} null when the region has not submitted.
 *
 * @param submittedAt as it should be shown, e.g. "2024-07-10 14:03"; null when none
 * @param review      where the version stands with the controller, as shown, e.g. "Återförvisad: NPS saknas"; null when not known
 */
public record SourceRow(String region, String regionName, Integer version, String sha256, String submittedAt,
                        String submittedBy, boolean valid, String review) {

    /** A source whose review state is not known (shown as "–"). */
    public SourceRow(String region, String regionName, Integer version, String sha256, String submittedAt, String submittedBy, boolean valid) {
        this(region, regionName, version, sha256, submittedAt, submittedBy, valid, null);
    }
}
