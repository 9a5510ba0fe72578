package goalbook.workbook.referencebook;

/**
 * Where one measure's reference values were fetched from, for the workbook's {@code Källor} sheet, e.g.
 * "Jämförelsegruppens andel kvinnor", "SCB", "TAB_SMF_SNABB", "2025-03-01T08:00:00Z", a SHA-256 and the query.
 */
public record ReferenceSource(String measureLabel, String source, String table, String fetchedAt, String sha256, String query) {}
